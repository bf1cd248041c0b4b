import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import '@otkit/elements/ot-visual-schedule.js';
import { AnnounceController, OtElement, SoundRecorder, controlStyles, toOtError } from '@otkit/elements';
import {
  OtFragmentError,
  checkPageUrl,
  decodeScheduleFragment,
  encodeScheduleFragment,
  inlineMediaOf,
  type OtError,
  type OtImageRef,
  type OtLinkMedia,
  type OtScheduleStepInput,
  type OtStore,
  type OtUrlCheck,
} from '@otkit/sdk';
import {
  draftOf,
  draftsOf,
  embedInputOf,
  previewStepsOf,
  snippetOf,
  type BuilderSettings,
  type ChoiceDraft,
  type Draft,
} from './builder-drafts.js';
import { renderEmbed } from './builder-embed.js';
import { BuilderKeeper } from './builder-keeper.js';
import { keeperStyles } from './builder-keeper.styles.js';
import { mediaHandlers, type MediaHost, type MediaProblem } from './builder-media.js';
import { renderPicker, type PickerHost } from './builder-picker.js';
import { scheduleFragmentOf } from './builder-reopen.js';
import { renderSettings, type SettingsHost } from './builder-settings.js';
import { renderSteps, type StepsHost } from './builder-steps.js';
import { builderStyles } from './builder.styles.js';
import { builderMessages } from './builder.messages.js';

// Child view by default: a schedule in a course page is for students, who need no Now and Skip buttons.
const DEFAULT_SETTINGS: BuilderSettings = {
  heading: '',
  kind: 'list',
  layout: 'vertical',
  show: 'both',
  view: 'all',
  checkOnly: true,
  language: 'en',
};

/**
 * The no-code schedule builder of `@otkit/embed`: a teacher adds, orders and removes steps, picks built-in
 * symbols from a searchable grid or their own pictures (a file scaled down in the page, or an https address),
 * gives a step a recorded or picked sound, sets times, minutes, kind and display, sees a live preview (decoded
 * from the very link it makes) and the encoded size, and copies an `<iframe>` snippet or the plain link. Nothing
 * leaves the page: the schedule lives in the link's fragment; own media too large for a link are named, and no
 * link is made until they fit. Given a `store` (builder.html gives its own), the half-built schedule is kept on
 * the device as a draft and comes back after a reload; "Start a new schedule" and opening a link ask first.
 *
 * @summary Builds a visual schedule link and its iframe snippet for an LMS page.
 * @csspart base - The wrapper.
 * @csspart warning - The notice that nothing identifying belongs in a schedule.
 * @csspart snippet - The iframe code.
 * @csspart base-error - Why the address of the published pages is refused.
 * @csspart preview - The live preview.
 * @csspart picker - The symbol picker dialog.
 * @csspart own-picture - The picker's fields for an own picture (a file, or an https address).
 * @csspart sound - A step's sound fields.
 * @csspart recording - "Recording…" while a step's sound is being recorded.
 * @csspart stop-recording - The button that ends a recording.
 * @csspart media-error - Why an own picture or sound was refused, next to its field.
 * @csspart media-too-big - Why no link is made: the own media too large for a link, each named.
 * @csspart confirm - The question asked before the schedule being built is replaced (a new one, a link's).
 */
export class OtScheduleBuilder extends OtElement {
  static override styles = [...(OtElement.styles as []), controlStyles, builderStyles, keeperStyles];

  readonly #t = this.translator(builderMessages);
  readonly #announcer = new AnnounceController(this);
  readonly #recorder = new SoundRecorder<Draft>(this);
  readonly #keeper = new BuilderKeeper(this, {
    store: () => this.store,
    form: () => ({ settings: this.settings, drafts: this.drafts, fragment: this.fragment }),
    apply: (form) => {
      this.settings = form.settings;
      this.drafts = form.drafts;
      void this.#rebuild();
    },
    started: () => ({ fragment: this.fragmentIn, loaded: this.#started }),
    open: (fragment) => this.#load(fragment),
    startNew: () => this.#sample(),
  });
  #run = 0;
  /** The schedule of `fragmentIn` being shown. */
  #started: Promise<void> = Promise.resolve();

  @query('dialog') private dialog!: HTMLDialogElement;

