import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  OT_HOME_LIBRARY_LANGUAGES,
  addHomeActivity,
  changeHomeActivity,
  createHomeProgram,
  getRecord,
  homeLibraryEntry,
  listRecords,
  localDate,
  logPractice,
  notePractice,
  picklist,
  practiceAdherence,
  practiceWeekStrip,
  removeHomeActivity,
  string,
  unlogPractice,
  type OtError,
  type OtHomeActivity,
  type OtHomeActivityChanges,
  type OtHomeLibraryLanguage,
  type OtHomeProgram as OtHomeProgramRecord,
  type OtPracticeLogEntry,
  type OtState,
} from '@otkit/sdk';
import { AnnounceController } from '../controllers/announce-controller.js';
import { StoreController } from '../controllers/store-controller.js';
import {
  OtPracticeChangeEvent,
  OtPracticeLogEvent,
  OtProgramChangeEvent,
  type OtPracticeAction,
  type OtProgramAction,
} from '../events/ot-home-program.js';
import { commonMessages } from '../i18n/common.messages.js';
import { check } from '../internal/checked-properties.js';
import { OtElement } from '../internal/ot-element.js';
import { controlStyles } from '../styles/base.styles.js';
import { HomeDraftsController, homeDraftField } from './home-program.drafts.js';
import { homeProgramMessages } from './home-program.messages.js';
import { homeProgramStyles } from './home-program.styles.js';
import { HomeShareController } from './home-program.share.js';
import { renderBuilder, renderFamily } from './home-program.templates.js';

/** Views of `<ot-home-program>`: the family's (log practice) or the therapist's (build the program). */
export const OT_HOME_PROGRAM_VIEWS = ['family', 'therapist'] as const;
/** A view of `<ot-home-program>`. */
export type OtHomeProgramView = (typeof OT_HOME_PROGRAM_VIEWS)[number];

type Slice = readonly [OtState['homePrograms'], OtState['practiceLogs']];

/**
 * The session's home plan: one or two small practice ideas the family takes home. In the therapist view the
 * program is built in under a minute from a library of common activities (heavy work, animal walks, putty,
 * calm breathing, a morning-routine checklist …), reordered, and given how often, how long and when. In the
 * family view (phone-first) each activity shows its picture and words and one big button logs today's
 * practice; how it went and a note are optional, and a week strip shows what was done.
 *
 * Standalone, the page gives `program` (and `log`) and hears `ot-program-change` / `ot-practice-change`; inside
 * `<ot-provider>` it reads and writes the store (`program-id`, or the newest program of `client-id`), so a
 * family's log stays on the device (IndexedDB) and syncs where the host syncs.
 *
 * Keyboard: every control is a native button, field or summary, in reading order.
 *
 * @tagname ot-home-program
 * @summary Home program: build 1–2 practice ideas, and log practice at home with one tap.
 * @csspart base - The wrapper of everything.
 * @csspart heading - The title.
 * @csspart builder - The therapist's builder.
 * @csspart activities - The list of activities.
 * @csspart activity - One activity.
 * @csspart picture - The picture of an activity or library entry.
 * @csspart library - The activity library (therapist view).
 * @csspart library-item - One library entry's add button.
 * @csspart full - The note that two activities are chosen.
 * @csspart safety - What to watch for.
 * @csspart count - How many practices were logged today.
 * @csspart log-button - The one-tap button that logs today's practice.
 * @csspart rating - How it went (hard, okay, good).
 * @csspart note - The optional note.
 * @csspart week - The week section.
 * @csspart week-strip - The last seven days.
 * @csspart day - One day of the strip; also `today`.
 * @csspart today - Today in the strip.
 * @csspart share - The therapist's box to copy the family link and import the log they send back.
 * @csspart import-result - What the last import did ("3 new entries, 2 already here") or why it failed.
 * @csspart error - The error state.
 * @csspart announcer - The live region.
 * @cssprop [--ot-home-program-gap=var(--ot-space-m)] - Space between the parts.
 * @fires {OtProgramChangeEvent} ot-program-change - The therapist added, removed, moved or changed an activity.
 * @fires {OtPracticeLogEvent} ot-practice-log - Cancelable: someone asked to log, take back or describe practice.
 * @fires {OtPracticeChangeEvent} ot-practice-change - The practice log changed by a person's action.
 * @fires {OtErrorEvent} ot-error - Bad `program` or `log` data, a bad attribute value, or a change the store refused.
 * @example
 * <ot-home-program view="family"></ot-home-program>
 * <script type="module">
 *   document.querySelector('ot-home-program').program = await decodeHomeProgramFragment(location.hash).then((l) => l.program);
 * </script>
 */
