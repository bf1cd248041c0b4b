import { html, nothing, type TemplateResult } from 'lit';
import type { OtGoal, OtGoalStackViewModel } from '@otkit/sdk';
import { renderImage } from '../internal/image.js';
import type { EntryKind } from './entry-field.template.js';
import { renderGoalList, type GoalListTemplate } from './goal-list.template.js';
import type { GoalStackText } from './goal-stack.messages.js';
import { renderNotePile, type NotePileTemplate } from './note-pile.template.js';
import { renderQuickData, type QuickDataTemplate } from './quick-data.template.js';

/** What the therapist view shows, and what its controls do (the parts' own templates say the rest). */
export interface TherapistViewTemplate {
  readonly t: GoalStackText;
  readonly model: OtGoalStackViewModel;
  /** The entry field that shows "Type something first.". */
  readonly emptyHint: EntryKind | undefined;
  readonly onAdd: (kind: EntryKind) => void;
  /** Something was typed into an entry field. */
  readonly onInput: (kind: EntryKind) => void;
  readonly onStep: (step: -1 | 1) => void;
  readonly onReview: () => void;
  readonly quickData: Omit<QuickDataTemplate, 't' | 'goal' | 'entry'>;
  readonly pile: Omit<NotePileTemplate, 't' | 'model' | 'capture'>;
  readonly list: Omit<GoalListTemplate, 't' | 'model' | 'newGoal'>;
}

/** The current goal card, big enough for the client to read (or "No goals yet."). */
export function renderGoalCard(t: GoalStackText, goal: OtGoal | undefined): TemplateResult {
  return goal
    ? html`<div part="card" class="card">
        ${renderImage(goal.image, goal.description, { decorative: true })}
        <p part="card-title">${goal.description}</p>
      </div>`
    : html`<p part="card" class="card">${t('noGoals')}</p>`;
}

function renderHeader(view: TherapistViewTemplate): TemplateResult {
  const { t, model } = view;
  const count = model.goals.length;
  return html`<header part="header">
    <h2 id="stack-title">${t('goals')}</h2>
    ${
      count
        ? html`<span>
            ${t('position', { index: model.index + 1, count })} · ${t('remaining', { count: model.remaining })}
          </span>`
        : nothing
    }
    <button class="btn quiet" id="to-review" @click=${view.onReview}>${t('review')}</button>
  </header>`;
}

function renderNav(view: TherapistViewTemplate): TemplateResult {
  const { t, model } = view;
  return html`<div part="nav" class="row">
    <button class="btn" aria-disabled=${model.index < 1} @click=${() => view.onStep(-1)}>${t('previous')}</button>
    <button class="btn" aria-disabled=${model.index >= model.goals.length - 1} @click=${() => view.onStep(1)}>
      ${t('next')}
    </button>
  </div>`;
}

/**
 * The therapist's view: the card with its position, Previous / Next and quick data; the "To Get To" pile; all
 * goals with the new-goal field.
 */
export function renderTherapistView(view: TherapistViewTemplate): TemplateResult {
  const { t, model } = view;
  const field = (kind: EntryKind) => ({ emptyHint: view.emptyHint === kind, onAdd: view.onAdd, onInput: view.onInput });
  return html`<section part="stack" aria-labelledby="stack-title">
      ${renderHeader(view)} ${renderGoalCard(t, model.current)} ${renderNav(view)}
      ${model.current ? renderQuickData({ ...view.quickData, t, goal: model.current, entry: model.entry }) : nothing}
    </section>
    ${renderNotePile({ ...view.pile, t, model, capture: field('note') })}
    ${renderGoalList({ ...view.list, t, model, newGoal: field('goal') })}`;
}