  @state() private settings: BuilderSettings = { ...DEFAULT_SETTINGS };
  @state() private drafts: Draft[] = [];
  /** What the picker is choosing a picture for, and the button to return focus to. */
  @state() private picking: { target: ChoiceDraft; button: HTMLElement } | undefined;
  @state() private search = '';
  @state() private fragment = '';
  @state() private preview: { title: string; kind: string; steps: OtScheduleStepInput[] } | undefined;
  @state() private problem: OtError | undefined;
  /** Own media stored inline that make the schedule too large for a link (no link while there are any). */
  @state() private linkMedia: OtLinkMedia[] = [];
  @state() private mediaProblem: MediaProblem | undefined;
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

  /**
   * The store whose device-local drafts keep the half-built schedule across a reload (builder.html gives its
   * own IndexedDB store). Without one, nothing outlives the page.
   */
  @property({ attribute: false }) store: OtStore | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.drafts.length) this.#sample();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('fragmentIn') && this.fragmentIn) this.#started = this.#load(this.fragmentIn);
  }

  #sample(): void {
    const t = this.#t;
    this.settings = { ...DEFAULT_SETTINGS, heading: t('sampleTitle'), language: this.locale.lang };
    this.drafts = [
      draftOf(t('sample1'), 'circle-time', '08:30', '15'),
      draftOf(t('sample2'), 'snack', '08:45', '15'),
      draftOf(t('sample3'), 'recess', '09:00', '20'),
    ];
    void this.#rebuild();
  }

  async #load(fragment: string): Promise<void> {
    try {
      const s = await decodeScheduleFragment(fragment);
      this.settings = {
        heading: s.title,
        kind: s.kind,
        layout: s.layout ?? 'vertical',
        show: s.show ?? 'both',
        view: s.view ?? 'all',
        checkOnly: !!s.checkOnly,
        language: s.lang === 'es' ? 'es' : 'en',
      };
      this.drafts = draftsOf(s);
      await this.#rebuild();
    } catch (e) {
      this.problem = toOtError(e);
    }
  }

  /** Opens the schedule of a pasted link (the whole link, not just its fragment). */
  #reopen(link: string): void {
    try {
      this.#keeper.reopen(scheduleFragmentOf(link, this.#t('noSchedule')));
    } catch (e) {
      this.problem = toOtError(e);
    }
  }

  /**
   * Encodes the form into a link, and decodes that link for the preview, so the preview is what the page shows.
   * When own media make it too large for a link, the preview shows the form's schedule and the media are named.
   */
  async #rebuild(): Promise<void> {
    const run = ++this.#run;
    const input = embedInputOf(this.settings, this.drafts);
    try {
      const fragment = await encodeScheduleFragment(input);
      const decoded = await decodeScheduleFragment(fragment);
      if (run !== this.#run) return;
      this.fragment = fragment;
      this.preview = decoded;
      this.problem = undefined;
      this.linkMedia = [];
      if (this.syncHash) history.replaceState(null, '', fragment);
    } catch (e) {
      if (run !== this.#run) return;
      const media = inlineMediaOf(input);
      if (e instanceof OtFragmentError && e.problem === 'oversize' && media.length) {
        this.fragment = '';
        this.preview = { title: input.title, kind: input.kind ?? 'list', steps: previewStepsOf(input) };
        this.problem = undefined;
        this.linkMedia = media;
      } else this.problem = toOtError(e);
    }
  }

  #edit(change: () => void): void {
    change();
    this.#keeper.changed();
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
    const label = this.drafts[to]!.label || this.#t('stepN', { n: to + 1 });
    this.#announcer.announce(this.#t('moved', { label, n: to + 1, total: this.drafts.length }));
    // Keep focus on the same button of the moved step (or its other arrow at the ends of the list).
    void this.updateComplete.then(() => {
      const [up, down] = this.renderRoot.querySelectorAll<HTMLButtonElement>(`li:nth-child(${to + 1}) .move`);
      (by < 0 ? (up!.disabled ? down : up) : down!.disabled ? up : down)!.focus();
    });
  }

  #remove(index: number): void {
    const label = this.drafts[index]!.label || this.#t('stepN', { n: index + 1 });
    this.#edit(() => (this.drafts = this.drafts.filter((_, i) => i !== index)));
    this.#announcer.announce(this.#t('removed', { label }));
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.add')!.focus());
  }

  #add(): void {
    this.#edit(() => (this.drafts = [...this.drafts, draftOf('')]));
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLInputElement>('ol > li:last-child input')!.focus(),
    );
  }

  #openPicker(target: ChoiceDraft, e: Event): void {
    this.picking = { target, button: e.currentTarget as HTMLElement };
    this.search = '';
    this.mediaProblem = undefined;
    this.dialog.showModal();
    this.renderRoot.querySelector<HTMLInputElement>('dialog input')!.focus();
  }

  #pick(image: OtImageRef | undefined, target = this.picking?.target): void {
    if (!target) return;
    this.#edit(() => (target.image = image));
    this.dialog.close();
  }

  #onPickerClose(): void {
    this.picking?.button.focus();
    this.picking = undefined;
  }

  /** The own-media handlers the step editor and the picker share. */
  get #media(): MediaHost {
    const target = this.picking?.target;
    return mediaHandlers({
      t: this.#t,
      problem: this.mediaProblem,
      recorder: this.#recorder,
      setProblem: (problem) => (this.mediaProblem = problem),
      edit: (change) => this.#edit(change),
      // The picture is for what the picker was open for when the file was picked, even if it has closed since.
      usePicture: (image) => target && this.#pick(image, target),
    });
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
    if (!pages.ok || !this.fragment) return undefined;
    const page = this.settings.kind === 'first-then' ? 'first-then.html' : 'schedule.html';
    return new URL(page, pages.url).href + this.fragment;
  }

  get #snippet(): string {
    const title = `${this.#t('frameTitle')}: ${this.settings.heading}`;
    return snippetOf(this.#link ?? '', title, this.settings, this.preview?.steps.length ?? 0);
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
    const media = this.#media;
    const settingsHost: SettingsHost = {
      t,
      settings: this.settings,
      edit: (change) => this.#edit(change),
      reopen: (link) => this.#reopen(link),
    };
    const stepsHost: StepsHost = {
      ...media,
      drafts: this.drafts,
      edit: (change) => this.#edit(change),
      openPicker: (target, e) => this.#openPicker(target, e),
      move: (index, by) => this.#move(index, by),
      remove: (index) => this.#remove(index),
      add: () => this.#add(),
    };
    return html`<div part="base">
      <header>
        <h1>${t('heading')}</h1>
        <p>${t('intro')}</p>
      </header>
      <p part="warning" role="note"><strong>${t('warningTitle')}</strong> ${t('warning')}</p>
      <form @submit=${(e: Event) => e.preventDefault()}>
        ${this.#keeper.render(t)} ${renderSettings(settingsHost)} ${renderSteps(stepsHost)}
      </form>
      <div>
        <section aria-labelledby="preview-h">
          <h2 id="preview-h">${t('preview')}</h2>
          ${this.#renderPreview()}
        </section>
        <section aria-labelledby="embed-h">
          <h2 id="embed-h">${t('embed')}</h2>
          ${renderEmbed({
            t,
            base: this.base ?? location.href.replace(/#.*$/, ''),
            pages: this.#pages,
            link: this.#link,
            snippet: this.#snippet,
            size: this.fragment.length,
            problem: this.problem ? this.renderError(this.problem, t('fixFirst')) : nothing,
            linkMedia: this.linkMedia,
            setBase: (address) => {
              this.base = address;
              this.status = '';
            },
            copy: (text, field) => void this.#copy(text, field),
          })}
          <p role="status">${this.status}</p>
        </section>
      </div>
      ${renderPicker(this.#pickerHost(media))} ${this.#announcer.renderRegion()}
    </div>`;
  }

  #pickerHost(media: MediaHost): PickerHost {
    return {
      ...media,
      lang: this.locale.lang,
      locale: this.locale.locale,
      search: this.search,
      current: this.picking?.target.image,
      setSearch: (text) => (this.search = text),
      pick: (image) => this.#pick(image),
      closed: () => this.#onPickerClose(),
      close: () => this.dialog.close(),
    };
  }

  #renderPreview(): TemplateResult | typeof nothing {
    const { preview, settings } = this;
    if (!preview) return nothing;
    return html`<div part="preview" lang=${settings.language}>
      <ot-visual-schedule
        .steps=${preview.steps}
        heading=${preview.title}
        kind=${preview.kind}
        layout=${settings.layout}
        show=${settings.show}
        view=${settings.view}
        ?check-only=${settings.checkOnly}
      ></ot-visual-schedule>
    </div>`;
  }
}
