import { css, unsafeCSS, type CSSResult } from 'lit';
import { OT_TOKEN_DEFAULTS } from './token-defaults.js';

// Constant text from our own table (never data), so unsafeCSS is safe here; static styles are adopted
// stylesheets, which strict CSP allows.
const privateTokens = Object.entries(OT_TOKEN_DEFAULTS)
  .map(([name, value]) => `--_ot-${name}: var(--ot-${name}, ${value})`)
  .join(';\n');

/**
 * Styles every OT Kit element shares: token fallbacks as private `--_ot-*` properties, the themed surface,
 * box sizing, focus rings, a visually-hidden utility, reduced motion and forced-colors basics.
 *
 * Every element paints its own background from the same theme as its text (`--ot-color-bg` behind
 * `--ot-color-text`): a dark theme, chosen or the device's, on a white portal page must not give light text on
 * the page's white (issue 16). A page that wants its own colour behind the elements sets `--ot-color-bg` (and
 * the text tokens to match).
 */
export const baseStyles: CSSResult = css`
  :host {
    ${unsafeCSS(privateTokens)};
    box-sizing: border-box;
    font-family: var(--_ot-font-family);
    font-size: var(--_ot-font-size);
    line-height: var(--_ot-line-height);
    color: var(--_ot-color-text);
    background-color: var(--_ot-color-bg);
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  [hidden] {
    display: none !important;
  }
  :focus-visible {
    outline: var(--_ot-focus-ring-width) solid var(--_ot-color-focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    border: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      /* Not a tiny duration: every property would start a transition (transition-property is all by default),
         and a timeline that does not advance (a hidden tab) would keep showing the old colours. */
      transition-duration: 0s !important;
      scroll-behavior: auto !important;
    }
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;

/**
 * Buttons and fields shared by the elements: at least --ot-target-size (44 px) in both directions,
 * visible focus, and borders that survive forced-colors mode.
 *
 * Classes: `btn` (neutral), `btn primary`, `btn danger`, `btn quiet`, `btn icon` (square); `field`.
 */
export const controlStyles: CSSResult = css`
  .btn {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--_ot-space-xs);
    min-block-size: var(--_ot-target-size);
    min-inline-size: var(--_ot-target-size);
    padding: var(--_ot-space-xs) var(--_ot-space-m);
    border: 2px solid var(--_ot-color-border);
    border-radius: var(--_ot-radius-s);
    background: var(--_ot-color-surface-raised);
    color: var(--_ot-color-text);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
    touch-action: manipulation;
    transition:
      background-color var(--_ot-motion-duration),
      border-color var(--_ot-motion-duration);
  }
  .btn:hover {
    background: var(--_ot-color-surface);
  }
  .btn.primary {
    background: var(--_ot-color-accent);
    border-color: var(--_ot-color-accent);
    color: var(--_ot-color-accent-text);
  }
  .btn.danger {
    border-color: var(--_ot-color-danger);
    color: var(--_ot-color-danger);
  }
  .btn.quiet {
    border-color: transparent;
    background: transparent;
  }
  .btn.icon {
    padding: 0;
    inline-size: var(--_ot-target-size);
  }
  /* A line icon (internal/icons.ts) at the size of a capital letter and a half, whatever the page sizes svg to. */
  .btn .icon {
    flex: none;
    inline-size: 1.5rem;
    block-size: 1.5rem;
  }
  .btn[aria-pressed='true'] {
    background: var(--_ot-color-accent-soft);
    border-color: var(--_ot-color-accent);
  }
  .btn:disabled,
  .btn[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.6;
  }
  .field {
    min-block-size: var(--_ot-target-size);
    padding: var(--_ot-space-xs) var(--_ot-space-s);
    border: 2px solid var(--_ot-color-border);
    border-radius: var(--_ot-radius-s);
    background: var(--_ot-color-bg);
    color: var(--_ot-color-text);
    font: inherit;
  }
  @media (forced-colors: active) {
    .btn,
    .field {
      border-color: ButtonText;
    }
    .btn[aria-pressed='true'] {
      background: Highlight;
      color: HighlightText;
      forced-color-adjust: none;
    }
    .btn:disabled {
      color: GrayText;
      border-color: GrayText;
    }
  }
`;
