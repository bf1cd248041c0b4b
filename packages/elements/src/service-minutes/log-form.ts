import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import {
  OT_SERVICE_DELIVERY_MODELS,
  OT_SERVICE_MISS_REASONS,
  OT_SERVICE_SETTINGS,
  draftKey,
  type OtGoal,
  type OtStore,
  type OtServiceDeliveryModel,
  type OtServiceMissReason,
  type OtServiceSetting,
} from '@otkit/sdk';
import { DraftController } from '../controllers/draft-controller.js';
import { renderOptions, type ServiceMinutesT } from './service-minutes.templates.js';

/** The typed fields of the form, kept as drafts (each is drawn with the part `<field>-input`). */
const TYPED = ['minutes', 'date', 'note'] as const;
type TypedField = (typeof TYPED)[number];

/** The element, as the form's drafts see it. */
type FormHost = ReactiveControllerHost & { readonly renderRoot: ParentNode; readonly store: OtStore | undefined };

/**
 * What the logging form holds between taps: kept when a log entry is refused (nothing typed is lost), the note
 * cleared once a session is logged. Empty minutes or date mean the defaults (the mandate's minutes, today).
 * What is typed and not logged yet (minutes, date, note) is kept as drafts (the SDK's drafts: on this device
 * only, never synced or exported), so a reload puts it back.
 */
export class LogForm {
  readonly #host: ReactiveControllerHost;
  readonly #drafts: DraftController;
  minutes = '';
  date = '';
  setting: OtServiceSetting | '' = '';
  model: OtServiceDeliveryModel | '' = '';
  goalId = '';
  note = '';
  reason: OtServiceMissReason = 'student-absent';

