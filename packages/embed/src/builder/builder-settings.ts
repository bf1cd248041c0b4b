import { html, nothing, type TemplateResult } from 'lit';
import { OT_SCHEDULE_LAYOUTS, OT_SCHEDULE_SHOWS, OT_SCHEDULE_VIEWS, type OtUrlCheck } from '@otkit/sdk';
import type { BuilderSettings } from './builder-drafts.js';
import { renderReopen } from './builder-reopen.js';
import type { BuilderT } from './builder.messages.js';

type Word = Parameters<BuilderT>[0];

/** What the settings need from the builder. */
export interface SettingsHost {
  readonly t: BuilderT;
  readonly settings: BuilderSettings;
  /** Runs a change of the form and rebuilds the link. */
  edit(change: () => void): void;
  /** Opens the schedule of a pasted link. */
  reopen(link: string): void;
}

/** A select of one setting, its options named by message keys. */
function renderSelect<T extends string>(
  host: SettingsHost,
  label: Word,
  value: T,
  options: readonly (readonly [T, Word])[],
  set: (value: T) => void,
): TemplateResult {
  const { t } = host;
  return html`<label
    >${t(label as 'kind')}
    <select class="field" @change=${(e: Event) => host.edit(() => set((e.target as HTMLSelectElement).value as T))}>
      ${options.map(([v, word]) => html`<option value=${v} ?selected=${v === value}>${t(word as 'kind')}</option>`)}
    </select></label
  >`;
}

/** The reopen field, then title, kind, layout, what steps show, view, child view and language. */
export function renderSettings(host: SettingsHost): TemplateResult {
  const { t, settings } = host;
  // Reopening replaces the whole schedule, so it stands before the settings, not among them.
  return html`${renderReopen(t('reopen'), t('reopenHelp'), (link) => host.reopen(link))}
    <fieldset>
      <legend>${t('settings')}</legend>
      <label
        >${t('title')}
        <input
          class="field"
          maxlength="120"
          .value=${settings.heading}
          @input=${(e: Event) => host.edit(() => (settings.heading = (e.target as HTMLInputElement).value))}
      /></label>
      ${renderSelect(
        host,
        'kind',
        settings.kind,
        [
          ['list', 'list'],
          ['first-then', 'firstThen'],
        ],
        (v) => (settings.kind = v),
      )}
      ${renderSelect(
        host,
        'layout',
        settings.layout,
        OT_SCHEDULE_LAYOUTS.map((v) => [v, v] as const),
        (v) => (settings.layout = v),
      )}
      ${renderSelect(
        host,
        'show',
        settings.show,
        OT_SCHEDULE_SHOWS.map((v) => [v, v] as const),
        (v) => (settings.show = v),
      )}
      ${renderSelect(
        host,
        'view',
        settings.view,
        OT_SCHEDULE_VIEWS.map((v) => [v, v === 'all' ? 'all' : 'nowNext'] as const),
        (v) => (settings.view = v),
      )}
      <label class="check"
        ><input
          type="checkbox"
          .checked=${settings.checkOnly}
          @change=${(e: Event) => host.edit(() => (settings.checkOnly = (e.target as HTMLInputElement).checked))}
        />
        ${t('checkOnly')}</label
      >
      <label
        >${t('language')}
        <select
          class="field"
          @change=${(e: Event) => host.edit(() => (settings.language = (e.target as HTMLSelectElement).value as 'en'))}
        >
          <option value="en" lang="en" ?selected=${settings.language === 'en'}>English</option>
          <option value="es" lang="es" ?selected=${settings.language === 'es'}>Español</option>
        </select></label
      >
    </fieldset>`;
}

/** The address of the published pages, and why it is refused when it is. */
export function renderBase(
  t: BuilderT,
  shown: string,
  pages: OtUrlCheck,
  change: (address: string) => void,
): TemplateResult {
  return html`<label
      >${t('base')}
      <input
        name="base"
        class="field"
        type="url"
        inputmode="url"
        spellcheck="false"
        .value=${shown}
        aria-invalid=${pages.ok ? nothing : 'true'}
        aria-describedby=${pages.ok ? 'base-help' : 'base-help base-error'}
        @change=${(e: Event) => change((e.target as HTMLInputElement).value)}
    /></label>
    <p id="base-help">${t('baseHelp')}</p>
    ${
      pages.ok
        ? nothing
        : html`<p id="base-error" part="base-error" role="alert"><strong>${t('base')}:</strong> ${pages.reason}</p>`
    }`;
}
