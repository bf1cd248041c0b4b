import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { draftsFor, type OtStore } from '@otkit/sdk';
import { BUILDER_FORM_KEY, keptFormText, readKeptForm, type KeptForm } from './builder-kept-form.js';
import type { BuilderT } from './builder.messages.js';

/** What the keeper needs from the builder. */
export interface KeeperSource {
  /** The store whose drafts keep the form (the builder page's); none: nothing outlives the page. */
  store(): OtStore | undefined;
  /** The form as it is now. */
  form(): KeptForm;
  /** Puts a kept form back into the builder. */
  apply(form: KeptForm): void;
  /** The fragment the builder started from (the page's own link), and a promise of its schedule being shown. */
  started(): { fragment: string | undefined; loaded: Promise<void> };
  /** Opens the schedule of a link's fragment. */
  open(fragment: string): Promise<void>;
  /** Starts again from the example schedule, as on a first visit. */
  startNew(): void;
}

/** A question the teacher answers before the schedule being built is replaced. */
type Question =
  | { readonly ask: 'confirmNew' }
  | { readonly ask: 'confirmReopen'; readonly fragment: string }
  | { readonly ask: 'confirmRestore'; readonly form: KeptForm };

/** How long editing pauses before the form is kept. */
const KEEP_AFTER_MS = 300;

/**
 * Keeps the half-built schedule as a draft (the SDK's drafts of the builder page's store: on this device only,
 * never synced or exported) ≈300 ms after each change and when the builder goes, puts it back after a reload,
 * and asks before anything replaces it: "Start a new schedule", or a schedule's link opened in the builder.
 */
export class BuilderKeeper implements ReactiveController {
  readonly #host: ReactiveControllerHost & { readonly renderRoot: ParentNode };
  readonly #source: KeeperSource;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** The store whose draft was read (once per store). */
  #readFrom: OtStore | undefined;
  /** The teacher changed the form since it was set up: a kept draft never goes over that. */
  #touched = false;
  /** A schedule is being built (changed, or put back from a draft): replacing it needs a yes. */
  #held = false;
  #question: Question | undefined;
  /** The last link the form made: a form too large for a link keeps the one before. */
  #link = '';

  constructor(host: ReactiveControllerHost & { readonly renderRoot: ParentNode }, source: KeeperSource) {
    this.#host = host;
    this.#source = source;
    host.addController(this);
  }

  hostConnected(): void {}

  hostUpdated(): void {
    const store = this.#source.store();
    if (store && store !== this.#readFrom) {
      this.#readFrom = store;
      void this.#restore(store);
    }
  }

  hostDisconnected(): void {
    if (this.#timer !== undefined) this.#keep();
  }

  /** The teacher changed the form: it is kept once editing pauses. */
  changed(): void {
    this.#touched = this.#held = true;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#keep(), KEEP_AFTER_MS);
  }

  /** Opens a link's schedule, after a yes when it would replace a schedule being built. */
  reopen(fragment: string): void {
    if (this.#held) this.#ask({ ask: 'confirmReopen', fragment });
    else void this.#source.open(fragment).then(() => this.#forget());
  }

  async #restore(store: OtStore): Promise<void> {
    const form = readKeptForm(await draftsFor(store).read(BUILDER_FORM_KEY));
    const started = this.#source.started();
    await started.loaded;
    this.#link = form?.fragment ?? '';
    if (!form || this.#touched) return;
    // The builder page keeps its link in step with the form: its own link is no other schedule.
    if (started.fragment && started.fragment !== form.fragment) return this.#ask({ ask: 'confirmRestore', form });
    this.#held = true;
    this.#source.apply(form);
  }

  #keep(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    const store = this.#source.store();
    const form = this.#source.form();
    this.#link = form.fragment || this.#link;
    if (store) void draftsFor(store).write(BUILDER_FORM_KEY, keptFormText({ ...form, fragment: this.#link }));
  }

  /** The schedule being built is let go: nothing is held, the draft goes. */
  #forget(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#touched = this.#held = false;
    const store = this.#source.store();
    if (store) void draftsFor(store).clear(BUILDER_FORM_KEY);
  }

  #ask(question: Question | undefined): void {
    this.#question = question;
    this.#host.requestUpdate();
    void this.#host.updateComplete.then(() =>
      this.#host.renderRoot.querySelector<HTMLElement>(question ? '[part="confirm"] button' : '.start-new')?.focus(),
    );
  }

  #startNew(): void {
    if (this.#held) return this.#ask({ ask: 'confirmNew' });
    this.#forget();
    this.#source.startNew();
  }

  /** The teacher said yes: the schedule being built is replaced. */
  async #yes(question: Question): Promise<void> {
    this.#ask(undefined);
    this.#forget();
    if (question.ask === 'confirmNew') this.#source.startNew();
    else if (question.ask === 'confirmReopen') await this.#source.open(question.fragment);
  }

  /** The teacher kept their schedule. */
  #no(question: Question): void {
    this.#ask(undefined);
    if (question.ask !== 'confirmRestore') return;
    this.#held = true;
    this.#source.apply(question.form);
  }

  /** "Start a new schedule", and the question that asks before the schedule being built is replaced. */
  render(t: BuilderT): TemplateResult {
    const question = this.#question;
    return html`<p class="keep">
        <button type="button" class="btn start-new" @click=${() => this.#startNew()}>${t('startNew')}</button>
      </p>
      ${
        question
          ? html`<div part="confirm" role="group" aria-labelledby="confirm-question">
              <p id="confirm-question">${t(question.ask)}</p>
              <button type="button" class="btn" @click=${() => this.#no(question)}>${t('keepMine')}</button>
              <button type="button" class="btn" @click=${() => void this.#yes(question)}>
                ${question.ask === 'confirmNew' ? t('startNew') : t('openLink')}
              </button>
            </div>`
          : nothing
      }`;
  }
}
