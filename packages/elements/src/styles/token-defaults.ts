/**
 * The light-theme values of every design token. Elements fall back to these when the page has not loaded
 * tokens.css, so they look right on any page. test/elements/tokens.test.ts keeps this table and the light
 * block of tokens.css in step.
 */
export const OT_TOKEN_DEFAULTS = {
  'font-family': "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans Arabic', Arial, sans-serif",
  'font-size': '1rem',
  'font-size-s': '0.875rem',
  'font-size-l': '1.25rem',
  'font-size-xl': '1.75rem',
  'font-size-xxl': '2.5rem',
  'line-height': '1.5',
  'space-xs': '0.25rem',
  'space-s': '0.5rem',
  'space-m': '1rem',
  'space-l': '1.5rem',
  'space-xl': '2rem',
  'radius-s': '6px',
  'radius-m': '12px',
  'radius-l': '20px',
  'target-size': '44px',
  'focus-ring-width': '3px',
  'motion-duration': '200ms',
  'color-bg': '#ffffff',
  'color-surface': '#f4f6f8',
  'color-surface-raised': '#ffffff',
  'color-text': '#1b1f24',
  'color-text-muted': '#4a5360',
  'color-border': '#737c89',
  'color-accent': '#1f5fbf',
  'color-accent-text': '#ffffff',
  'color-accent-soft': '#e3edfb',
  'color-focus': '#0b3d91',
  'color-success': '#1b7a3a',
  'color-success-soft': '#e3f4e8',
  'color-warning': '#8a5a00',
  'color-warning-soft': '#fff4d6',
  'color-danger': '#b3261e',
  'color-danger-soft': '#fde7e5',
} as const;

/** The name of a design token, without the `--ot-` prefix. */
export type OtTokenName = keyof typeof OT_TOKEN_DEFAULTS;
