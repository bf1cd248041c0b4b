/**
 * The therapist view's sharing box: copy the family link (the program as `#h1.` on the host's family page,
 * with a visible field to copy by hand when the clipboard refuses) and bring back the log the family returns
 * (paste the `L1.` code or choose the file), imported with the SDK's validated, idempotent `importPracticeLog`.
 */
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import {
  OtValidationError,
  checkPageUrl,
  encodeHomeProgramFragment,
  formatPath,
  importPracticeLog,
  type OtHomeProgram,
  type OtStore,
} from '@otkit/sdk';
import type { HomeProgramText } from './home-program.messages.js';

/** What the box needs from the element each time it is drawn. */
export interface ShareOptions {
  readonly t: HomeProgramText;
  readonly program: OtHomeProgram;
  /** The address of the family page (`home-page`), as the host set it. */
  readonly homePage: string;
  /** The store the log goes into (the provider's, or the element's own in standalone mode). */
  readonly store: () => Promise<OtStore>;
  /** After an import that added entries: the element refreshes its log and tells the page. */
  readonly imported: (added: number, skipped: number) => void;
}

/** The words of an error for a person: the first issue's field and problem, else the error's message. */
function problemOf(error: unknown): string {
  if (error instanceof OtValidationError && error.issues[0]) {
    const issue = error.issues[0];
    return issue.path.length ? `${formatPath(issue.path)}: ${issue.message}` : issue.message;
  }
  return error instanceof Error ? error.message : String(error);
}

/** Holds what the box shows between renders: the link made, and the last copy and import results. */
export class HomeShareController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  #link = '';
  #linkStatus = '';
  #importStatus = '';
  #importFailed = false;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {}

  async #copyLink(options: ShareOptions): Promise<void> {
    const { t } = options;
    const base = checkPageUrl(options.homePage);
    if (!base.ok) return;
    try {
      this.#link = `${base.url}${await encodeHomeProgramFragment(options.program)}`;
      await navigator.clipboard.writeText(this.#link);
      this.#linkStatus = t('linkCopied');
    } catch (error) {
      // The clipboard refused (no permission, not focused): the link is in the field to copy by hand.
      this.#linkStatus = this.#link ? t('copyByHand') : t('importFailed', { message: problemOf(error) });
    }
    this.#host.requestUpdate();
  }

  async #import(options: ShareOptions, text: string): Promise<void> {
    const { t } = options;
    try {
      const store = await options.store();
      const { added, skipped } = await importPracticeLog(store, { homeProgramId: options.program.id, text });
      this.#importStatus = t('imported', { added: added.length, skipped });
      this.#importFailed = false;
      options.imported(added.length, skipped);
    } catch (error) {
      this.#importStatus = t('importFailed', { message: problemOf(error) });
      this.#importFailed = true;
    }
    this.#host.requestUpdate();
  }

  /** The sharing box of the therapist view. */
  render(options: ShareOptions): TemplateResult {
    const { t } = options;
    const shareable = checkPageUrl(options.homePage).ok;
    const pasted = (event: Event) => {
      const form = event.currentTarget as HTMLFormElement;
      event.preventDefault();
      void this.#import(options, (form.elements.namedItem('code') as HTMLTextAreaElement).value);
    };
    const picked = async (event: Event) => {
      const input = event.target as HTMLInputElement;
      const file = input.files?.[0];
      if (file) await this.#import(options, await file.text());
      input.value = '';
    };
    return html`<section part="share" aria-labelledby="share-title">
      <h3 id="share-title">${t('shareTitle')}</h3>
      ${
        shareable
          ? html`<button class="btn primary" @click=${() => void this.#copyLink(options)}>${t('copyLink')}</button>`
          : html`<p>${t('noHomePage')}</p>`
      }
      <label class="wide" ?hidden=${!this.#link}>
        ${t('linkLabel')}
        <input
          class="field"
          readonly
          .value=${this.#link}
          @focus=${(e: Event) => (e.target as HTMLInputElement).select()}
        />
      </label>
      <p role="status">${this.#linkStatus}</p>
      <h4>${t('importTitle')}</h4>
      <form @submit=${pasted}>
        <label class="wide">
          ${t('importCode')}
          <textarea
            class="field"
            name="code"
            rows="2"
            spellcheck="false"
            autocomplete="off"
            data-draft="code"
          ></textarea>
        </label>
        <button class="btn">${t('importButton')}</button>
      </form>
      <label class="wide">
        ${t('importFile')}
        <input class="field" type="file" accept=".json,application/json,text/plain" @change=${picked} />
      </label>
      <p role="status" part="import-result" class=${this.#importFailed ? 'failed' : ''}>${this.#importStatus}</p>
    </section>`;
  }
}
