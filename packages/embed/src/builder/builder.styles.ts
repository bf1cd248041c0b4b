import { css } from 'lit';

/** The builder's own layout: settings and steps beside the preview and the embed code, and the picture picker. */
export const builderStyles = css`
  :host {
    display: block;
  }
  [part='base'] {
    display: grid;
    gap: var(--_ot-space-l);
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 26rem), 1fr));
    align-items: start;
  }
  header,
  [part='warning'] {
    grid-column: 1 / -1;
  }
  h1 {
    margin: 0;
    font-size: var(--_ot-font-size-xl);
  }
  h2 {
    margin: 0 0 var(--_ot-space-s);
    font-size: var(--_ot-font-size-l);
  }
  [part='warning'] {
    margin: 0;
    padding: var(--_ot-space-s) var(--_ot-space-m);
    border: 2px solid var(--_ot-color-warning);
    border-radius: var(--_ot-radius-s);
    background: var(--_ot-color-warning-soft);
  }
  /* The preview, then "Put it in your LMS": one column with room between its parts (they touched before). */
  [part='base'] > div,
  section {
    display: grid;
    align-content: start;
    min-inline-size: 0;
  }
  [part='base'] > div {
    gap: var(--_ot-space-xl);
  }
  section {
    gap: var(--_ot-space-s);
  }
  section > h2,
  section > p {
    margin: 0;
  }
  /* The last step of making a schedule, framed like the form's parts so it reads as one task. */
  section + section {
    padding: var(--_ot-space-m);
    border: 2px solid var(--_ot-color-border);
    border-radius: var(--_ot-radius-m);
  }
  fieldset {
    display: grid;
    gap: var(--_ot-space-s);
    /* Not min-content: a step's row must wrap on a phone instead of widening the page. */
    min-inline-size: 0;
    margin: 0 0 var(--_ot-space-m);
    padding: var(--_ot-space-m);
    border: 2px solid var(--_ot-color-border);
    border-radius: var(--_ot-radius-m);
  }
  legend {
    font-weight: 700;
  }
  label {
    display: grid;
    gap: var(--_ot-space-xs);
    min-inline-size: 0;
    font-weight: 600;
  }
  /* A field never widens its step beyond a phone's screen (a file input's own width is about 400 px). */
  .field {
    min-inline-size: 0;
    max-inline-size: 100%;
  }
  .row > label {
    flex: 1 1 15rem;
  }
  ol {
    display: grid;
    gap: var(--_ot-space-s);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  li {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_ot-space-xs);
    padding: var(--_ot-space-s);
    border: 1px solid var(--_ot-color-border);
    border-radius: var(--_ot-radius-s);
  }
  li > label:first-of-type {
    flex: 1 1 10rem;
  }
  /* A step's fields on one line, its buttons (move, remove) together on the next: never one arrow per line. */
  li::after {
    content: '';
    order: 1;
    flex-basis: 100%;
  }
  li > .btn:not(.pic),
  li > fieldset {
    order: 2;
  }
  /* Removing a step is a secondary action: quiet (no red), at the far end of the step's buttons, away from the
     move arrows; still a 44 px target, named "Remove step N". It shows its edge on hover. */
  li > .btn.danger {
    margin-inline-start: auto;
    border-color: transparent;
    background: transparent;
    color: var(--_ot-color-text);
    font-weight: 400;
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  li > .btn.danger:hover {
    border-color: var(--_ot-color-danger);
  }
  input[type='number'] {
    inline-size: 5.5rem;
  }
  .pic {
    inline-size: 4rem;
    block-size: 4rem;
    padding: 2px;
  }
  svg {
    inline-size: 100%;
    block-size: 100%;
  }
  .choices {
    flex-basis: 100%;
    margin: 0;
  }
  .check {
    display: flex;
    align-items: center;
    min-block-size: var(--_ot-target-size);
  }
  .check input {
    inline-size: 1.5rem;
    block-size: 1.5rem;
  }
  textarea.field {
    inline-size: 100%;
    min-block-size: 7rem;
    font-family: ui-monospace, monospace;
    font-size: var(--_ot-font-size-s);
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_ot-space-s);
  }
  a {
    color: var(--_ot-color-accent);
  }
  dialog {
    inline-size: min(44rem, 95vw);
    max-block-size: 90vh;
    border: 2px solid var(--_ot-color-border);
    border-radius: var(--_ot-radius-m);
    background: var(--_ot-color-bg);
    color: var(--_ot-color-text);
  }
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(6.5rem, 1fr));
    gap: var(--_ot-space-xs);
    margin-block: var(--_ot-space-s);
  }
  .grid .btn {
    flex-direction: column;
    font-weight: 400;
    font-size: var(--_ot-font-size-s);
  }
  .grid svg {
    inline-size: 3rem;
    block-size: 3rem;
  }
  .pic img {
    inline-size: 100%;
    block-size: 100%;
    object-fit: contain;
  }
  .grid img {
    inline-size: 3rem;
    block-size: 3rem;
    object-fit: contain;
  }
  fieldset.sound {
    flex-basis: 100%;
    margin: 0;
    padding: var(--_ot-space-s);
  }
  audio {
    max-inline-size: 100%;
  }
  [part='media-error'],
  [part='media-too-big'] {
    margin: 0;
    padding: var(--_ot-space-s) var(--_ot-space-m);
    border: 2px solid var(--_ot-color-danger);
    border-radius: var(--_ot-radius-s);
  }
  [part='own-picture'] {
    margin-block: var(--_ot-space-s);
  }
`;
