import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import '@otkit/elements/ot-visual-schedule.js';
import {
  AnnounceController,
  OT_SYMBOLS,
  OtElement,
  controlStyles,
  renderImage,
  symbolIds,
  toOtError,
} from '@otkit/elements';
import {
  OT_SCHEDULE_LAYOUTS,
  OT_SCHEDULE_SHOWS,
  OT_SCHEDULE_VIEWS,
  checkPageUrl,
  decodeScheduleFragment,
  encodeScheduleFragment,
  type OtEmbedSchedule,
  type OtError,
  type OtScheduleKind,
  type OtScheduleLayout,
  type OtScheduleShow,
  type OtScheduleView,
  type OtUrlCheck,
} from '@otkit/sdk';
import { builderMessages } from './builder.messages.js';
import { renderReopen, scheduleFragmentOf } from './builder-reopen.js';

type Messages = (typeof builderMessages)['en'];
type Word = { [K in keyof Messages]: Messages[K] extends string ? K : never }[keyof Messages];

/** One activity of a choice step as the form holds it. */
interface ChoiceDraft {
  readonly key: number;
  label: string;
  symbol: string | undefined;
}

/** One step as the form holds it (text fields stay text until the schedule is encoded). */
interface Draft extends ChoiceDraft {
  time: string;
  minutes: string;
  /** The 2–4 activities of a choice step; undefined for an ordinary step. */
  choices: ChoiceDraft[] | undefined;
}

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

const attr = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

let nextKey = 1;

/**
 * The no-code schedule builder of `@otkit/embed`: a teacher adds, orders and removes steps, picks built-in
 * symbols from a searchable grid, sets times, minutes, kind and display, sees a live preview (decoded from
 * the very link it makes) and the encoded size, and copies an `<iframe>` snippet or the plain link. Nothing
 * leaves the page: the schedule lives in the link's fragment.
 *
 * @summary Builds a visual schedule link and its iframe snippet for an LMS page.
 * @csspart base - The wrapper.
 * @csspart warning - The notice that nothing identifying belongs in a schedule.
 * @csspart snippet - The iframe code.
 * @csspart base-error - Why the address of the published pages is refused.
 * @csspart preview - The live preview.
 * @csspart picker - The symbol picker dialog.
 */
export class OtScheduleBuilder extends OtElement {
  static override styles = [
    ...(OtElement.styles as []),
    controlStyles,
    css`
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
    `,
  ];

  readonly #announcer = new AnnounceController(this);
  #run = 0;

  @query('dialog') private dialog!: HTMLDialogElement;

  @state() private heading = '';
  @state() private kind: OtScheduleKind = 'list';
  @state() private layout: OtScheduleLayout = 'vertical';
  @state() private show: OtScheduleShow = 'both';
  @state() private view: OtScheduleView = 'all';
  // Child view by default: a schedule in a course page is for students, who need no Now and Skip buttons.
  @state() private checkOnly = true;
  @state() private language: 'en' | 'es' = 'en';
  @state() private drafts: Draft[] = [];
  /** What the picker is choosing a picture for, and the button to return focus to. */
  @state() private picking: { target: ChoiceDraft; button: HTMLElement } | undefined;
  @state() private search = '';
  @state() private fragment = '';
  @state() private preview: OtEmbedSchedule | undefined;
  @state() private problem: OtError | undefined;
  @state() private status = '';

  /**
   * Where the embed pages are published (the folder of schedule.html and first-then.html, or any URL in
   * it). Default: the folder of the page the builder runs on.
   */
  @property() base: string | undefined;

  /** Starts from this fragment (`#v1.…`), e.g. the builder page's own, to edit a schedule made before. */
  @property() fragmentIn: string | undefined;

