import { html, nothing, type TemplateResult } from 'lit';
import {
  OT_ASSISTANCE_LEVELS,
  OT_GOAL_SESSION_STATUSES,
  OT_PROMPT_TYPES,
  trialPercent,
  type OtGoal,
  type OtProgressEntry,
} from '@otkit/sdk';
import type { GoalStackText } from './goal-stack.messages.js';

/** The one-tap choices of the quick data: the entry field and its values (each value is a message key). */
export const QUICK_DATA_CHOICES = [
  ['assistance', OT_ASSISTANCE_LEVELS],
  ['prompt', OT_PROMPT_TYPES],
  ['status', OT_GOAL_SESSION_STATUSES],
] as const;
/** A one-choice field of the quick data. */
export type QuickDataChoiceField = (typeof QUICK_DATA_CHOICES)[number][0];

/** Where a write stands: sent to the store and not yet saved, or saved. */
export type SaveState = 'saving' | 'saved';

/** What the quick data of the current goal shows, and what its controls do. */
export interface QuickDataTemplate {
  readonly t: GoalStackText;
  readonly goal: OtGoal;
  readonly entry: OtProgressEntry | undefined;
  /** What Undo would undo ("+ trial", "delete goal"); undefined when nothing. */
  readonly undoWhat: string | undefined;
  /** Where the last tap stands, if it was made in this element. */
  readonly saveState: SaveState | undefined;
  readonly onTrial: (result: 'plus' | 'minus') => void;
  readonly onChoice: (field: QuickDataChoiceField, value: string) => void;
  readonly onShortNote: (text: string) => void;
  /** Something was typed into the short note (its draft is kept). */
  readonly onShortNoteInput: () => void;
  /** The short note was saved with the data (its draft goes). */
  readonly onShortNoteSaved: () => void;
  readonly onUndo: () => void;
}

/** Trial counts in words, with the share correct once there is a trial: "2 correct, 1 incorrect · 67%". */
export function trialCounts(t: GoalStackText, trials: { plus: number; minus: number } | undefined): string {
  const counts = t('trialCounts', { plus: trials?.plus ?? 0, minus: trials?.minus ?? 0 });
  const percent = trialPercent(trials);
  return percent === undefined ? counts : `${counts} · ${percent}%`;
}

/** A text shortened to `max` characters with an ellipsis, for names of groups and lists. */
export function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function renderGroup(t: GoalStackText, field: 'trials' | QuickDataChoiceField, controls: unknown): TemplateResult {
  return html`<div class="group" role="group" aria-labelledby="label-${field}">
    <span class="label" id="label-${field}">${t(field)}</span>
    <div class="row">${controls}</div>
  </div>`;
}

function renderTrialButton(data: QuickDataTemplate, result: 'plus' | 'minus'): TemplateResult {
  const sign = result === 'plus' ? '+' : '−';
  return html`<button
    class="btn"
    aria-label=${data.t('trial', { sign })}
    aria-keyshortcuts=${result === 'plus' ? '+' : '-'}
    @click=${() => data.onTrial(result)}
  >
    ${sign}
  </button>`;
}

function renderChoices(data: QuickDataTemplate): TemplateResult[] {
  return QUICK_DATA_CHOICES.map(([field, values]) =>
    renderGroup(
      data.t,
      field,
      values.map(
        (value) =>
          html`<button
            class="btn"
            aria-pressed=${data.entry?.[field] === value}
            @click=${() => data.onChoice(field, value)}
          >
            ${data.t(value)}
          </button>`,
      ),
    ),
  );
}

/**
 * The quick data of the current goal: + and − trials, assistance, prompt, status, a short note and Undo. While a
 * tap is being saved the group is busy (`aria-busy`) and says so; then it says it is saved.
 */
export function renderQuickData(data: QuickDataTemplate): TemplateResult {
  const { t, entry } = data;
  const trials = html`${renderTrialButton(data, 'plus')}<span part="trials">${trialCounts(t, entry?.trials)}</span
    >${renderTrialButton(data, 'minus')}`;
  return html`<div
    part="data"
    role="group"
    aria-label=${t('data', { goal: clip(data.goal.description, 80) })}
    aria-busy=${data.saveState === 'saving'}
  >
    ${renderGroup(t, 'trials', trials)}${renderChoices(data)}
    <div class="group">
      <label class="label" for="quick-note">${t('note')}</label
      ><input
        class="field"
        id="quick-note"
        maxlength="2000"
        autocomplete="off"
        .value=${entry?.note ?? ''}
        @input=${data.onShortNoteInput}
        @change=${(event: Event) => {
          data.onShortNote((event.target as HTMLInputElement).value);
          data.onShortNoteSaved();
        }}
      /><button class="btn" aria-disabled=${!data.undoWhat} aria-keyshortcuts="Control+Z Meta+Z" @click=${data.onUndo}>
        ${data.undoWhat ? t('undoWhat', { what: data.undoWhat }) : t('undo')}
      </button>
    </div>
    ${data.saveState ? html`<p class="save-state">${t(data.saveState)}</p>` : nothing}
  </div>`;
}
