import { css } from 'lit';

// --_f (time left in the phase, 0–1 of the face) and --_p (session done, 0–1) are set from script with
// style.setProperty, never a style attribute (strict CSP). They move once a second; a 1 s linear transition
// turns that into a smooth sweep without per-frame script, and reduced motion (base styles) into plain steps.
// --_c is the colour of the countdown (--_w the share its track fills), --_s the size of the disc.
// Forced colors: borders follow the system colours by themselves; the countdown is drawn in Highlight.
// One rule per line: this text ships as is in the CDN bundle.
export const timerStyles = css`
  :host {
    display: block;
    --_c: var(--ot-timer-color, var(--_ot-color-accent));
    --_s: var(--ot-timer-size, 14rem);
  }
  [part='base'] {
    display: grid;
    gap: var(--_ot-space-s);
    justify-items: center;
    text-align: center;
  }
  .warn {
    --_c: var(--ot-timer-warning-color, var(--_ot-color-warning));
  }
  .over {
    --_c: var(--_ot-color-danger);
  }
  p,
  h3,
  pre {
    margin: 0;
  }
  [part='phase'] {
    font-size: var(--_ot-font-size-xl);
    font-weight: 700;
    line-height: 1.2;
  }
  [part='face'] {
    inline-size: var(--_s);
    block-size: var(--_s);
  }
  .face {
    fill: var(--_ot-color-surface-raised);
    stroke: var(--_ot-color-border);
  }
  .sector {
    fill: none;
    stroke: var(--_c);
    stroke-width: 44;
    stroke-dasharray: calc(var(--_f, 0) * 100) 100;
    transition: stroke-dasharray 1s linear;
  }
  .tick {
    stroke: currentColor;
    stroke-width: 1.5;
  }
  [part='bar'],
  [part='progress'] {
    --_w: var(--_f, 0);
    inline-size: min(100%, 32rem);
    block-size: 2.5rem;
    border: 2px solid var(--_ot-color-border);
    border-radius: var(--_ot-radius-s);
    overflow: hidden;
  }
  [part='progress'] {
    --_w: var(--_p, 0);
    --_c: var(--_ot-color-text-muted);
    block-size: 0.75rem;
  }
  :is([part='bar'], [part='progress']) > span {
    display: block;
    block-size: 100%;
    inline-size: calc(var(--_w) * 100%);
    background: var(--_c);
    transition: inline-size 1s linear;
  }
  [part='time'] {
    font-size: var(--_ot-font-size-xxl);
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    line-height: 1.1;
  }
  small,
  [part='status'] {
    font-size: var(--_ot-font-size);
    font-weight: 400;
    color: var(--_ot-color-text-muted);
  }
  .over [part='time'] {
    color: var(--_ot-color-danger);
  }
  [part='controls'],
  [part='panel'] > div {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: var(--_ot-space-s);
  }
  [part='panel'] {
    display: grid;
    gap: var(--_ot-space-s);
    padding: var(--_ot-space-m);
    border: 2px solid var(--_ot-color-border);
    border-radius: var(--_ot-radius-m);
  }
  [part='panel'],
  [part='error'],
  pre {
    text-align: start;
  }
  label {
    display: grid;
    gap: var(--_ot-space-xs);
    font-weight: 600;
  }
  .check {
    display: flex;
    align-items: center;
    min-block-size: var(--_ot-target-size);
  }
  input {
    inline-size: 1.5rem;
    block-size: 1.5rem;
  }
  [aria-invalid='true'] {
    border-color: var(--_ot-color-danger);
  }
  .hint {
    color: var(--_ot-color-danger);
    font-weight: 400;
  }
  pre {
    max-inline-size: 40rem;
    font: inherit;
    white-space: pre-wrap;
  }
  .compact {
    grid-template-columns: auto 1fr;
    justify-items: start;
    text-align: start;
    --_s: var(--ot-timer-size, 5.5rem);
  }
  .compact > * {
    grid-column: 1 / -1;
  }
  .compact > :is([part='phase'], [part='time'], [part='status']) {
    grid-column: 2;
  }
  .compact [part='face'] {
    grid-area: 1 / 1 / 4;
  }
  @media (forced-colors: active) {
    [part] {
      --_c: Highlight;
    }
    .face {
      stroke: CanvasText;
      fill: Canvas;
    }
    :is([part='bar'], [part='progress']) > span {
      forced-color-adjust: none;
    }
  }
`;
