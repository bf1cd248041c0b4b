import { css } from 'lit';

/**
 * Styles of `<ot-visual-schedule>`: list and strip layouts, states, first–then, now/next, print.
 *
 * Notes (here, not in the CSS, so the bundle does not carry them): the `clock` rule comes before the `now`
 * rule so a current step whose time has come keeps its solid border. Forced colours repaint borders and
 * text in system colours by themselves; only the current step and the timer bar need Highlight. The bar shrinks by a transform, which the compositor
 * animates without style or layout work. On paper,
 * `li[part]` has the specificity of the screen state rules and comes later, so every step gets a plain dashed
 * border to cut along: a schedule prints as cut-out cards, without the day's ticks.
 */
export const scheduleStyles = css`
  :host {
    display: block;
    --_ot-schedule-picture-size: var(--ot-schedule-picture-size, 4rem);
    --_ot-schedule-now-color: var(--ot-schedule-now-color, var(--_ot-color-accent));
  }
  h2 {
    margin: 0 0 var(--_ot-space-xs);
    font-size: var(--_ot-font-size-xl);
  }
  p {
    margin: 0 0 var(--_ot-space-s);
  }
  [part~='progress'],
  [part~='time'],
  [part~='minutes'],
  [part~='status'] {
    color: var(--_ot-color-text-muted);
  }
  ol {
    display: flex;
    flex-direction: column;
    gap: var(--ot-schedule-gap, var(--_ot-space-s));
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .horizontal ol,
  .first-then ol {
    flex-flow: row wrap;
  }
  li {
    display: flex;
    flex-direction: column;
    gap: var(--_ot-space-xs);
    padding: var(--_ot-space-xs);
    border: 2px solid var(--_ot-color-border);
    border-radius: var(--_ot-radius-m);
    background: var(--_ot-color-surface-raised);
  }
  /* The step to do now has the larger picture (a quarter larger), so the eye finds it first. */
  li[part~='now'] {
    --_ot-schedule-picture-size: calc(var(--ot-schedule-picture-size, 4rem) * 1.25);
  }
  .horizontal li {
    inline-size: calc(var(--_ot-schedule-picture-size) * 2);
  }
  .first-then li {
    flex: 1 1 12rem;
    --_ot-schedule-picture-size: 8rem;
  }
  .off {
    display: none;
  }
  .focus [part~='current'] {
    --_ot-schedule-picture-size: 9rem;
  }
  li[part~='clock'] {
    border-style: dashed;
    border-color: var(--_ot-schedule-now-color);
  }
  li[part~='now'] {
    border: 4px solid var(--_ot-schedule-now-color);
    background: var(--_ot-color-accent-soft);
    animation: pop 400ms ease-out;
  }
  [part~='check'] {
    position: relative;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_ot-space-xs) var(--_ot-space-s);
    inline-size: 100%;
    min-block-size: var(--_ot-target-size);
    padding: var(--_ot-space-xs);
    padding-inline-end: 2.75rem;
    border: 0;
    border-radius: var(--_ot-radius-s);
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
  }
  button[part~='check'] {
    cursor: pointer;
    touch-action: manipulation;
  }
  .horizontal [part~='check'],
  .first-then [part~='check'],
  .focus [part~='check'] {
    flex-direction: column;
    justify-content: center;
    padding-inline-end: var(--_ot-space-xs);
    text-align: center;
  }
  /* In a column the box goes under the words, never over the picture. */
  :is(.horizontal, .first-then, .focus) [part~='box'] {
    position: static;
    order: 1;
  }
  [part~='picture'] {
    flex: none;
    inline-size: var(--_ot-schedule-picture-size);
    block-size: var(--_ot-schedule-picture-size);
    object-fit: contain;
  }
  [part~='label'],
  [part~='caption'] {
    font-size: var(--_ot-font-size-l);
    font-weight: 600;
  }
  [part~='status'] {
    font-weight: 600;
  }
  :is([part~='done'], [part~='skipped']) [part~='picture'] {
    opacity: 0.45;
  }
  :is([part~='done'], [part~='skipped']) [part~='label'] {
    color: var(--_ot-color-text-muted);
    text-decoration: line-through;
  }
  [part~='box'] {
    position: absolute;
    inset-block-start: var(--_ot-space-xs);
    inset-inline-end: var(--_ot-space-xs);
    inline-size: 2rem;
    block-size: 2rem;
    border: 2px solid var(--_ot-color-border);
    border-radius: var(--_ot-radius-s);
    background: var(--_ot-color-bg);
  }
  [part~='mark'] {
    display: block;
    inline-size: 100%;
    block-size: 100%;
  }
  [part~='done'] [part~='box'] {
    border-color: var(--_ot-color-success);
    color: var(--_ot-color-success);
  }
  [part~='skipped'] [part~='box'] {
    color: var(--_ot-color-text-muted);
  }
  [part~='caption'] {
    display: flex;
    align-items: center;
    gap: var(--_ot-space-xs);
    color: var(--_ot-schedule-now-color);
    font-weight: 700;
    text-transform: uppercase;
  }
  [part~='arrow'] {
    inline-size: 2rem;
    block-size: 2rem;
  }
  [dir='rtl'] .flip {
    transform: scaleX(-1);
    transform-origin: 50%;
  }
  [part~='choices'],
  [part~='countdown'],
  [part~='controls'],
  [part~='all-done'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_ot-space-s);
  }
  [part~='choices'] > [part~='label'] {
    flex-basis: 100%;
  }
  [part~='choice'] {
    flex-direction: column;
    --_ot-schedule-picture-size: 3.5rem;
  }
  [part~='countdown'] {
    font-variant-numeric: tabular-nums;
    font-weight: 600;
  }
  [part~='meter'] {
    flex: 1;
    min-inline-size: 3rem;
    block-size: 0.75rem;
    border: 1px solid var(--_ot-color-border);
    border-radius: var(--_ot-radius-s);
    background: var(--_ot-color-surface);
    overflow: hidden;
  }
  [part~='meter-fill'] {
    display: block;
    block-size: 100%;
    background: var(--_ot-schedule-now-color);
    transform: scaleX(var(--_ot-schedule-time-left, 1));
    transform-origin: left;
    transition: transform 1s linear;
  }
  [dir='rtl'] [part~='meter-fill'] {
    transform-origin: right;
  }
  [part~='controls'] {
    gap: var(--_ot-space-xs);
  }
  [part~='all-done'] {
    margin-block-start: var(--_ot-space-s);
    font-size: var(--_ot-font-size-xl);
    font-weight: 700;
  }
  /* A glow, not a scale: a step that grows would shrink its buttons below 44 px while it moves. */
  @keyframes pop {
    from {
      box-shadow: 0 0 0 0.5rem var(--_ot-schedule-now-color);
    }
  }
  @media (forced-colors: active) {
    li[part~='now'],
    li[part~='clock'] {
      border-color: Highlight;
    }
    [part~='meter-fill'] {
      background: Highlight;
      forced-color-adjust: none;
    }
  }
  [part='save-state'] {
    margin: var(--_ot-space-xs) 0 0;
    color: var(--_ot-color-text-muted);
  }
  @media print {
    :host {
      --_ot-schedule-picture-size: 2cm;
    }
    [part] {
      color: #000;
    }
    [part~='controls'],
    [part~='countdown'],
    [part~='progress'],
    [part='save-state'] {
      display: none;
    }
    .off {
      display: flex;
    }
    /* Cut-out cards: a dashed line to cut along, and none of today's ticks (a card is used again tomorrow). */
    ol {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(5cm, 1fr));
      gap: 0;
    }
    li[part] {
      break-inside: avoid;
      border: 1px dashed #000;
      border-radius: 0;
      background: none;
      animation: none;
    }
    [part~='box'],
    [part~='all-done'] {
      display: none;
    }
    :is([part~='done'], [part~='skipped']) [part~='picture'] {
      opacity: 1;
    }
    :is([part~='done'], [part~='skipped']) [part~='label'] {
      text-decoration: none;
    }
    [part~='check'] {
      padding-inline-end: var(--_ot-space-xs);
    }
  }
`;