export class OtHomeProgram extends OtElement {
  static override styles = [...(OtElement.styles as []), controlStyles, homeProgramStyles];
  static override checkedProperties = {
    view: check(picklist(OT_HOME_PROGRAM_VIEWS), 'family'),
    today: check(string({ pattern: /^(\d{4}-\d{2}-\d{2})?$/, patternLabel: 'a date written YYYY-MM-DD' }), ''),
  };

  readonly #t = this.translator(homeProgramMessages);
  readonly #announcer = new AnnounceController(this);
  readonly #share = new HomeShareController(this);
  readonly #data = new StoreController<Slice>(this, {
    select: (s) => [s.homePrograms, s.practiceLogs] as const,
    equals: (a, b) => a[0] === b[0] && a[1] === b[1],
    externalCollections: ['clients', 'sessionRecords'],
  });
  readonly #drafts = new HomeDraftsController(this, {
    root: () => this.renderRoot,
    store: () => (this.#data.state ? this.#data.store : undefined),
    programId: () => this.#program?.id ?? '',
    saved: (field) => this.#saved(field),
  });

  @state() private dataError: OtError | undefined;
  @state() private saveError: OtError | undefined;

  /** `family` (default: log practice) or `therapist` (build the program). */
  @property({ reflect: true }) view: OtHomeProgramView = 'family';
  /** The program to show. Set by the page, it wins over the store; bad data shows an error. */
  @property({ attribute: false }) program: OtHomeProgramRecord | undefined;
  /** The practice log of `program` (standalone). */
  @property({ attribute: false }) log: readonly OtPracticeLogEntry[] | undefined;
  /** Inside `<ot-provider>`: the stored program to show. */
  @property({ attribute: 'program-id' }) programId = '';
  /** Inside `<ot-provider>`: the client whose newest program is shown, and whom a new program is for. */
  @property({ attribute: 'client-id' }) clientId = '';
  /** The session whose "Home plan" phase makes a new program. */
  @property({ attribute: 'session-id' }) sessionId = '';
  /** Today (`YYYY-MM-DD`); the device's local day by default. */
  @property() today = '';
  /** The address of the family page (`home.html` of `@otkit/embed`) the copied link opens; no link without it. */
  @property({ attribute: 'home-page' }) homePage = '';
  /** Title shown at the top; the program's title by default. */
  @property() heading: string | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('program') || changed.has('log')) {
      this.dataError = undefined;
      if (!this.program) this.#data.unseed();
      else
        this.#data
          .seed({ homePrograms: [this.program], practiceLogs: [...(this.log ?? [])] })
          .catch((error: unknown) => (this.dataError = this.reportError(error)));
    }
  }

  get #day(): string {
    return this.today || localDate(Date.now());
  }

  get #language(): OtHomeLibraryLanguage {
    const lang = this.locale.lang;
    return (OT_HOME_LIBRARY_LANGUAGES as readonly string[]).includes(lang) ? (lang as OtHomeLibraryLanguage) : 'en';
  }

  /** The program shown: the page's, else `program-id`, else the newest of `client-id` (or of the store). */
  get #program(): OtHomeProgramRecord | undefined {
    const state = this.#data.state;
    if (!state) return undefined;
    const id = this.program?.id ?? this.programId;
    if (id) return getRecord(state, 'homePrograms', id);
    return listRecords(state, 'homePrograms')
      .filter((program) => !this.clientId || program.clientId === this.clientId)
      .sort((a, b) => a.createdAt - b.createdAt)
      .pop();
  }

  #logOf(program: OtHomeProgramRecord): OtPracticeLogEntry[] {
    const state = this.#data.state;
    if (!state) return [];
    return listRecords(state, 'practiceLogs')
      .filter((entry) => entry.homeProgramId === program.id)
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.createdAt - b.createdAt));
  }

  /** Runs a store change; a refusal shows an error and changes nothing. */
  async #run<T>(change: () => Promise<T>): Promise<T | undefined> {
    this.saveError = undefined;
    try {
      return await change();
    } catch (error) {
      this.saveError = this.reportError(error);
      return undefined;
    }
  }

  async #changeProgram(
    action: OtProgramAction,
    name: string,
    write: (store: Awaited<ReturnType<StoreController<Slice>['loadedStore']>>) => Promise<OtHomeProgramRecord>,
  ) {
    const program = await this.#run(async () => write(await this.#data.loadedStore()));
    if (!program) return undefined;
    if (!this.program && !this.programId) this.programId = program.id;
    if (this.program) this.program = program;
    const position = program.activities.findIndex((activity) => activity.name === name) + 1;
    const words = {
      add: () => this.#t('added', { name }),
      remove: () => this.#t('removed', { name }),
      move: () => this.#t('moved', { name, position }),
    } as const;
    // A changed field says itself; the other changes are announced.
    if (action !== 'change') this.#announcer.announce(words[action]());
    this.emit(new OtProgramChangeEvent({ action, program }));
    return program;
  }

  #add(libraryId: string): void {
    const current = this.#program;
    const name = homeLibraryEntry(libraryId)!.words[this.#language].name;
    void this.#changeProgram('add', name, async (store) =>
      current
        ? addHomeActivity(store, { homeProgramId: current.id, activity: { libraryId }, language: this.#language })
        : createHomeProgram(store, {
            activities: [{ libraryId }],
            language: this.#language,
            ...(this.clientId && { clientId: this.clientId }),
            ...(this.sessionId && { sessionId: this.sessionId }),
          }),
    );
  }

  #remove(activity: OtHomeActivity): void {
    const current = this.#program!;
    if (current.activities.length === 1) return void this.#announcer.announce(this.#t('pickOne'));
    const removing = this.#changeProgram('remove', activity.name, (store) =>
      removeHomeActivity(store, { homeProgramId: current.id, activityId: activity.id }),
    );
    void removing.then(() => this.focusAfterUpdate('[part~="library-item"]:not([disabled])'));
  }

  #move(activity: OtHomeActivity, by: -1 | 1): void {
    const current = this.#program!;
    const toIndex = current.activities.indexOf(activity) + by;
    const card = `[data-activity="${activity.id}"]`;
    void this.#changeProgram('move', activity.name, (store) =>
      changeHomeActivity(store, { homeProgramId: current.id, activityId: activity.id, toIndex }),
    ).then(async () => {
      await this.updateComplete;
      // The focus follows the moved card: the same button, or the other one when that end is reached.
      const same = this.renderRoot.querySelector<HTMLButtonElement>(`${card} [data-move="${by < 0 ? 'up' : 'down'}"]`);
      return this.focusAfterUpdate(same && !same.disabled ? same : `${card} [data-move]:not([disabled])`);
    });
  }

  #change(activity: OtHomeActivity, field: string, value: string): void {
    const current = this.#program!;
    const typed =
      field === 'minutes' || field === 'timesPerPeriod'
        ? Number(value)
        : field === 'when' && !value.trim()
          ? undefined
          : value;
    void this.#changeProgram('change', activity.name, (store) =>
      changeHomeActivity(store, {
        homeProgramId: current.id,
        activityId: activity.id,
        changes: { [field]: typed } as OtHomeActivityChanges,
      }),
    ).then((saved) => saved && this.#drafts.sent(homeDraftField(field, activity.id)));
  }

  /** What a typed field shows when nothing is typed into it: its stored value. */
  #saved(field: string): string {
    const [name, id] = field.split(':') as [string, string | undefined];
    const program = this.#program;
    const activity = program?.activities.find((a) => a.id === id);
    if (activity) return String(activity[name as 'minutes' | 'timesPerPeriod' | 'when'] ?? '');
    const entry = program && this.#logOf(program).find((e) => e.id === id);
    return entry?.[name as 'helped' | 'note'] ?? '';
  }

  async #practice(
    action: OtPracticeAction,
    activity: OtHomeActivity,
    write: (
      store: Awaited<ReturnType<StoreController<Slice>['loadedStore']>>,
    ) => Promise<OtPracticeLogEntry | undefined>,
  ) {
    const program = this.#program!;
    const date = this.#day;
    if (!this.emit(new OtPracticeLogEvent({ action, activityId: activity.id, date }))) return false;
    const store = await this.#data.loadedStore();
    const done = await this.#run(async () => ({ entry: await write(store) }));
    if (!done) return false;
    const log = this.#logOf(program);
    if (this.program) this.log = log;
    this.#announcer.announce(
      action === 'log'
        ? this.#t('logged', { name: activity.name })
        : action === 'undo'
          ? this.#t('undone', { name: activity.name })
          : this.#t('noteSaved'),
    );
    this.emit(new OtPracticeChangeEvent({ action, activityId: activity.id, date, entry: done.entry, log }));
    return true;
  }

  #plannedToday(activity: OtHomeActivity, weekDone: number): number {
    return activity.period === 'day' ? activity.timesPerPeriod : Math.max(1, activity.timesPerPeriod - weekDone);
  }

  override render(): TemplateResult {
    const program = this.#program;
    const loading = !this.#data.state;
    const title = this.heading || program?.title || this.#t('title');
    return html`<section part="base" aria-labelledby="heading" @input=${(e: Event) => this.#drafts.typed(e)}>
      <h2 part="heading" id="heading">${title}</h2>
      ${[this.dataError, this.attributeError, this.saveError].map((error) => (error ? this.renderError(error) : nothing))}
      ${loading ? html`<p>${this.locale.t(commonMessages, 'loading')}</p>` : this.view === 'therapist' ? this.#renderBuilder(program) : program ? this.#renderFamily(program) : html`<p>${this.#t('empty')}</p>`}
      ${this.#announcer.renderRegion()}
    </section>`;
  }

  #renderBuilder(program: OtHomeProgramRecord | undefined): TemplateResult {
    const share =
      program &&
      this.#share.render({
        t: this.#t,
        program,
        homePage: this.homePage,
        store: () => this.#data.loadedStore(),
        // Standalone, the page's log follows what was imported (its status line says how much).
        imported: () => {
          if (this.program) this.log = this.#logOf(program);
          void this.#drafts.sent('code');
        },
      });
    return html`${this.#builder(program)} ${share ?? nothing}`;
  }

  #builder(program: OtHomeProgramRecord | undefined): TemplateResult {
    return renderBuilder({
      t: this.#t,
      language: this.#language,
      activities: program?.activities ?? [],
      onAdd: (libraryId) => this.#add(libraryId),
      onRemove: (activity) => this.#remove(activity),
      onMove: (activity, by) => this.#move(activity, by),
      onChange: (activity, field, value) => this.#change(activity, field, value),
    });
  }

  #renderFamily(program: OtHomeProgramRecord): TemplateResult {
    const log = this.#logOf(program);
    const today = this.#day;
    const weeks = program.startDate <= today ? practiceAdherence(program, log, { today }) : [];
    const week = weeks[weeks.length - 1];
    return renderFamily({
      t: this.#t,
      locale: this.locale.lang,
      activities: program.activities,
      days: practiceWeekStrip(program, log, { today }),
      week: { done: week?.done ?? 0, planned: week?.planned ?? 0 },
      plannedToday: (activity) =>
        this.#plannedToday(activity, week?.activities.find((a) => a.activityId === activity.id)?.done ?? 0),
      onLog: (activity) =>
        void this.#practice('log', activity, (store) =>
          logPractice(store, { homeProgramId: program.id, activityId: activity.id, date: today }),
        ),
      onUndo: (activity, entry) =>
        void this.#practice('undo', activity, async (store) => {
          await unlogPractice(store, { id: entry.id });
          return undefined;
        }),
      onNote: async (entry, changes) => {
        const activity = program.activities.find((a) => a.id === entry.activityId)!;
        const saved = await this.#practice('note', activity, (store) =>
          notePractice(store, { id: entry.id, ...changes }),
        );
        if (saved) await this.#drafts.sent(...Object.keys(changes).map((name) => homeDraftField(name, entry.id)));
      },
    });
  }
}