  constructor(host: FormHost) {
    this.#host = host;
    this.#drafts = new DraftController(host, {
      store: () => (host.store?.status === 'ready' ? host.store : undefined),
      key: (field) => draftKey('ot-service-minutes', field),
      input: (field) => host.renderRoot.querySelector(`[part~="${field}-input"]`),
      // The minutes and date fields show the defaults until something is typed.
      untouched: (field) => this[field as TypedField] === '',
      restored: (field) =>
        this.set(
          field as TypedField,
          host.renderRoot.querySelector<HTMLInputElement>(`[part~="${field}-input"]`)!.value,
        ),
    });
    this.#drafts.watch(...TYPED);
  }

  /** Sets one field and re-renders. */
  set<K extends 'minutes' | 'date' | 'setting' | 'model' | 'goalId' | 'note' | 'reason'>(key: K, value: this[K]): void {
    this[key] = value;
    this.#host.requestUpdate();
  }

  /** Something was typed into a field: its text is kept as a draft once typing pauses. */
  type(key: TypedField, value: string): void {
    this.set(key, value);
    this.#drafts.input(key);
  }

  /**
   * Waits for a log entry: once it is stored, the note is cleared (it belonged to that session) and the
   * drafts go. Resolves with whether it was stored.
   */
  async sent(logged: Promise<boolean>): Promise<boolean> {
    if (!(await logged)) return false;
    this.set('note', '');
    await Promise.all(TYPED.map((field) => this.#drafts.sent(field)));
    return true;
  }

  #minutes(): number | undefined {
    return this.minutes.trim() === '' ? undefined : Number(this.minutes);
  }

  /** The input of a provided session (the services and the time zone are the element's). */
  sessionInput(): {
    date?: string;
    minutes?: number;
    setting?: OtServiceSetting;
    model?: OtServiceDeliveryModel;
    goalId?: string;
    note?: string;
  } {
    return {
      ...(this.date ? { date: this.date } : {}),
      ...(this.#minutes() === undefined ? {} : { minutes: this.#minutes() }),
      ...(this.setting ? { setting: this.setting } : {}),
      ...(this.model ? { model: this.model } : {}),
      ...(this.goalId ? { goalId: this.goalId } : {}),
      ...(this.note.trim() ? { note: this.note.trim() } : {}),
    };
  }

  /** The input of a missed session. */
  missedInput(): { date?: string; minutes?: number; reason: OtServiceMissReason; note?: string } {
    const { date, minutes, note } = this.sessionInput();
    return {
      reason: this.reason,
      ...(date ? { date } : {}),
      ...(minutes === undefined ? {} : { minutes }),
      ...(note ? { note } : {}),
    };
  }
}

/** What {@link renderLogForm} shows beside the form's own fields. */
export interface LogFormView {
  readonly t: ServiceMinutesT;
  /** How many services are picked. */
  readonly picked: number;
  /** The mandate's minutes of the picked services, when they agree. */
  readonly defaultMinutes: number | undefined;
  readonly today: string;
  /** IEP goals of the picked students, for the note. */
  readonly goals: readonly OtGoal[];
  /** A refused log entry's error. */
  readonly error: TemplateResult | undefined;
  readonly logSession: () => void;
  readonly logMissed: () => void;
}

/** The logging form: date, minutes, setting, model, goal, note; "Log session", or a reason and "Log missed". */
export function renderLogForm(form: LogForm, view: LogFormView): TemplateResult {
  const { t } = view;
  const value = (e: Event) => (e.target as HTMLInputElement).value;
  const disabled = view.picked === 0;
  return html`<form
    part="log-form"
    novalidate
    aria-labelledby="log-heading"
    @submit=${(e: Event) => {
      e.preventDefault();
      if (!disabled) view.logSession();
    }}
  >
    <h3 id="log-heading">${disabled ? t('pickFirst') : t('logFor', { n: view.picked })}</h3>
    ${view.error ?? nothing}
    <div class="fields">
      <label
        >${t('date')}
        <input
          part="date-input"
          class="field"
          type="date"
          .value=${form.date || view.today}
          @input=${(e: Event) => form.type('date', value(e))}
      /></label>
      <label
        >${t('minutes')}
        <input
          part="minutes-input"
          class="field"
          type="number"
          inputmode="numeric"
          .value=${form.minutes || String(view.defaultMinutes ?? '')}
          @input=${(e: Event) => form.type('minutes', value(e))}
      /></label>
      <label
        >${t('setting')}
        <select
          part="setting-input"
          class="field"
          @change=${(e: Event) => form.set('setting', value(e) as OtServiceSetting)}
        >
          ${renderOptions(OT_SERVICE_SETTINGS, form.setting, (s) => t(`setting-${s as OtServiceSetting}`), '—')}
        </select></label
      >
      <label
        >${t('model')}
        <select
          part="model-input"
          class="field"
          @change=${(e: Event) => form.set('model', value(e) as OtServiceDeliveryModel)}
        >
          ${renderOptions(OT_SERVICE_DELIVERY_MODELS, form.model, (m) => t(`model-${m as OtServiceDeliveryModel}`), '—')}
        </select></label
      >
      ${
        view.goals.length
          ? html`<label
              >${t('goal')}
              <select class="field" @change=${(e: Event) => form.set('goalId', value(e))}>
                ${renderOptions(
                  view.goals.map((g) => g.id),
                  form.goalId,
                  (id) => view.goals.find((g) => g.id === id)?.description ?? id,
                  t('noGoal'),
                )}
              </select></label
            >`
          : nothing
      }
      <label class="wide"
        >${t('note')}
        <textarea
          part="note-input"
          class="field"
          .value=${form.note}
          @input=${(e: Event) => form.type('note', value(e))}
        ></textarea>
      </label>
    </div>
    <div class="actions">
      <button part="log-button" class="btn primary" type="submit" ?disabled=${disabled}>${t('logSession')}</button>
      <label
        >${t('reason')}
        <select
          part="reason-input"
          class="field"
          @change=${(e: Event) => form.set('reason', value(e) as OtServiceMissReason)}
        >
          ${renderOptions(OT_SERVICE_MISS_REASONS, form.reason, (r) => t(`reason-${r as OtServiceMissReason}`))}
        </select></label
      >
      <button part="miss-button" class="btn" type="button" ?disabled=${disabled} @click=${() => view.logMissed()}>
        ${t('logMissed')}
      </button>
    </div>
  </form>`;
}
