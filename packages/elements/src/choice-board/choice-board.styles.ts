import { css } from 'lit';

// Every row has the same number of cells (empty ones too), so equal auto columns line up; the cells stretch
// to the height of their row. A tile is at least 9rem wide (a word such as "Trampoline" fits on one line) and
// the picture takes 3/4 of what is inside it; a board wider than the screen (an imported AAC grid) scrolls.
// Tiles are near-square (5:4, as on a printed or AAC board) up to a cap, so a picture grows with its tile
// instead of sitting small in a wide, short strip. The scan highlight is the focus colour, thicker: it is the
// switch user's focus, not an alarm.
export const choiceBoardStyles = css`
  :host {
    display: block;
    /* How far the scan highlight (a 6 px outline 2 px out) reaches beyond what it marks. */
    --_ot-choice-board-scan-reach: 8px;
  }
  /* The grid scrolls sideways, so it clips what is drawn outside it: room at its edges for the whole scan
     highlight and focus ring of the tiles and rows along them. */
  [part='grid'] {
    overflow-x: auto;
    padding: var(--_ot-choice-board-scan-reach);
  }
  [part='base'],
  [part='grid'],
  [part='row'] {
    display: grid;
    gap: var(--ot-choice-board-gap, var(--_ot-space-s));
  }
  [part='row'] {
    grid-auto-flow: column;
    grid-auto-columns: minmax(9rem, 1fr);
    min-block-size: max(var(--_ot-target-size), var(--ot-choice-board-cell-size, 7rem));
    border-radius: var(--_ot-radius-m);
  }
  .cell {
    display: grid;
    aspect-ratio: 5 / 4;
    /* Stretched across its column: the height cap below must not narrow the tile through its aspect ratio. */
    justify-self: stretch;
    min-block-size: max(var(--_ot-target-size), var(--ot-choice-board-cell-size, 7rem));
    max-block-size: var(--ot-choice-board-cell-max-size, 14rem);
    grid-template-rows: minmax(0, 1fr);
    align-items: center;
    justify-items: center;
    min-inline-size: var(--_ot-target-size);
    padding: var(--_ot-space-xs);
    border: 2px solid var(--_ot-color-border);
    border-radius: var(--_ot-radius-m);
    background: var(--_ot-color-surface-raised);
    color: var(--_ot-choice-board-foreground, var(--_ot-color-text));
    font-weight: 600;
    cursor: pointer;
    touch-action: manipulation;
    position: relative;
    text-align: center;
    user-select: none;
    overflow: hidden;
  }
  .cell:hover {
    border-color: var(--_ot-color-accent);
  }
  /* An imported board's own border colour (set through the CSSOM: strict CSP), thick enough to see. */
  .cell.bordered {
    border-width: 3px;
    border-color: var(--_ot-choice-board-border);
  }
  /* Read-only: dashed borders say "not for choosing" without fading the pictures or the words. */
  :host([disabled]) .cell {
    border-style: dashed;
    border-color: var(--_ot-color-border);
    cursor: not-allowed;
  }
  .cell:has([part~='image']) {
    grid-template-rows: minmax(0, 3fr) minmax(1.25em, 1fr);
  }
  .cell [part~='image'] {
    inline-size: 100%;
    block-size: 100%;
    object-fit: contain;
  }
  /* Words never break inside: a label too long for its tile is shown shortened (it is spoken and named whole). */
  [part='label'] {
    max-inline-size: 100%;
    padding: 0 var(--_ot-space-xs);
    border-radius: var(--_ot-radius-s);
    background: var(--_ot-color-surface-raised);
    color: var(--_ot-color-text);
    line-height: 1.25;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  /* A file's grid wider than 6 columns (an AAC board of up to 24): smaller tiles, still ≥ 44 px, so 12 columns fit
     1280 px; on a narrow screen the grid scrolls. Long labels take two lines, then are cut (spoken whole). */
  .dense [part='row'] {
    grid-auto-columns: minmax(max(var(--_ot-target-size), 5.5rem), 1fr);
    block-size: max(var(--_ot-target-size), var(--ot-choice-board-cell-size, 5.5rem));
  }
  .dense .cell:has([part~='image']) {
    grid-template-rows: minmax(0, 1fr) auto;
  }
  .dense [part='label'] {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    line-clamp: 2;
    white-space: normal;
    font-size: var(--_ot-font-size-s, 0.875rem);
  }
  [aria-busy='true'] {
    border-style: dashed;
  }
  [aria-selected='true'] {
    border-color: var(--_ot-color-accent);
    box-shadow: inset 0 0 0 3px var(--_ot-color-accent);
  }
  [aria-disabled='true'] {
    cursor: not-allowed;
    color: var(--_ot-color-text-muted);
  }
  [part~='unavailable'] [part='label'] {
    text-decoration: line-through;
  }
  [part='cross'],
  [part='check'] {
    position: absolute;
    fill: none;
    stroke: currentColor;
    stroke-width: 3px;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  [part='cross'] {
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    opacity: 0.8;
  }
  [part='check'] {
    inset-block-start: var(--_ot-space-xs);
    inset-inline-end: var(--_ot-space-xs);
    inline-size: 1.75rem;
    block-size: 1.75rem;
    border-radius: 50%;
    background: var(--_ot-color-accent);
    color: var(--_ot-color-accent-text);
  }
  .scan {
    outline: 6px solid var(--ot-choice-board-scan-color, var(--_ot-color-focus));
    outline-offset: 2px;
    z-index: 1;
  }
  /* A row's outline hugs its tiles: with the offset it would reach into the next row's tiles (the gap is 8 px). */
  [part='row'].scan {
    outline-offset: 0;
  }
  .dwell {
    position: relative;
  }
  .dwell::after {
    content: '';
    position: absolute;
    inset: 0;
    background: var(--_ot-color-accent);
    opacity: 0.3;
    transform-origin: bottom;
    animation: ot-dwell var(--_ot-choice-board-dwell-time, 1s) linear forwards;
  }
  @keyframes ot-dwell {
    from {
      transform: scaleY(0);
    }
  }
  [part='confirm'] {
    display: grid;
    justify-items: center;
    gap: var(--_ot-space-m);
    padding: var(--_ot-space-l);
    border: 2px solid var(--_ot-color-accent);
    border-radius: var(--_ot-radius-l);
    font-size: var(--_ot-font-size-xl);
    text-align: center;
  }
  [part='confirm'] [part~='image'] {
    block-size: calc(var(--ot-choice-board-cell-size, 7rem) * 1.2);
  }
  [part='navigation'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_ot-space-s);
    padding: var(--_ot-space-xs);
    border-radius: var(--_ot-radius-m);
  }
  [part='trail'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_ot-space-xs);
    margin: 0;
    padding: 0;
    list-style: none;
    font-weight: 600;
  }
  [part='trail'] li + li::before {
    content: '›';
    margin-inline-end: var(--_ot-space-xs);
    color: var(--_ot-color-text-muted);
  }
  [part='notice'],
  [part='save-state'] {
    margin: 0;
    color: var(--_ot-color-text-muted);
  }
  [part='notice'] p,
  [part='notice'] ul {
    margin: 0;
  }
  [part='confirm'] div,
  [part='toolbar'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_ot-space-m);
  }
  [part='toolbar'] {
    justify-content: end;
  }
  @media (prefers-reduced-motion: reduce) {
    .dwell::after {
      animation: none;
      opacity: 0.15;
    }
    .dwell {
      outline: 4px dashed var(--ot-choice-board-scan-color, var(--_ot-color-focus));
    }
  }
  @media (forced-colors: active) {
    .cell,
    .cell.bordered {
      border-color: ButtonText;
    }
    .cell[aria-selected='true'] {
      border-color: Highlight;
      outline: 3px solid Highlight;
    }
    [aria-disabled='true'] {
      color: GrayText;
    }
    .scan,
    .dwell {
      outline: 6px double Highlight;
    }
    .dwell::after,
    [part='check'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
`;
