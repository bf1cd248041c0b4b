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
  fieldset {
    display: grid;
    gap: var(--_ot-space-s);
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
    font-weight: 600;
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
  li label:first-of-type {
    flex: 1 1 10rem;
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
