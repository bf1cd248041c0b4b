import { css } from 'lit';

/** "Start a new schedule" and the question before the schedule being built is replaced. */
export const keeperStyles = css`
  .keep {
    margin: 0 0 var(--_ot-space-m);
  }
  [part='confirm'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_ot-space-s);
    align-items: center;
    margin: 0 0 var(--_ot-space-m);
    padding: var(--_ot-space-s) var(--_ot-space-m);
    border: 2px solid var(--_ot-color-warning);
    border-radius: var(--_ot-radius-s);
    background: var(--_ot-color-warning-soft);
  }
  [part='confirm'] p {
    flex-basis: 100%;
    margin: 0;
  }
  @media print {
    .keep,
    [part='confirm'] {
      display: none;
    }
  }
`;
