import { LitElement, css, html, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { StoreController } from '@otkit/elements';
import type { OtState } from '@otkit/sdk';

const GOALS = ['Zip a coat', 'Cut along a curved line', 'Stay with a table task for 5 minutes', 'Open a lunch box'];

/**
 * Story helper (not part of OT Kit): shows what the nearest provider's store holds and writes to it, so the
 * Foundations stories can show memory vs IndexedDB storage. Connected with the same StoreController the
 * elements use.
 */
export class OtkitStoryStoreView extends LitElement {
  static override styles = css`
    :host {
      display: block;
      max-inline-size: 36rem;
      padding: var(--ot-space-m, 1rem);
      border: 1px solid var(--ot-color-border, #737c89);
      border-radius: var(--ot-radius-m, 12px);
      background: var(--ot-color-surface, #f4f6f8);
      color: var(--ot-color-text, #1b1f24);
      font-family: var(--ot-font-family, system-ui, sans-serif);
    }
    p {
      margin: 0 0 var(--ot-space-s, 0.5rem);
    }
    ul {
      margin: 0 0 var(--ot-space-m, 1rem);
      padding-inline-start: var(--ot-space-l, 1.5rem);
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: var(--ot-space-s, 0.5rem);
    }
    button {
      min-block-size: var(--ot-target-size, 44px);
      padding: 0 var(--ot-space-m, 1rem);
      border: 2px solid var(--ot-color-accent, #1f5fbf);
      border-radius: var(--ot-radius-s, 6px);
      background: var(--ot-color-accent, #1f5fbf);
      color: var(--ot-color-accent-text, #fff);
      font: inherit;
      cursor: pointer;
    }
    button.quiet {
      background: transparent;
      color: var(--ot-color-text, #1b1f24);
    }
    button:focus-visible {
      outline: var(--ot-focus-ring-width, 3px) solid var(--ot-color-focus, #0b3d91);
      outline-offset: 2px;
    }
    @media (forced-colors: active) {
      button {
        border-color: ButtonText;
      }
    }
  `;

  readonly #goals = new StoreController(this, (s: OtState) => s.goals);

  @state() private problem = '';

  async #add(): Promise<void> {
    const store = this.#goals.store;
    if (!store) return;
    try {
      await store.goals.add({ description: GOALS[store.goals.size % GOALS.length]!, order: store.goals.size + 1 });
      this.problem = '';
    } catch (error) {
      this.problem = String((error as Error).message);
    }
  }

  async #clear(): Promise<void> {
    const store = this.#goals.store;
    if (!store) return;
    await store.transaction((tx) => tx.goals.list().forEach((g) => tx.goals.remove(g.id)), { command: 'goals.clear' });
  }

  override render(): TemplateResult {
    const store = this.#goals.store;
    if (!store) return html`<p>No store: this helper must sit inside &lt;ot-provider&gt;.</p>`;
    const goals = Object.values(this.#goals.value ?? {});
    return html`
      <p>Store: <code>${store.adapter.kind}</code> · status <code>${store.status}</code> · ${goals.length} goal(s)</p>
      <ul>
        ${goals.slice(-5).map((g) => html`<li>${g.description}</li>`)}
      </ul>
      ${this.problem ? html`<p role="alert">${this.problem}</p>` : ''}
      <div class="actions">
        <button @click=${this.#add}>Add a goal</button>
        <button class="quiet" @click=${this.#clear}>Remove all goals</button>
      </div>
    `;
  }
}

if (!customElements.get('otkit-story-store-view')) customElements.define('otkit-story-store-view', OtkitStoryStoreView);

declare global {
  interface HTMLElementTagNameMap {
    'otkit-story-store-view': OtkitStoryStoreView;
  }
}
