import { css } from 'lit';

/**
 * Styles of `<ot-service-minutes>`: phone first (one column; the form's fields wrap), tokens through their
 * private `--_ot-*` copies, every control at least the target size, and a print view of a student's detail.
 */
export const serviceMinutesStyles = css`
  :host {
    display: block;
    --_ot-sm-provided: var(--ot-service-minutes-provided-color, var(--_ot-color-success, #1a7f37));
    --_ot-sm-missed: var(--ot-service-minutes-missed-color, var(--_ot-color-warning, #9a6700));
  }
  [part='base'] {
    display: flex;
    flex-direction: column;
    gap: var(--_ot-space-m);
  }
  [part='heading'] {
    margin: 0;
    font-size: var(--_ot-font-size-l);
  }
  h3,
  h4 {
    margin: 0;
  }
  [part='filters'],
  .fields,
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_ot-space-s);
    align-items: end;
  }
  label {
    display: inline-flex;
    flex-direction: column;
    gap: var(--_ot-space-xs);
  }
  label.wide {
    flex: 1 1 100%;
  }
  [part='caseload'],
  [part='entries'],
  [part='math'] {
    margin: 0;
    padding: 0;
    list-style: none;
    display: flex;
    flex-direction: column;
    gap: var(--_ot-space-s);
  }
  [part='student'] {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: var(--_ot-space-xs) var(--_ot-space-s);
    align-items: center;
    padding: var(--_ot-space-s);
    border: 1px solid var(--_ot-color-border);
    border-radius: var(--_ot-radius-m);
    background: var(--_ot-color-surface-raised);
  }
  [part='student'][data-pace='behind'] {
    border-inline-start: 6px solid var(--_ot-color-danger);
  }
  .pick {
    flex-direction: row;
    align-items: center;
    min-block-size: var(--_ot-target-size);
    font-weight: 600;
    cursor: pointer;
  }
  [part='pick'] {
    inline-size: var(--_ot-target-size);
    block-size: var(--_ot-target-size);
    margin: 0;
  }
  .model {
    color: var(--_ot-color-text-muted);
  }
  [part='bar'] {
    grid-column: 1 / -1;
    display: flex;
    block-size: 0.75rem;
    overflow: hidden;
    border: 1px solid var(--_ot-color-border);
    border-radius: var(--_ot-radius-s);
    background: var(--_ot-color-surface);
  }
  [part='bar'] > span {
    flex: 0 1 0;
  }
  [part='bar-provided'] {
    background: var(--_ot-sm-provided);
  }
  [part='bar-missed'] {
    background: repeating-linear-gradient(45deg, var(--_ot-sm-missed) 0 4px, transparent 4px 8px);
  }
  [part='pace'] {
    font-weight: 600;
  }
  [data-pace='behind'] [part='pace'] {
    color: var(--_ot-color-danger);
  }
  [part='log-form'],
  [part='detail'] {
    display: flex;
    flex-direction: column;
    gap: var(--_ot-space-s);
    padding: var(--_ot-space-m);
    border: 1px solid var(--_ot-color-border);
    border-radius: var(--_ot-radius-m);
  }
  textarea {
    min-block-size: 4rem;
  }
  [part~='entry'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_ot-space-s);
    align-items: center;
  }
  .words {
    flex: 1 1 12rem;
  }
  @media (forced-colors: active) {
    [part='bar-provided'] {
      background: Highlight;
      forced-color-adjust: none;
    }
    [part='bar-missed'] {
      background: repeating-linear-gradient(45deg, CanvasText 0 4px, Canvas 4px 8px);
      forced-color-adjust: none;
    }
    [part='student'][data-pace='behind'] {
      border-inline-start-color: CanvasText;
    }
  }
  @media print {
    [part='filters'],
    [part='caseload'],
    [part='log-form'],
    .actions,
    [part~='entry'] button {
      display: none;
    }
    [part='detail'] {
      border: none;
      padding: 0;
    }
    [part='bar'] {
      print-color-adjust: exact;
    }
  }
`;
