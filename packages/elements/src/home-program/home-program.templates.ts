import { html, nothing, type TemplateResult } from 'lit';
import {
  OT_HOME_LIBRARY,
  OT_PRACTICE_RATINGS,
  type OtHomeActivity,
  type OtHomeLibraryLanguage,
  type OtPracticeDay,
  type OtPracticeLogEntry,
} from '@otkit/sdk';
import { moveDownIcon, moveUpIcon } from '../internal/icons.js';
import { renderImage } from '../internal/image.js';
import { homeDraftField } from './home-program.drafts.js';
import type { HomeProgramText } from './home-program.messages.js';

/** What the builder (therapist view) shows and how it reports what the therapist does. */
export interface BuilderHost {
  readonly t: HomeProgramText;
  readonly language: OtHomeLibraryLanguage;
  readonly activities: readonly OtHomeActivity[];
  readonly onAdd: (libraryId: string) => void;
  readonly onRemove: (activity: OtHomeActivity) => void;
  readonly onMove: (activity: OtHomeActivity, by: -1 | 1) => void;
  readonly onChange: (activity: OtHomeActivity, field: string, value: string) => void;
}

const fieldChange = (host: BuilderHost, activity: OtHomeActivity) => (event: Event) => {
  const input = event.target as HTMLInputElement | HTMLSelectElement;
  host.onChange(activity, input.name, input.value);
};

function renderEditor(host: BuilderHost, activity: OtHomeActivity, index: number): TemplateResult {
  const { t } = host;
  const last = index === host.activities.length - 1;
  const name = activity.name;
  return html`<li part="activity" class="editor" data-activity=${activity.id}>
    <div class="title-row">
      ${renderImage(activity.image, name, { part: 'picture', decorative: true })}
      <h4 class="name">${name}</h4>
    </div>
    <div class="fields" @change=${fieldChange(host, activity)}>
      <label
        >${t('minutes')}
        <input
          class="field"
          type="number"
          name="minutes"
          min="1"
          max="240"
          inputmode="numeric"
          data-draft=${homeDraftField('minutes', activity.id)}
          .value=${String(activity.minutes)}
      /></label>
      <label
        >${t('times')}
        <input
          class="field"
          type="number"
          name="timesPerPeriod"
          min="1"
          max="50"
          inputmode="numeric"
          data-draft=${homeDraftField('timesPerPeriod', activity.id)}
          .value=${String(activity.timesPerPeriod)}
      /></label>
      <label
        >${t('period')}
        <select class="field" name="period" .value=${activity.period}>
          <option value="day" ?selected=${activity.period === 'day'}>${t('perDay')}</option>
          <option value="week" ?selected=${activity.period === 'week'}>${t('perWeek')}</option>
        </select></label
      >
      <label class="wide"
        >${t('when')}
        <input
          class="field"
          name="when"
          data-draft=${homeDraftField('when', activity.id)}
          .value=${activity.when ?? ''}
      /></label>
    </div>
    <div class="row">
      <button
        class="btn icon"
        data-move="up"
        aria-label=${t('moveUp', { name })}
        ?disabled=${index === 0}
        @click=${() => host.onMove(activity, -1)}
      >
        ${moveUpIcon}
      </button>
      <button
        class="btn icon"
        data-move="down"
        aria-label=${t('moveDown', { name })}
        ?disabled=${last}
        @click=${() => host.onMove(activity, 1)}
      >
        ${moveDownIcon}
      </button>
      <button class="btn danger" aria-label=${t('remove', { name })} @click=${() => host.onRemove(activity)}>
        ${t('removeShort')}
      </button>
    </div>
  </li>`;
}

/** The therapist's builder: the chosen activities (reorder, how often, how long, when) and the library. */
export function renderBuilder(host: BuilderHost): TemplateResult {
  const { t, activities } = host;
  const full = activities.length >= 2;
  return html`<div part="builder">
    <h3>${t('chosen')}</h3>
    ${
      activities.length
        ? html`<ol part="activities">
            ${activities.map((activity, index) => renderEditor(host, activity, index))}
          </ol>`
        : html`<p>${t('pickOne')}</p>`
    }
    <h3 id="library-title">${t('library')}</h3>
    ${full ? html`<p part="full">${t('full')}</p>` : nothing}
    <ul part="library" aria-labelledby="library-title">
      ${OT_HOME_LIBRARY.map((entry) => {
        const name = entry.words[host.language].name;
        return html`<li>
          <button
            class="btn library-item"
            part="library-item"
            data-library=${entry.id}
            aria-label=${t('add', { name })}
            ?disabled=${full}
            @click=${() => host.onAdd(entry.id)}
          >
            ${renderImage({ symbol: entry.symbol }, name, { part: 'picture', decorative: true })}
            <span>${name}</span>
          </button>
        </li>`;
      })}
    </ul>
  </div>`;
}

