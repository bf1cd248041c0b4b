import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  OT_SERVICE_DELIVERY_MODELS,
  OT_SERVICE_SETTINGS,
  creditedDate,
  getRecord,
  listRecords,
  localDateOf,
  optional,
  picklist,
  serviceFigures,
  servicePeriodOf,
  systemClock,
  type OtClock,
  type OtError,
  type OtIepService,
  type OtServiceDeliveryModel,
  type OtServiceLogEntry,
  type OtServiceSetting,
  type OtState,
  type OtStore,
} from '@otkit/sdk';
import { AnnounceController } from '../controllers/announce-controller.js';
import { StoreController } from '../controllers/store-controller.js';
import { OtServiceLogChangeEvent } from '../events/ot-service-log-change.js';
import { OtServiceLogEvent, type OtServiceLogDetail } from '../events/ot-service-log.js';
import { check } from '../internal/checked-properties.js';
import { OtElement } from '../internal/ot-element.js';
import { controlStyles } from '../styles/base.styles.js';
import type * as LogCommands from './log-commands.js';
import { EntryEditDraft } from './entry-edit-draft.js';
import { LogForm, renderLogForm } from './log-form.js';
import { renderDetail } from './service-minutes.detail.js';
import { serviceMinutesMessages } from './service-minutes.messages.js';
import { serviceMinutesStyles } from './service-minutes.styles.js';
import {
  caseloadItems,
  paceWords,
  paintBars,
  renderBar,
  renderOptions,
  studentLabel,
  type CaseloadItem,
} from './service-minutes.templates.js';

/** The log's commands, loaded the first time the element changes the log (see log-commands.ts). */
const loadLogCommands = () => import('./log-commands.js');

/** A student as the page names them: an id (the services' `clientId`) and a pseudonymous label. */
export interface OtServiceStudent {
  readonly id: string;
  readonly alias: string;
}

type Slice = readonly [OtState['iepServices'], OtState['serviceLogs'], OtState['clients'], OtState['goals']];

/**
 * A school OT's caseload of IEP service minutes, phone- and tablet-first: each student (a pseudonymous label)
 * with this period's minutes as a bar (provided, missed, remaining) and a "behind by N minutes" cue, sorted by
 * who is furthest behind; one-tap logging of a session for one or several students (minutes from the mandate,
 * setting, delivery model, a note tied to an IEP goal) or of a missed session with its reason; and a student's
 * detail with the period's entries, the minute math in words and the make-ups owed, which prints as a report.
 * The math and the rules are the SDK's (`caseloadMinutes`, `logServiceSession`, …).
 *
 * Data comes from the `services`, `entries` and `students` properties (the element then works on its own copy
 * and reports every change with `ot-service-log-change`), or, inside `<ot-provider>`, from the store.
 *
 * @summary IEP service minutes: caseload, one-tap logging, make-ups and the minute math.
 * @csspart base - The wrapper.
 * @csspart heading - The title.
 * @csspart filters - The delivery-model and setting filters.
 * @csspart caseload - The list of students.
 * @csspart student - One student's service (a list item).
 * @csspart pick - The checkbox that picks a student for logging.
 * @csspart open - The button that opens a student's detail.
 * @csspart bar - The minutes bar (role img, its name says the figures).
 * @csspart bar-provided - Minutes provided.
 * @csspart bar-missed - Minutes missed and not made up.
 * @csspart bar-remaining - Minutes remaining.
 * @csspart pace - "Behind by N minutes", "On track", …
 * @csspart empty - The message shown when no service is shown.
 * @csspart log-form - The logging form.
 * @csspart date-input - The session's date.
 * @csspart minutes-input - Minutes per student (the mandate's minutes by default).
 * @csspart setting-input - Where the session took place.
 * @csspart model-input - How the session was delivered.
 * @csspart note-input - The note (tied to the goal picked, when the student has goals in the store).
 * @csspart log-button - Logs a session for the picked students.
 * @csspart reason-input - Why a session was missed.
 * @csspart miss-button - Logs a missed session for the picked students.
 * @csspart detail - A student's detail (what prints).
 * @csspart period - The dates of the period shown.
 * @csspart math - The minute math in words.
 * @csspart entries - The period's entries.
 * @csspart entry - One entry.
 * @csspart voided - A voided entry (with `entry`).
 * @csspart back - Closes the detail.
 * @csspart print - Prints the student's report.
 * @csspart error - The readable error state.
 * @csspart announcer - The polite live region.
 * @cssprop [--ot-service-minutes-provided-color=var(--ot-color-success)] - The bar's provided minutes.
 * @cssprop [--ot-service-minutes-missed-color=var(--ot-color-warning)] - The bar's missed minutes.
 * @fires {OtServiceLogEvent} ot-service-log - Cancelable: someone logs a session or a missed one, edits or voids an entry.
 * @fires {OtServiceLogChangeEvent} ot-service-log-change - After the log changed (and, connected, was stored).
 * @fires {OtErrorEvent} ot-error - Bad data, a bad attribute value, or a refused log entry; `detail.error` names every problem.
 * @example
 * <ot-provider><ot-service-minutes time-zone="America/Chicago"></ot-service-minutes></ot-provider>
 */