  /** Keeps the page URL's fragment in step with the schedule, so the builder's own link reopens it. */
  @property({ type: Boolean, attribute: 'sync-hash' }) syncHash = false;

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.drafts.length) this.#sample();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('fragmentIn') && this.fragmentIn) void this.#load(this.fragmentIn);
  }

  #t = (key: Word): string => this.locale.t(builderMessages, key as 'heading');

  #sample(): void {
    const t = this.#t;
    this.heading = t('sampleTitle');
    this.drafts = [
      { key: nextKey++, label: t('sample1'), symbol: 'circle-time', time: '08:30', minutes: '15', choices: undefined },
      { key: nextKey++, label: t('sample2'), symbol: 'snack', time: '08:45', minutes: '15', choices: undefined },
      { key: nextKey++, label: t('sample3'), symbol: 'recess', time: '09:00', minutes: '20', choices: undefined },
    ];
    this.language = this.locale.lang;
    void this.#rebuild();
  }

  async #load(fragment: string): Promise<void> {
    try {
      const s = await decodeScheduleFragment(fragment);
      this.heading = s.title;
      this.kind = s.kind;
      this.layout = s.layout ?? 'vertical';
      this.show = s.show ?? 'both';
      this.view = s.view ?? 'all';
      this.checkOnly = !!s.checkOnly;
      this.language = s.lang === 'es' ? 'es' : 'en';
      this.drafts = s.steps.map((step) => ({
        key: nextKey++,
        label: step.label,
        symbol: step.image?.symbol,
        time: step.timeOfDay ?? '',
        minutes: step.minutes === undefined ? '' : String(step.minutes),
        choices: step.choices?.map((c) => ({ key: nextKey++, label: c.label, symbol: c.image?.symbol })),
      }));
      await this.#rebuild();
    } catch (e) {
      this.problem = toOtError(e);
    }
  }

  /** Opens the schedule of a pasted link (the whole link, not just its fragment). */
  #reopen(link: string): void {
    try {
      void this.#load(scheduleFragmentOf(link, this.#t('noSchedule')));
    } catch (e) {
      this.problem = toOtError(e);
    }
  }

  /** Encodes the form into a link, and decodes that link for the preview, so the preview is what the page shows. */
  async #rebuild(): Promise<void> {
    const run = ++this.#run;
    try {
      const fragment = await encodeScheduleFragment({
        title: this.heading,
        kind: this.kind,
        layout: this.layout,
        show: this.show,
        view: this.view,
        checkOnly: this.checkOnly,
        lang: this.language,
        steps: this.drafts.map((d) => ({
          label: d.label,
          image: d.symbol ? { symbol: d.symbol } : undefined,
          timeOfDay: d.time || undefined,
          minutes: d.minutes === '' ? undefined : Number(d.minutes),
          choices: d.choices?.map((c) => ({ label: c.label, image: c.symbol ? { symbol: c.symbol } : undefined })),
        })),
      });
      const preview = await decodeScheduleFragment(fragment);
      if (run !== this.#run) return;
      this.fragment = fragment;
      this.preview = preview;
      this.problem = undefined;
      if (this.syncHash) history.replaceState(null, '', fragment);
    } catch (e) {
      if (run === this.#run) this.problem = toOtError(e);
    }
  }

  #edit(change: () => void): void {
    change();
    this.status = '';
    this.requestUpdate();
    void this.#rebuild();
  }

  #move(index: number, by: number): void {
    const to = index + by;
    this.#edit(() => {
      const list = [...this.drafts];
      const [draft] = list.splice(index, 1);
      list.splice(to, 0, draft!);
      this.drafts = list;
    });
    const label = this.drafts[to]!.label || this.locale.t(builderMessages, 'stepN', { n: to + 1 });
    this.#announcer.announce(this.locale.t(builderMessages, 'moved', { label, n: to + 1, total: this.drafts.length }));
    // Keep focus on the same button of the moved step (or its other arrow at the ends of the list).
    void this.updateComplete.then(() => {
      const buttons = this.renderRoot.querySelectorAll<HTMLButtonElement>(`li:nth-child(${to + 1}) .move`);
      (by < 0
        ? buttons[0]!.disabled
          ? buttons[1]
          : buttons[0]
        : buttons[1]!.disabled
          ? buttons[0]
          : buttons[1])!.focus();
    });
  }

  #remove(index: number): void {
    const label = this.drafts[index]!.label || this.locale.t(builderMessages, 'stepN', { n: index + 1 });
    this.#edit(() => (this.drafts = this.drafts.filter((_, i) => i !== index)));
    this.#announcer.announce(this.locale.t(builderMessages, 'removed', { label }));
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.add')!.focus());
  }

  #add(): void {
    this.#edit(
      () =>
        (this.drafts = [
          ...this.drafts,
          { key: nextKey++, label: '', symbol: undefined, time: '', minutes: '', choices: undefined },
        ]),
    );
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLInputElement>('li:last-child input')!.focus(),
    );
  }

  #openPicker(target: ChoiceDraft, e: Event): void {
    this.picking = { target, button: e.currentTarget as HTMLElement };
    this.search = '';
    this.dialog.showModal();
    this.renderRoot.querySelector<HTMLInputElement>('dialog input')!.focus();
  }

  #pick(symbol: string | undefined): void {
    const { target } = this.picking!;
    this.#edit(() => (target.symbol = symbol));
    this.dialog.close();
  }

  #onPickerClose(): void {
    this.picking?.button.focus();
    this.picking = undefined;
  }

  /** Makes step `d` a choice step (two empty activities) or an ordinary one again. */
  #setChoices(d: Draft, choices: ChoiceDraft[] | undefined): void {
    this.#edit(() => (d.choices = choices));
  }

  /**
   * Where the embed pages are published, checked and normalised by the SDK's URL policy: links and snippets
   * are built from the parsed URL only, never from the text typed in or set as `base`.
   */
  get #pages(): OtUrlCheck {
    return checkPageUrl(this.base ?? location.href);
  }

  /** The address of the page that shows the schedule, with the schedule in its fragment (none while the address is refused). */
  get #link(): string | undefined {
    const pages = this.#pages;
    if (!pages.ok) return undefined;
    const page = this.kind === 'first-then' ? 'first-then.html' : 'schedule.html';
    return new URL(page, pages.url).href + this.fragment;
  }

  get #snippet(): string {
    const n = this.preview?.steps.length ?? 0;
    const height =
      this.kind === 'first-then'
        ? 420
        : this.layout === 'horizontal'
          ? 380
          : this.view === 'now-next'
            ? 560
            : Math.min(1400, 180 + 150 * n);
    const title = `${this.#t('frameTitle')}: ${this.heading}`;
    return `<iframe src="${attr(this.#link ?? '')}" title="${attr(title)}" width="100%" height="${height}" sandbox="allow-scripts allow-same-origin"></iframe>`;
  }

  async #copy(text: string, field: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this.status = this.#t('copied');
    } catch {
      this.renderRoot.querySelector<HTMLTextAreaElement | HTMLInputElement>(field)?.select();
      this.status = this.#t('copyFailed');
    }
  }

  override render(): TemplateResult {
    const t = this.#t;
    const link = this.#link;
    const ok = !this.problem && this.fragment && link;
    const size = this.fragment.length;
    return html`<div part="base">
      <header>
        <h1>${t('heading')}</h1>
        <p>${t('intro')}</p>
      </header>
      <p part="warning" role="note"><strong>${t('warningTitle')}</strong> ${t('warning')}</p>
      <form @submit=${(e: Event) => e.preventDefault()}>${this.renderSettings()} ${this.renderSteps()}</form>
      <div>
        <section aria-labelledby="preview-h">
          <h2 id="preview-h">${t('preview')}</h2>
          ${
            this.preview
              ? html`<div part="preview" lang=${this.language}>
                  <ot-visual-schedule
                    .steps=${this.preview.steps}
                    heading=${this.preview.title}
                    kind=${this.preview.kind}
                    layout=${this.layout}
                    show=${this.show}
                    view=${this.view}
                    ?check-only=${this.checkOnly}
                  ></ot-visual-schedule>
                </div>`
              : nothing
          }
        </section>
        <section aria-labelledby="embed-h">
          <h2 id="embed-h">${t('embed')}</h2>
          ${this.renderBase()} ${this.problem ? this.renderError(this.problem, t('fixFirst')) : nothing}
          ${
            ok
              ? html`<p>
                    ${this.locale.t(builderMessages, 'size', { chars: size })}
                    ${t(size <= 1000 ? 'small' : size <= 2000 ? 'fine' : 'long')}
                  </p>
                  <label
                    >${t('code')}
                    <textarea
                      part="snippet"
                      class="field"
                      readonly
                      .value=${this.#snippet}
                      @focus=${(e: Event) => (e.target as HTMLTextAreaElement).select()}
                    ></textarea>
                  </label>
                  <div class="row">
                    <button type="button" class="btn primary" @click=${() => this.#copy(this.#snippet, 'textarea')}>
                      ${t('copyCode')}
                    </button>
                    <button type="button" class="btn" @click=${() => this.#copy(this.#link ?? '', '.link')}>
                      ${t('copyLink')}
                    </button>
                    <a href=${link} target="_blank" rel="noopener noreferrer">${t('open')}</a>
                  </div>
                  <label
                    >${t('link')}
                    <input
                      class="field link"
                      readonly
                      .value=${link}
                      @focus=${(e: Event) => (e.target as HTMLInputElement).select()}
                  /></label>
                  <p>${t('linkHelp')}</p>`
              : nothing
          }
          <p role="status">${this.status}</p>
        </section>
      </div>
      ${this.renderPicker()} ${this.#announcer.renderRegion()}
    </div>`;
  }

  /** The address of the published pages, and why it is refused when it is. */
  protected renderBase(): TemplateResult {
    const t = this.#t;
    const pages = this.#pages;
    return html`<label
        >${t('base')}
        <input
          name="base"
          class="field"
          type="url"
          inputmode="url"
          spellcheck="false"
          .value=${this.base ?? location.href.replace(/#.*$/, '')}
          aria-invalid=${pages.ok ? nothing : 'true'}
          aria-describedby=${pages.ok ? 'base-help' : 'base-help base-error'}
          @change=${(e: Event) => {
            this.base = (e.target as HTMLInputElement).value;
            this.status = '';
          }}
      /></label>
      <p id="base-help">${t('baseHelp')}</p>
      ${
        pages.ok
          ? nothing
          : html`<p id="base-error" part="base-error" role="alert"><strong>${t('base')}:</strong> ${pages.reason}</p>`
      }`;
  }

  /** Title, kind, layout, what steps show, view and language. */
  protected renderSettings(): TemplateResult {
    const t = this.#t;
    const select = <T extends string>(
      label: Word,
      value: T,
      options: readonly (readonly [T, Word])[],
      set: (v: T) => void,
    ) =>
      html`<label
        >${t(label)}
        <select
          class="field"
          @change=${(e: Event) => this.#edit(() => set((e.target as HTMLSelectElement).value as T))}
        >
          ${options.map(([v, word]) => html`<option value=${v} ?selected=${v === value}>${t(word)}</option>`)}
        </select></label
      >`;
    // Reopening replaces the whole schedule, so it stands before the settings, not among them.
    return html`${renderReopen(t('reopen'), t('reopenHelp'), (link) => this.#reopen(link))}
      <fieldset>
        <legend>${t('settings')}</legend>
        <label
          >${t('title')}
          <input
            class="field"
            maxlength="120"
            .value=${this.heading}
            @input=${(e: Event) => this.#edit(() => (this.heading = (e.target as HTMLInputElement).value))}
        /></label>
        ${select(
          'kind',
          this.kind,
          [
            ['list', 'list'],
            ['first-then', 'firstThen'],
          ],
          (v) => (this.kind = v),
        )}
        ${select(
          'layout',
          this.layout,
          OT_SCHEDULE_LAYOUTS.map((v) => [v, v] as const),
          (v) => (this.layout = v),
        )}
        ${select(
          'show',
          this.show,
          OT_SCHEDULE_SHOWS.map((v) => [v, v] as const),
          (v) => (this.show = v),
        )}
        ${select(
          'view',
          this.view,
          OT_SCHEDULE_VIEWS.map((v) => [v, v === 'all' ? 'all' : 'nowNext'] as const),
          (v) => (this.view = v),
        )}
        <label class="check"
          ><input
            type="checkbox"
            .checked=${this.checkOnly}
            @change=${(e: Event) => this.#edit(() => (this.checkOnly = (e.target as HTMLInputElement).checked))}
          />
          ${t('checkOnly')}</label
        >
        <label
          >${t('language')}
          <select
            class="field"
            @change=${(e: Event) => this.#edit(() => (this.language = (e.target as HTMLSelectElement).value as 'en'))}
          >
            <option value="en" lang="en" ?selected=${this.language === 'en'}>English</option>
            <option value="es" lang="es" ?selected=${this.language === 'es'}>Español</option>
          </select></label
        >
      </fieldset>`;
  }

  /** The steps: picture, words, time, minutes, the activities of a choice step, move and remove. */
  protected renderSteps(): TemplateResult {
    const t = this.#t;
    const n = this.drafts.length;
    const set = (d: Draft | ChoiceDraft, key: 'label' | 'time' | 'minutes') => (e: Event) =>
      this.#edit(() => ((d as Draft)[key] = (e.target as HTMLInputElement).value));
    const picture = (d: ChoiceDraft, name: string) =>
      html`<button type="button" class="btn pic" aria-label=${name} @click=${(e: Event) => this.#openPicker(d, e)}>
        ${d.symbol ? renderImage({ symbol: d.symbol }, '', { decorative: true }) : t('choosePicture')}
      </button>`;
    const words = (d: ChoiceDraft, where: string) =>
      html`<label
        >${t('words')}<span class="visually-hidden"> (${where})</span>
        <input class="field" maxlength="80" .value=${d.label} @input=${set(d, 'label')}
      /></label>`;
    return html`<fieldset>
      <legend>${t('steps')}</legend>
      <ol>
        ${this.drafts.map((d, i) => {
          const step = this.locale.t(builderMessages, 'stepN', { n: i + 1 });
          const choices = d.choices;
          return html`<li>
            ${picture(d, this.locale.t(builderMessages, 'pictureFor', { n: i + 1 }))} ${words(d, step)}
            <label
              >${t('time')}<span class="visually-hidden"> (${step})</span>
              <input class="field" type="time" .value=${d.time} @input=${set(d, 'time')}
            /></label>
            <label
              >${t('minutes')}<span class="visually-hidden"> (${step})</span>
              <input
                class="field"
                type="number"
                min="1"
                max="600"
                inputmode="numeric"
                .value=${d.minutes}
                @input=${set(d, 'minutes')}
            /></label>
            <button
              type="button"
              class="btn icon move"
              aria-label=${this.locale.t(builderMessages, 'moveUp', { n: i + 1 })}
              ?disabled=${i === 0}
              @click=${() => this.#move(i, -1)}
            >
              ↑
            </button>
            <button
              type="button"
              class="btn icon move"
              aria-label=${this.locale.t(builderMessages, 'moveDown', { n: i + 1 })}
              ?disabled=${i === n - 1}
              @click=${() => this.#move(i, 1)}
            >
              ↓
            </button>
            <button
              type="button"
              class="btn danger"
              aria-label=${this.locale.t(builderMessages, 'removeN', { n: i + 1 })}
              @click=${() => this.#remove(i)}
            >
              ${t('remove')}
            </button>
            ${
              choices
                ? html`<fieldset class="choices">
                    <legend>${this.locale.t(builderMessages, 'choicesOf', { n: i + 1 })}</legend>
                    ${choices.map(
                      (c, j) =>
                        html`<div class="row">
                          ${picture(c, this.locale.t(builderMessages, 'choicePicture', { n: i + 1, c: j + 1 }))}
                          ${words(c, this.locale.t(builderMessages, 'choiceN', { n: i + 1, c: j + 1 }))}
                          <button
                            type="button"
                            class="btn quiet"
                            ?disabled=${choices.length <= 2}
                            aria-label=${this.locale.t(builderMessages, 'removeChoice', { n: i + 1, c: j + 1 })}
                            @click=${() =>
                              this.#setChoices(
                                d,
                                choices.filter((x) => x !== c),
                              )}
                          >
                            ${t('remove')}
                          </button>
                        </div>`,
                    )}
                    <div class="row">
                      <button
                        type="button"
                        class="btn"
                        ?disabled=${choices.length >= 4}
                        @click=${() => this.#setChoices(d, [...choices, { key: nextKey++, label: '', symbol: undefined }])}
                      >
                        ${t('addChoice')}<span class="visually-hidden"> (${step})</span>
                      </button>
                      <button type="button" class="btn quiet" @click=${() => this.#setChoices(d, undefined)}>
                        ${t('noChoice')}<span class="visually-hidden"> (${step})</span>
                      </button>
                    </div>
                  </fieldset>`
                : html`<button
                    type="button"
                    class="btn quiet"
                    @click=${() =>
                      this.#setChoices(
                        d,
                        [0, 1].map(() => ({ key: nextKey++, label: '', symbol: undefined })),
                      )}
                  >
                    ${t('makeChoice')}<span class="visually-hidden"> (${step})</span>
                  </button>`
            }
          </li>`;
        })}
      </ol>
      <div class="row">
        <button type="button" class="btn add" ?disabled=${n >= 50} @click=${() => this.#add()}>${t('addStep')}</button>
      </div>
    </fieldset>`;
  }

  /** The searchable grid of built-in symbols, in a modal dialog. */
  protected renderPicker(): TemplateResult {
    const t = this.#t;
    const query = fold(this.search.trim());
    const word = (id: string) => OT_SYMBOLS[id]![this.locale.lang];
    const ids = symbolIds().filter(
      (id) => !query || [id, OT_SYMBOLS[id]!.en, OT_SYMBOLS[id]!.es].some((w) => fold(w).includes(query)),
    );
    const current = this.picking?.target.symbol;
    return html`<dialog part="picker" aria-labelledby="picker-h" @close=${() => this.#onPickerClose()}>
      <h2 id="picker-h">${t('pickerTitle')}</h2>
      <label
        >${t('search')}
        <input
          class="field"
          type="search"
          .value=${this.search}
          @input=${(e: Event) => (this.search = (e.target as HTMLInputElement).value)}
      /></label>
      <p role="status">${this.locale.t(builderMessages, 'found', { n: ids.length })}</p>
      <div class="grid" role="group" aria-labelledby="picker-h">
        <button
          type="button"
          class="btn"
          aria-pressed=${current === undefined ? 'true' : 'false'}
          @click=${() => this.#pick(undefined)}
        >
          ${t('noPicture')}
        </button>
        ${ids
          .sort((a, b) => word(a).localeCompare(word(b), this.locale.locale))
          .map(
            (id) =>
              html`<button
                type="button"
                class="btn"
                data-symbol=${id}
                aria-pressed=${current === id ? 'true' : 'false'}
                @click=${() => this.#pick(id)}
              >
                ${renderImage({ symbol: id }, '', { decorative: true })}<span>${word(id)}</span>
              </button>`,
          )}
      </div>
      <button type="button" class="btn" @click=${() => this.dialog.close()}>${t('close')}</button>
    </dialog>`;
  }
}
