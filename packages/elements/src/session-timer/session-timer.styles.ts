import { css } from 'lit';

// The disc's sector, the bar and the progress are moved by transform animations (CountdownController), which
// the compositor runs without style, layout or paint on the main thread; nothing here transitions.
// --_ot-timer-color is the colour of the countdown, --_ot-timer-size the size of the disc.
// Forced colors: borders follow the system colours by themselves; the countdown is drawn in Highlight.
export const timerStyles = css`
  :host {
    display: block;
    --_ot-timer-color: var(--ot-timer-color, var(--_ot-color-accent));
    --_ot-timer-size: var(--ot-timer-size, 14rem);
  }
  [part='base'] {
    display: grid;
    gap: var(--_ot-space-s);
    justify-items: center;
    text-align: center;
  }
  .warn {
    --_ot-timer-color: var(--ot-timer-warning-color, var(--_ot-color-warning));
  }
  /* Paused: the sector greys out and the disc says so, for a child who cannot read the status line. */
  .paused {
    --_ot-timer-color: var(--_ot-color-text-muted);
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
    position: relative;
    inline-size: var(--_ot-timer-size);
    block-size: var(--_ot-timer-size);
    border: 1px solid var(--_ot-color-border);
    border-radius: 50%;
    background: var(--_ot-color-surface-raised);
  }
  /* A Time Timer's sector: drawn clockwise from 12 o'clock, then mirrored so it shrinks toward 12. */
  .sector {
    position: absolute;
    inset: 17%;
    transform: scaleX(-1);
  }
  .clip {
    position: absolute;
    inset-block: 0;
    inline-size: 50%;
    overflow: hidden;
  }
  .clip-first {
    left: 50%;
  }
  .clip-second {
    left: 0;
  }
  .half {
    position: absolute;
    inset-block: 0;
    inline-size: 100%;
    background: var(--_ot-timer-color);
    transform: rotate(0deg);
  }
  /* The left half disc, turning about the face's centre (its right edge) into the right half of the face. */
  .half-first {
    left: -100%;
    border-radius: 100% 0 0 100% / 50% 0 0 50%;
    transform-origin: 100% 50%;
  }
  .half-second {
    left: 100%;
    border-radius: 0 100% 100% 0 / 0 50% 50% 0;
    transform-origin: 0 50%;
  }
  .marks {
    position: absolute;
    inset: 0;
  }
  .tick {
    stroke: currentColor;
    stroke-width: 1.5;
  }
  .marks text {
    fill: currentColor;
    font-size: 8px;
    font-weight: 700;
    text-anchor: middle;
  }
  [part='paused'],
  [part='done'] {
    position: absolute;
    inset: 0;
    margin: auto;
    block-size: fit-content;
  }
  [part='paused'] {
    inline-size: fit-content;
    padding: var(--_ot-space-xs) var(--_ot-space-m);
    border: 2px solid var(--_ot-color-border);
    border-radius: var(--_ot-radius-l);
    background: var(--_ot-color-surface-raised);
    font-weight: 700;
  }
  /* A phase's time is over: a full ring in a calm colour round the empty face, never an alarm colour for the child
     in the room. Counted (the default) the time counts up in the text colour; calm adds a check mark. */
  :is(.over, .calm-over) [part='face'] {
    border: 0.5rem solid var(--_ot-color-success);
  }
  .over [part='bar'] {
    border-color: var(--_ot-color-success);
  }
  [part='done'] {
    inline-size: 40%;
    block-size: 40%;
    color: var(--_ot-color-success);
  }
  .child {
    --_ot-timer-size: var(--ot-timer-size, min(24rem, 80vw));
  }
  .child [part='picture'] {
    inline-size: 6rem;
    block-size: 6rem;
  }
  .child [part='time'] {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
  }
  [part='bar'],
  [part='progress'] {
    inline-size: min(100%, 32rem);
    block-size: 2.5rem;
    border: 2px solid var(--_ot-color-border);
    border-radius: var(--_ot-radius-s);
    overflow: hidden;
  }
  [part='progress'] {
    --_ot-timer-color: var(--_ot-color-text-muted);
    block-size: 0.75rem;
  }
  :is([part='bar'], [part='progress']) > span {
    display: block;
    block-size: 100%;
    inline-size: 100%;
    background: var(--_ot-timer-color);
    transform: scaleX(0);
    transform-origin: left center;
  }
  :is([part='bar'], [part='progress']) > span:dir(rtl) {
    transform-origin: right center;
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
    --_ot-timer-size: var(--ot-timer-size, 5.5rem);
  }
  .compact > * {
    grid-column: 1 / -1;
  }
  .compact > :is([part='phase'], [part='time'], [part='status']) {
    grid-column: 2;
  }
  [part='save-state'] {
    font-size: var(--_ot-font-size);
    color: var(--_ot-color-text-muted);
  }
  .compact [part='face'] {
    grid-area: 1 / 1 / 4;
  }
  @media (forced-colors: active) {
    [part] {
      --_ot-timer-color: Highlight;
    }
    [part='face'] {
      border-color: CanvasText;
      background: Canvas;
    }
    .half,
    :is([part='bar'], [part='progress']) > span {
      forced-color-adjust: none;
    }
  }
`;