export class OtServiceMinutes extends OtElement {
  static override styles = [...(OtElement.styles as []), controlStyles, serviceMinutesStyles];
  static override checkedProperties = {
    model: check(optional(picklist(OT_SERVICE_DELIVERY_MODELS))),
    setting: check(optional(picklist(OT_SERVICE_SETTINGS))),
  };

  readonly #t = this.translator(serviceMinutesMessages);
  readonly #announcer = new AnnounceController(this);
  readonly #data = new StoreController<Slice>(this, {
    select: (s) => [s.iepServices, s.serviceLogs, s.clients, s.goals],
    equals: (a, b) => a.every((table, i) => table === b[i]),
    externalCollections: ['clients'],
    clock: () => this.clock,
  });
  readonly #form = new LogForm(this);
  readonly #entryEditDraft = new EntryEditDraft(this, (minutes) => (this.editMinutes = minutes));

  @state() private dataError: OtError | undefined;
  /** The last refused log entry, shown by the form (what was typed stays). */
  @state() private logError: OtError | undefined;
  @state() private editingId: string | undefined;
  @state() private editMinutes = '';

  /** IEP services set by the page; with `entries` and `students` they win over the store. */
  @property({ attribute: false }) services: readonly unknown[] | undefined;
  /** Service-log entries set by the page. */
  @property({ attribute: false }) entries: readonly unknown[] | undefined;
  /** Students set by the page: `{ id, alias }`, the id being the services' `clientId`. */
  @property({ attribute: false }) students: readonly OtServiceStudent[] | undefined;
  /** Title shown at the top; default: the element's name in the page's language. */
  @property() heading: string | undefined;
  /** Shows only services of this delivery model (`consultation`, `push-in`, `small-group`, `individual`). */
  @property() model: OtServiceDeliveryModel | undefined;
  /** Shows only services delivered in this setting. */
  @property() setting: OtServiceSetting | undefined;
  /** The services picked for logging (ids); one tap on a student's checkbox adds or removes one. */
  @property({ attribute: false }) selected: readonly string[] = [];
  /** The service whose detail is open, or empty for the caseload. */
  @property({ attribute: 'open-service', reflect: true }) openService = '';
  /** Today's local date (`YYYY-MM-DD`); default: the clock's date in `time-zone`. */
  @property() today: string | undefined;
  /** The time zone of local dates (an IANA name); default: the browser's. */
  @property({ attribute: 'time-zone' }) timeZone: string = Intl.DateTimeFormat().resolvedOptions().timeZone;
  /** The time source (tests and stories pass a manual clock). */
  @property({ attribute: false }) clock: OtClock | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('services') && !changed.has('entries') && !changed.has('students')) return;
    if (this.services === undefined && this.entries === undefined && this.students === undefined) {
      this.#data.unseed();
      this.dataError = undefined;
      return;
    }
    const records = {
      clients: this.students,
      iepServices: this.services ?? [],
      serviceLogs: this.entries ?? [],
    };
    const names = { clients: 'students', iepServices: 'services', serviceLogs: 'entries' };
    this.#data
      .seed(records, { subject: 'properties "services", "entries", "students"', names })
      .then(() => (this.dataError = undefined))
      .catch((error: unknown) => (this.dataError = this.reportError(error)));
  }

  protected override updated(): void {
    paintBars(this.renderRoot);
  }

  /** Today's local date: `today`, else the clock's date in `time-zone`. */
  get todayDate(): string {
    return this.today || localDateOf((this.clock ?? systemClock).now(), this.timeZone);
  }

  /** The caseload as shown: each student's service with this period's figures, furthest behind first. */
  get caseload(): CaseloadItem[] {
    const state = this.#data.state;
    return state ? caseloadItems(state, { today: this.todayDate, model: this.model, setting: this.setting }) : [];
  }

  /** The store the element works on (the page's copy, the provider's, or its own). */
  get store(): OtStore | undefined {
    return this.#data.store;
  }

  /**
   * Runs one change of the log: the cancelable `ot-service-log` first, then the SDK command on the store in use,
   * then `ot-service-log-change`. A refused change shows its error by the form; nothing typed is lost.
   */
  async run(
    detail: OtServiceLogDetail,
    write: (store: OtStore, commands: typeof LogCommands) => Promise<OtServiceLogEntry[]>,
  ): Promise<boolean> {
    if (!this.emit(new OtServiceLogEvent(detail))) return false;
    try {
      const [store, commands] = await Promise.all([this.#data.loadedStore(), loadLogCommands()]);
      const entries = await write(store, commands);
      this.logError = undefined;
      const log = listRecords(store.getState(), 'serviceLogs');
      this.emit(new OtServiceLogChangeEvent({ action: detail.action, entries, log }));
      const notice = { provided: 'logged', missed: 'loggedMissed', edit: 'edited', void: 'voidedNotice' } as const;
      this.#announcer.announce(
        detail.action === 'provided' ? this.#t('logged', { n: entries.length }) : this.#t(notice[detail.action]),
      );
      return true;
    } catch (error) {
      this.logError = this.reportError(error);
      return false;
    }
  }

  /** Logs a session for the picked services with what the form holds. */
  logSession(): Promise<boolean> {
    const input = { date: this.todayDate, ...this.#form.sessionInput(), serviceIds: [...this.selected] };
    return this.#form.sent(
      this.run({ action: 'provided', ...input }, (store, commands) => commands.logServiceSession(store, input)),
    );
  }

  /** Logs a missed session for the picked services, with the form's reason. */
  logMissed(): Promise<boolean> {
    const input = { date: this.todayDate, ...this.#form.missedInput(), serviceIds: [...this.selected] };
    return this.#form.sent(
      this.run({ action: 'missed', ...input }, (store, commands) => commands.logMissedSession(store, input)),
    );
  }

  #togglePick(serviceId: string, picked: boolean): void {
    this.selected = picked ? [...this.selected, serviceId] : this.selected.filter((id) => id !== serviceId);
  }

  #open(serviceId: string): void {
    this.openService = serviceId;
    void this.focusAfterUpdate('[part~="detail"] h3');
  }

  #close(): void {
    const id = this.openService;
    this.openService = '';
    void this.focusAfterUpdate(`[part~="open"][data-service="${CSS.escape(id)}"]`);
  }

  async #saveEdit(entry: OtServiceLogEntry): Promise<void> {
    const changes = { minutes: this.editMinutes === '' ? Number.NaN : Number(this.editMinutes) };
    const ok = await this.run(
      { action: 'edit', serviceIds: [entry.serviceId], entry, changes },
      async (store, commands) => [await commands.editServiceEntry(store, { entryId: entry.id, changes })],
    );
    if (!ok) return;
    this.editingId = undefined;
    this.#entryEditDraft.closed();
  }

  #void(entry: OtServiceLogEntry): void {
    void this.run({ action: 'void', serviceIds: [entry.serviceId], entry }, async (store, commands) => [
      await commands.voidServiceEntry(store, { entryId: entry.id }),
    ]);
  }

  override render(): TemplateResult {
    const t = this.#t;
    const content = this.#data.draw((state) => {
      const open = this.openService ? getRecord(state, 'iepServices', this.openService) : undefined;
      return open ? this.#renderDetail(state, open) : this.#renderCaseload(state);
    });
    return html`
      <section part="base" aria-labelledby="heading">
        <h2 part="heading" id="heading">${this.heading || t('title')}</h2>
        ${this.attributeError ? this.renderError(this.attributeError) : nothing}
        ${this.dataError ? this.renderError(this.dataError) : nothing} ${content ?? html`<p>${t('loading')}</p>`}
        ${this.#announcer.renderRegion()}
      </section>
    `;
  }

  #renderCaseload(state: OtState): TemplateResult {
    const t = this.#t;
    const items = this.caseload;
    const picked = new Set(this.selected);
    const goals = listRecords(state, 'goals').filter((g) =>
      this.selected.some((id) => getRecord(state, 'iepServices', id)?.clientId === g.clientId),
    );
    return html`
      <div part="filters" role="group" aria-label=${t('filters')}>
        <label
          >${t('modelFilter')}
          <select
            class="field"
            @change=${(e: Event) => (this.model = ((e.target as HTMLSelectElement).value || undefined) as OtServiceDeliveryModel)}
          >
            ${renderOptions(OT_SERVICE_DELIVERY_MODELS, this.model ?? '', (m) => t(`model-${m as OtServiceDeliveryModel}`), t('allModels'))}
          </select></label
        >
        <label
          >${t('settingFilter')}
          <select
            class="field"
            @change=${(e: Event) => (this.setting = ((e.target as HTMLSelectElement).value || undefined) as OtServiceSetting)}
          >
            ${renderOptions(OT_SERVICE_SETTINGS, this.setting ?? '', (s) => t(`setting-${s as OtServiceSetting}`), t('allSettings'))}
          </select></label
        >
      </div>
      ${
        items.length === 0
          ? html`<p part="empty">${t('empty')}</p>`
          : html`<ul part="caseload" aria-label=${t('caseload')}>
              ${items.map((item) => this.#renderStudent(item, picked.has(item.service.id)))}
            </ul>`
      }
      ${renderLogForm(this.#form, {
        t,
        picked: this.selected.length,
        defaultMinutes: this.#defaultMinutes(state),
        today: this.todayDate,
        goals,
        error: this.logError ? this.renderError(this.logError) : undefined,
        logSession: () => void this.logSession(),
        logMissed: () => void this.logMissed(),
      })}
    `;
  }

  #renderStudent(item: CaseloadItem, picked: boolean): TemplateResult {
    const t = this.#t;
    const id = item.service.id;
    return html`<li part="student" data-pace=${item.figures.pace.status}>
      <label class="pick">
        <input
          part="pick"
          type="checkbox"
          .checked=${picked}
          aria-label=${t('pick', { label: item.label })}
          @change=${(e: Event) => this.#togglePick(id, (e.target as HTMLInputElement).checked)}
        />
        <span class="name">${item.label}</span>
      </label>
      <span class="model">${t(`model-${item.service.model}`)}</span>
      ${renderBar(item.figures, t)}
      <span part="pace">${paceWords(item, t)}</span>
      <button
        part="open"
        class="btn"
        data-service=${id}
        aria-label=${`${t('open')}: ${item.label}`}
        @click=${() => this.#open(id)}
      >
        ${t('open')}
      </button>
    </li>`;
  }

  #defaultMinutes(state: OtState): number | undefined {
    const lengths = new Set(this.selected.map((id) => getRecord(state, 'iepServices', id)?.minutesPerSession));
    return lengths.size === 1 ? [...lengths][0] : undefined;
  }

  #renderDetail(state: OtState, service: OtIepService): TemplateResult {
    const period = servicePeriodOf(service, this.todayDate);
    const log = listRecords(state, 'serviceLogs');
    return renderDetail({
      t: this.#t,
      title: `${studentLabel(state, service)} · ${this.#t(`model-${service.model}`)}`,
      period,
      figures: serviceFigures(service, log, period, { today: this.todayDate }),
      entries: log.filter(
        (e) => e.serviceId === service.id && creditedDate(e) >= period.from && creditedDate(e) <= period.to,
      ),
      error: this.logError ? this.renderError(this.logError) : undefined,
      editingId: this.editingId,
      editMinutes: this.editMinutes,
      edit: (entry) => {
        this.editingId = entry.id;
        this.editMinutes = String(entry.minutes);
        this.#entryEditDraft.opened(entry.id, this.editMinutes);
      },
      editInput: (value) => {
        this.editMinutes = value;
        this.#entryEditDraft.typed();
      },
      save: (entry) => void this.#saveEdit(entry),
      cancel: () => {
        this.editingId = undefined;
        this.#entryEditDraft.closed();
      },
      void: (entry) => this.#void(entry),
      back: () => this.#close(),
    });
  }
}
