import { css } from 'lit';

/**
 * Styles of `<ot-home-program>`: phone-first (one column, big targets), tokens through their private `--_ot-*`
 * copies, one custom property of its own.
 */
export const homeProgramStyles = css`
  :host {
    display: block;
    container-type: inline-size;
  }
  [part='base'] {
    display: flex;
    flex-direction: column;
    gap: var(--ot-home-program-gap, var(--_ot-space-m));
  }
  [part='heading'] {
    margin: 0;
    font-size: var(--_ot-font-size-l);
  }
  h3,
  h4 {
    margin: 0;
  }
  ul,
  ol {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [part~='activities'] {
    display: grid;
    gap: var(--ot-home-program-gap, var(--_ot-space-m));
  }
  [part~='activity'] {
    display: flex;
    flex-direction: column;
    gap: var(--_ot-space-s);
    padding: var(--_ot-space-m);
    border: 2px solid var(--_ot-color-border);
    border-radius: var(--_ot-radius-s);
    background: var(--_ot-color-surface-raised);
  }
  [part~='activity'] p {
    margin: 0;
  }
  [part~='picture'] {
    inline-size: 4rem;
    block-size: 4rem;
    flex: none;
    object-fit: contain;
  }
  .family [part~='picture'] {
    inline-size: 6rem;
    block-size: 6rem;
  }
  .title-row,
  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_ot-space-s);
  }
  .fields {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(8rem, 1fr));
    gap: var(--_ot-space-s);
  }
  .fields label,
  form label {
    display: flex;
    flex-direction: column;
    gap: var(--_ot-space-xs);
  }
  .fields .wide {
    grid-column: 1 / -1;
  }
  [part='share'],
  [part='share'] form {
    display: grid;
    gap: var(--_ot-space-s);
    justify-items: start;
  }
  [part='share'] label {
    display: flex;
    flex-direction: column;
    gap: var(--_ot-space-xs);
    inline-size: 100%;
  }
  [part='share'] [hidden] {
    display: none;
  }
  [part='import-result'].failed {
    border-inline-start: 4px solid var(--_ot-color-danger);
    padding-inline-start: var(--_ot-space-s);
  }
  .btn.log {
    flex: 1 1 12rem;
    min-block-size: calc(var(--_ot-target-size) * 1.5);
    font-size: var(--_ot-font-size-l);
  }
  [part~='library'] {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(10rem, 1fr));
    gap: var(--_ot-space-s);
  }
  .library-item {
    inline-size: 100%;
    justify-content: flex-start;
    text-align: start;
  }
  .library-item [part~='picture'] {
    inline-size: 2.5rem;
    block-size: 2.5rem;
  }
  [part~='safety'] {
    padding-inline-start: var(--_ot-space-s);
    border-inline-start: 4px solid var(--_ot-color-danger);
  }
  [part~='rating'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_ot-space-s);
    margin: 0;
    padding: 0;
    border: 0;
  }
  [part~='rating'] legend {
    margin-block-end: var(--_ot-space-xs);
  }
  [part~='note'] summary {
    display: flex;
    align-items: center;
    min-block-size: var(--_ot-target-size);
    cursor: pointer;
  }
  [part~='note'] form {
    display: grid;
    gap: var(--_ot-space-s);
  }
  [part~='week-strip'] {
    display: grid;
    grid-template-columns: repeat(7, 1fr);
    gap: var(--_ot-space-xs);
    text-align: center;
  }
  [part~='day'] {
    display: flex;
    flex-direction: column;
    padding: var(--_ot-space-xs);
    border: 2px solid var(--_ot-color-border);
    border-radius: var(--_ot-radius-s);
  }
  [part~='day'].done {
    background: var(--_ot-color-accent-soft);
  }
  [part~='today'] {
    border-color: var(--_ot-color-accent);
    font-weight: 700;
  }
  @media (forced-colors: active) {
    [part~='activity'],
    [part~='day'] {
      border-color: CanvasText;
    }
    [part~='today'] {
      border-color: Highlight;
    }
  }
`;
