import { css } from 'lit';

// Every size and colour comes from a token or a component property; buttons and fields are controlStyles'.
// The two columns sit side by side when the element is wide and stack when it is narrow: by its own width,
// not the page's. Forced colors paint every border in CanvasText by themselves; only the current goal and
// the dragged one need an outline to stand out.
/** Styles of `<ot-goal-stack>`. */
export const goalStackStyles = css`
  :host {
    display: block;
  }
  [part='base'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_ot-space-l);
    align-items: flex-start;
  }
  [part='base'] > * {
    flex: 1 1 100%;
  }
  [part='stack'] {
    flex: 3 1 24rem;
  }
  [part='pile'] {
    flex: 2 1 18rem;
  }
  section {
    display: grid;
    gap: var(--_ot-space-m);
    min-inline-size: 0;
  }
  h2 {
    font-size: var(--_ot-font-size-l);
  }
  /* A step down from the section title (the review's parts): the browser's h3 was nearly the same size. */
  h3 {
    font-size: var(--_ot-font-size);
  }
  h2,
  h3,
  p,
  ul,
  ol {
    margin: 0;
  }
  ul,
  ol {
    display: grid;
    gap: var(--_ot-space-s);
    padding: 0;
    list-style: none;
  }
  .row,
  header,
  .group {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_ot-space-s);
    align-items: center;
  }
  header {
    justify-content: space-between;
  }
  /* A goal's words break only where one alone is wider than its line (never "workshee|t" in a narrow column);
     a note may hold a long link, which breaks anywhere. */
  .card,
  .goal {
    overflow-wrap: break-word;
  }
  .text {
    overflow-wrap: anywhere;
  }
  .card {
    display: grid;
    justify-items: center;
    gap: var(--_ot-space-m);
    min-block-size: 8rem;
    align-content: center;
    padding: var(--_ot-space-xl) var(--_ot-space-l);
    border: 2px solid var(--_ot-color-border);
    border-radius: var(--_ot-radius-l);
    background: var(--ot-goal-stack-card-bg, var(--_ot-color-surface-raised));
    box-shadow:
      6px 6px 0 -2px var(--_ot-color-surface),
      6px 6px 0 0 var(--_ot-color-border);
    font-size: var(--ot-goal-stack-card-font-size, var(--_ot-font-size-xl));
    font-weight: 700;
    line-height: 1.25;
    text-align: center;
    animation: ot-card-in var(--_ot-motion-duration) ease-out both;
  }
  /* The card slides in without fading: its words keep their full contrast from the first frame. */
  @keyframes ot-card-in {
    from {
      transform: translateY(0.75rem);
    }
  }
  [part='image'] {
    inline-size: 6em;
    block-size: 6em;
    max-inline-size: 100%;
    object-fit: contain;
  }
  .client .card {
    min-block-size: 60vh;
    font-size: var(--ot-goal-stack-client-font-size, var(--_ot-font-size-xxl));
  }
  .label {
    flex: 0 0 6.5rem;
    font-weight: 600;
  }
  .group > .row {
    flex: 1 1 16rem;
  }
  .field {
    flex: 1 1 10rem;
  }
  select.field {
    flex-basis: 8rem;
    min-inline-size: 0;
  }
  .hint,
  .meta {
    font-size: var(--_ot-font-size-s);
    color: var(--_ot-color-text-muted);
  }
  .hint {
    flex-basis: 100%;
  }
  /* A note to get to is a reminder, not an alarm: a calm surface with a warm edge, not a whole amber box. */
  [part='note'] {
    display: grid;
    gap: var(--_ot-space-xs);
    padding: var(--_ot-space-s) var(--_ot-space-m);
    border: 1px solid var(--_ot-color-border);
    border-inline-start: var(--_ot-space-xs) solid var(--_ot-color-warning);
    border-radius: var(--_ot-radius-s);
    background: var(--ot-goal-stack-note-bg, var(--_ot-color-surface));
  }
  .text {
    white-space: pre-wrap;
  }
  .clamp {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--ot-goal-stack-note-lines, 4);
    overflow: hidden;
  }
  .done .text {
    text-decoration: line-through;
  }
  [part='note'] .btn:not(.quiet, [aria-pressed='true']) {
    background: var(--_ot-color-bg);
  }
  [part='note'] .quiet {
    justify-self: start;
  }
  [part='list'] {
    container-type: inline-size;
  }
  [part='item'] {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: var(--_ot-space-xs);
    align-items: center;
    padding: var(--_ot-space-xs);
    border: 2px solid var(--_ot-color-border);
    border-radius: var(--_ot-radius-m);
    background: var(--_ot-color-surface-raised);
  }
  [part='item'][data-dragging] {
    position: relative;
    z-index: 1;
    transform: translateY(var(--_ot-drag, 0));
    box-shadow: 0 4px 12px rgb(0 0 0 / 0.25);
  }
  [part='handle'] {
    display: grid;
    place-items: center;
    inline-size: var(--_ot-target-size);
    block-size: var(--_ot-target-size);
    color: var(--_ot-color-text-muted);
    cursor: grab;
    touch-action: none;
  }
  .goal {
    flex: 1 1 0;
    justify-content: flex-start;
    text-align: start;
  }
  /* On a phone the goal's words take the row beside the handle and its buttons move under them. */
  @container (max-width: 30rem) {
    .goal {
      flex-basis: calc(100% - var(--_ot-target-size) - var(--_ot-space-xs));
    }
  }
  /* One primary action in view: once there are goals, taking a note is it; adding a goal is a plain button. */
  [part='list']:has([part='item']) [part='new-goal'] .btn.primary {
    border-color: var(--_ot-color-border);
    background: var(--_ot-color-surface-raised);
    color: var(--_ot-color-text);
  }
  .goal[aria-current='true'] {
    border-color: var(--_ot-color-accent);
    background: var(--_ot-color-accent-soft);
  }
  [part='count'] {
    padding: 0 var(--_ot-space-s);
    border: 1px solid var(--_ot-color-warning);
    border-radius: var(--_ot-radius-l);
    background: var(--_ot-color-warning-soft);
    font-size: var(--_ot-font-size-s);
  }
  /* The review's session note is plain text to copy: it wraps inside the element (it ran 8,000 px wide). */
  .session-note {
    margin: 0;
    padding: var(--_ot-space-m);
    border: 1px solid var(--_ot-color-border);
    border-radius: var(--_ot-radius-s);
    background: var(--_ot-color-surface);
    font: inherit;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  @media (forced-colors: active) {
    .goal[aria-current='true'],
    [part='item'][data-dragging] {
      outline: 3px solid Highlight;
    }
  }
`;