/** What the family view shows and how it reports what the family does. */
export interface FamilyHost {
  readonly t: HomeProgramText;
  readonly locale: string;
  readonly activities: readonly OtHomeActivity[];
  readonly days: readonly OtPracticeDay[];
  /** Practices planned per activity today (a weekly activity: what is left of the week, at least one). */
  readonly plannedToday: (activity: OtHomeActivity) => number;
  readonly week: { readonly done: number; readonly planned: number };
  readonly onLog: (activity: OtHomeActivity) => void;
  readonly onUndo: (activity: OtHomeActivity, entry: OtPracticeLogEntry) => void;
  readonly onNote: (
    entry: OtPracticeLogEntry,
    changes: Partial<Pick<OtPracticeLogEntry, 'rating' | 'helped' | 'note'>>,
  ) => void;
}

function renderNote(host: FamilyHost, entry: OtPracticeLogEntry): TemplateResult {
  const { t } = host;
  // "Save note" saves on its click, not by submitting: a frame sandboxed without allow-forms submits no form.
  const save = (form: HTMLFormElement) => {
    const data = new FormData(form);
    host.onNote(entry, { helped: String(data.get('helped') ?? ''), note: String(data.get('note') ?? '') });
  };
  const submitted = (event: SubmitEvent) => {
    event.preventDefault();
    save(event.target as HTMLFormElement);
  };
  return html`<fieldset part="rating">
      <legend>${t('howItWent')}</legend>
      ${OT_PRACTICE_RATINGS.map(
        (rating) =>
          html`<button
            class="btn"
            data-rating=${rating}
            aria-pressed=${entry.rating === rating ? 'true' : 'false'}
            @click=${() => host.onNote(entry, { rating })}
          >
            ${t(rating)}
          </button>`,
      )}
    </fieldset>
    <details part="note">
      <summary>${t('addNote')}</summary>
      <form @submit=${submitted}>
        <label
          >${t('helped')}
          <input
            class="field"
            name="helped"
            maxlength="280"
            data-draft=${homeDraftField('helped', entry.id)}
            .value=${entry.helped ?? ''}
        /></label>
        <label
          >${t('note')}
          <textarea
            class="field"
            name="note"
            maxlength="280"
            data-draft=${homeDraftField('note', entry.id)}
            .value=${entry.note ?? ''}
          ></textarea>
        </label>
        <button class="btn" type="button" @click=${(e: Event) => save((e.currentTarget as HTMLButtonElement).form!)}>
          ${t('saveNote')}
        </button>
      </form>
    </details>`;
}

function renderPractice(host: FamilyHost, activity: OtHomeActivity): TemplateResult {
  const { t } = host;
  const today = host.days[host.days.length - 1]!;
  const mine = today.entries.filter((entry) => entry.activityId === activity.id);
  const done = today.done[activity.id] ?? 0;
  const last = mine[mine.length - 1];
  return html`<li part="activity" data-activity=${activity.id}>
    ${renderImage(activity.image, activity.name, { part: 'picture' })}
    <h3 class="name">${activity.name}</h3>
    <p>${t('howLong', { minutes: activity.minutes, times: activity.timesPerPeriod, period: activity.period })}</p>
    ${activity.when ? html`<p>${activity.when}</p>` : nothing}
    ${activity.instructions ? html`<p class="instructions">${activity.instructions}</p>` : nothing}
    ${activity.safety ? html`<p part="safety"><strong>${t('safety')}:</strong> ${activity.safety}</p>` : nothing}
    <p part="count">${t('todayCount', { done, planned: host.plannedToday(activity) })}</p>
    <div class="row">
      <button
        class="btn primary log"
        part="log-button"
        aria-label=${t('logDone', { name: activity.name })}
        @click=${() => host.onLog(activity)}
      >
        <span aria-hidden="true">✓</span> ${t('doneToday')}
      </button>
      ${last ? html`<button class="btn quiet" data-undo @click=${() => host.onUndo(activity, last)}>${t('undo')}</button>` : nothing}
    </div>
    ${last ? renderNote(host, last) : nothing}
  </li>`;
}

function renderWeek(host: FamilyHost): TemplateResult {
  const { t } = host;
  const weekday = new Intl.DateTimeFormat(host.locale, { weekday: 'short', timeZone: 'UTC' });
  const long = new Intl.DateTimeFormat(host.locale, { weekday: 'long', day: 'numeric', timeZone: 'UTC' });
  return html`<section part="week" aria-labelledby="week-title">
    <h3 id="week-title">${t('week')}</h3>
    <ol part="week-strip">
      ${host.days.map((day) => {
        const date = new Date(`${day.date}T00:00:00Z`);
        const done = Object.values(day.done).reduce((sum, n) => sum + n, 0);
        return html`<li
          part=${day.isToday ? 'day today' : 'day'}
          class=${done ? 'done' : ''}
          aria-label=${t('day', { date: long.format(date), done })}
        >
          <span aria-hidden="true">${weekday.format(date)}</span>
          <span aria-hidden="true" class="marks">${done ? '✓'.repeat(Math.min(done, 3)) : '·'}</span>
        </li>`;
      })}
    </ol>
    <p>${t('weekCount', host.week)}</p>
  </section>`;
}

/** The family's view: each activity with one big button to log today, how it went, and the week strip. */
export function renderFamily(host: FamilyHost): TemplateResult {
  return html`<ul part="activities" class="family">
      ${host.activities.map((activity) => renderPractice(host, activity))}
    </ul>
    ${renderWeek(host)}`;
}
