import { html, nothing, type TemplateResult } from 'lit';
import {
  OT_SERVICE_MISS_REASONS,
  caseloadMinutes,
  getRecord,
  serviceMinutesSource,
  type OtIepService,
  type OtServiceFigures,
  type OtServiceLogEntry,
  type OtState,
} from '@otkit/sdk';
import type { OtTranslate } from '../i18n/messages.js';
import type { serviceMinutesMessages } from './service-minutes.messages.js';

/** The element's message function. */
export type ServiceMinutesT = OtTranslate<typeof serviceMinutesMessages.en>;

/** One row of the caseload: a student's service with this period's figures. */
export interface CaseloadItem {
  readonly service: OtIepService;
  readonly label: string;
  readonly active: boolean;
  readonly figures: OtServiceFigures;
}

/**
 * The caseload as the element shows it: each student's service with this period's figures (the SDK's
 * `caseloadMinutes`, furthest behind first), labelled with the student's alias.
 */
export function caseloadItems(state: OtState, options: Parameters<typeof caseloadMinutes>[1]): CaseloadItem[] {
  return caseloadMinutes(serviceMinutesSource(state), options).flatMap((row) =>
    row.services.map(({ service, active, figures }) => ({
      service,
      active,
      figures,
      label: studentLabel(state, service),
    })),
  );
}

/** What a service's student is called on screen: their alias, else the service's student id, else its own id. */
export function studentLabel(state: OtState, service: OtIepService): string {
  const client = service.clientId === undefined ? undefined : getRecord(state, 'clients', service.clientId);
  return client?.alias ?? service.clientId ?? service.id;
}

/** Gives the bars' segments their widths through the CSSOM (strict CSP: no style attributes). */
export function paintBars(root: ParentNode): void {
  for (const segment of root.querySelectorAll<HTMLElement>('[data-minutes]'))
    segment.style.setProperty('flex-grow', segment.dataset.minutes ?? '0');
}

/** The bar's three segments, in minutes: provided, missed (not made up) and remaining (never below 0). */
export function barOf(figures: OtServiceFigures): { provided: number; missed: number; remaining: number } {
  const provided = Math.min(figures.provided, figures.mandated);
  const missed = Math.max(0, Math.min(figures.notProvided, figures.mandated - provided));
  return { provided, missed, remaining: Math.max(0, figures.mandated - provided - missed) };
}

/** The pace words of a row: behind by N, ahead by N, on track, or ended. */
export function paceWords(item: CaseloadItem, t: ServiceMinutesT): string {
  const { pace } = item.figures;
  if (!item.active) return t('ended');
  if (pace.status === 'behind') return t('behind', { n: pace.behindBy });
  if (pace.status === 'ahead') return t('ahead', { n: pace.aheadBy });
  return t('onTrack');
}

/**
 * The bar of provided / missed (by reason, in its accessible name) / remaining minutes. Segment widths are set
 * through the CSSOM after render (`data-minutes`), never a style attribute (strict CSP).
 */
export function renderBar(figures: OtServiceFigures, t: ServiceMinutesT): TemplateResult {
  const bar = barOf(figures);
  const words = t('bar', {
    provided: figures.provided,
    missed: figures.notProvided,
    remaining: Math.max(0, figures.remaining),
    mandated: figures.mandated,
  });
  return html`<div part="bar" role="img" aria-label=${words}>
    <span part="bar-provided" data-minutes=${bar.provided}></span>
    <span part="bar-missed" data-minutes=${bar.missed}></span>
    <span part="bar-remaining" data-minutes=${bar.remaining}></span>
  </div>`;
}

/** The minute math of a period in words, one sentence per figure. */
export function renderMath(figures: OtServiceFigures, t: ServiceMinutesT): TemplateResult {
  const reasons = OT_SERVICE_MISS_REASONS.filter((r) => figures.notProvidedByReason[r] > 0)
    .map((r) => `${t(`reason-${r}`)}: ${figures.notProvidedByReason[r]}`)
    .join(', ');
  return html`<ul part="math">
    <li>${t('mathMandated', { n: figures.mandated })}</li>
    <li>${t('mathProvided', { n: figures.provided })}</li>
    <li>${t('mathNotProvided', { n: figures.notProvided, reasons })}</li>
    <li>
      ${t('mathAccounted', {
        accounted: figures.accounted,
        mandated: figures.mandated,
        notAccounted: figures.notAccounted,
      })}
    </li>
    <li>${t('mathRemaining', { n: Math.max(0, figures.remaining) })}</li>
    <li>${t('mathMakeUps', { owed: figures.makeUpsOwed, delivered: figures.makeUpsDelivered })}</li>
  </ul>`;
}

/** What an entry says: its minutes, provided or why not, setting, group, make-up, note. */
export function entryWords(entry: OtServiceLogEntry, t: ServiceMinutesT): string {
  const parts = [entry.date, t('minutesShort', entry.minutes)];
  parts.push(entry.status === 'provided' ? t('provided') : t(`reason-${entry.status}`));
  if (entry.setting) parts.push(t(`setting-${entry.setting}`));
  if (entry.groupSize && entry.groupSize > 1) parts.push(t('group', { n: entry.groupSize }));
  if (entry.makeUpFor) parts.push(t('makeUpFor', { date: entry.makeUpFor }));
  if (entry.note) parts.push(entry.note);
  return parts.join(' · ');
}

/** A `<select>` of options with their words; `value` picked. */
export function renderOptions(
  values: readonly string[],
  value: string,
  words: (value: string) => string,
  empty?: string,
): TemplateResult {
  return html`${empty === undefined ? nothing : html`<option value="" ?selected=${value === ''}>${empty}</option>`}
  ${values.map((v) => html`<option value=${v} ?selected=${v === value}>${words(v)}</option>`)}`;
}
