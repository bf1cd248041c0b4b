import { css } from 'lit';

/** Styles of `<ot-sync-indicator>`: small and quiet; colour is never the only sign (the words say it all). */
export const syncIndicatorStyles = css`
  :host {
    display: inline-block;
  }
  :host([hidden]) {
    display: none;
  }
  [part='base'] {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--ot-sync-indicator-gap, var(--_ot-space-s));
    font-size: var(--_ot-font-size-s);
  }
  [part='dot'] {
    inline-size: 0.6em;
    block-size: 0.6em;
    border-radius: 50%;
    border: 1px solid currentColor;
    background: var(--_ot-color-success);
  }
  [data-state='syncing'] [part='dot'] {
    background: transparent;
  }
  [data-state='offline'] [part='dot'],
  [data-state='error'] [part='dot'] {
    background: var(--_ot-color-warning);
  }
  [part='retry'] {
    min-block-size: 44px;
    min-inline-size: 44px;
  }
  @media (forced-colors: active) {
    [part='dot'] {
      forced-color-adjust: none;
      background: CanvasText;
    }
  }
`;
