import { html, nothing, type TemplateResult } from 'lit';
import type { OtDateRange, OtServiceFigures, OtServiceLogEntry } from '@otkit/sdk';
import { entryWords, renderBar, renderMath, type ServiceMinutesT } from './service-minutes.templates.js';

/** What a student's detail shows, and what its buttons do. */
export interface DetailView {
  readonly t: ServiceMinutesT;
  /** The student's label and the service's model. */
  readonly title: string;
  readonly period: OtDateRange;
  readonly figures: OtServiceFigures;
  /** The period's entries, voided ones included (struck through). */
  readonly entries: readonly OtServiceLogEntry[];
  readonly error: TemplateResult | undefined;
  /** The entry being edited, and its minutes as typed. */
  readonly editingId: string | undefined;
  readonly editMinutes: string;
  readonly edit: (entry: OtServiceLogEntry) => void;
  readonly editInput: (value: string) => void;
  readonly save: (entry: OtServiceLogEntry) => void;
  readonly cancel: () => void;
  readonly void: (entry: OtServiceLogEntry) => void;
  readonly back: () => void;
}

/** A student's detail: the period, its bar and math in words, the entries (edit, void), back and print. */
export function renderDetail(view: DetailView): TemplateResult {
  const { t } = view;
  return html`<section part="detail" aria-labelledby="detail-heading">
    <h3 id="detail-heading" tabindex="-1">${view.title}</h3>
    <p part="period">${t('period', view.period)}</p>
    ${renderBar(view.figures, t)} ${renderMath(view.figures, t)} ${view.error ?? nothing}
    <h4>${t('entries')}</h4>
    ${
      view.entries.length === 0
        ? html`<p>${t('noEntries')}</p>`
        : html`<ul part="entries">
            ${view.entries.map((entry) => renderEntry(entry, view))}
          </ul>`
    }
    <div class="actions">
      <button class="btn" part="back" @click=${view.back}>${t('back')}</button>
      <button class="btn" part="print" @click=${() => window.print()}>${t('print')}</button>
    </div>
  </section>`;
}

function renderEntry(entry: OtServiceLogEntry, view: DetailView): TemplateResult {
  const { t } = view;
  if (view.editingId === entry.id)
    return html`<li part="entry">
      <label
        >${t('minutes')}
        <input
          class="field"
          type="number"
          inputmode="numeric"
          data-draft="entry-minutes"
          .value=${view.editMinutes}
          @input=${(e: Event) => view.editInput((e.target as HTMLInputElement).value)}
      /></label>
      <button class="btn primary" @click=${() => view.save(entry)}>${t('save')}</button>
      <button class="btn" @click=${view.cancel}>${t('cancel')}</button>
    </li>`;
  if (entry.voidedAt !== undefined)
    return html`<li part="entry voided">
      <span class="words"><s>${entryWords(entry, t)}</s> (${t('voided')})</span>
    </li>`;
  return html`<li part="entry">
    <span class="words">${entryWords(entry, t)}</span>
    <button class="btn" @click=${() => view.edit(entry)}>${t('edit')}</button>
    <button class="btn danger" @click=${() => view.void(entry)}>${t('void')}</button>
  </li>`;
}
