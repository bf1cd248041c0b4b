import { html, nothing, svg, type TemplateResult } from 'lit';
import type { OtGoal, OtGoalStackViewModel } from '@otkit/sdk';
import { moveDownIcon, moveUpIcon } from '../internal/icons.js';
import { renderCorrection, type CorrectionTemplate } from './correction.template.js';
import { renderEntryField, type EntryFieldTemplate } from './entry-field.template.js';
import type { GoalStackText } from './goal-stack.messages.js';

/** What the list of all goals shows, and what its controls do. */
export interface GoalListTemplate {
  readonly t: GoalStackText;
  readonly model: OtGoalStackViewModel;
  readonly newGoal: Omit<EntryFieldTemplate, 't' | 'kind'>;
  readonly onSelect: (goalId: string) => void;
  /** Moves a goal one place up (-1) or down (1); `focus` is what keeps focus after the move. */
  readonly onMove: (goalId: string, by: -1 | 1, focus: '.up' | '.down' | '.goal') => void;
  /** Every pointer event of a goal's drag handle. */
  readonly onHandle: (event: PointerEvent, goalId: string) => void;
  /** The goal being corrected in place, if one is. */
  readonly editing: string | undefined;
  readonly onEdit: (goalId: string) => void;
  /** The editor's actions for one goal. */
  readonly correction: (goalId: string) => Omit<CorrectionTemplate, 't'>;
}

const grip = svg`<svg viewBox="0 0 12 20" width="12" height="20" aria-hidden="true">
  <path
    d="M3 4h.01M9 4h.01M3 10h.01M9 10h.01M3 16h.01M9 16h.01"
    stroke="currentColor"
    stroke-width="3.5"
    stroke-linecap="round"
  />
</svg>`;

function onItemKey(list: GoalListTemplate, event: KeyboardEvent, goalId: string): void {
  if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
  event.preventDefault();
  list.onMove(goalId, event.key === 'ArrowUp' ? -1 : 1, '.goal');
}

function renderItem(list: GoalListTemplate, goal: OtGoal, index: number): TemplateResult {
  const { t, model } = list;
  const open = model.openByGoal[goal.id];
  const drag = (event: PointerEvent) => list.onHandle(event, goal.id);
  if (list.editing === goal.id)
    return html`<li part="item" data-goal=${goal.id}>
      ${renderCorrection('goal', goal.description, { t, ...list.correction(goal.id) })}
    </li>`;
  return html`<li
    part="item"
    data-goal=${goal.id}
    @keydown=${(event: KeyboardEvent) => onItemKey(list, event, goal.id)}
  >
    <span
      part="handle"
      aria-hidden="true"
      @pointerdown=${drag}
      @pointermove=${drag}
      @pointerup=${drag}
      @pointercancel=${drag}
      >${grip}</span
    ><button
      class="btn quiet goal"
      aria-current=${index === model.index}
      aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
      @click=${() => list.onSelect(goal.id)}
    >
      ${goal.description}
      ${open ? html`<span part="count"><span class="visually-hidden">${t('pile')}:</span> ${open}</span>` : nothing}</button
    ><button
      class="btn icon up"
      aria-label=${t('moveUp', { goal: goal.description })}
      aria-disabled=${index === 0}
      @click=${() => list.onMove(goal.id, -1, '.up')}
    >
      ${moveUpIcon}</button
    ><button
      class="btn icon down"
      aria-label=${t('moveDown', { goal: goal.description })}
      aria-disabled=${index === model.goals.length - 1}
      @click=${() => list.onMove(goal.id, 1, '.down')}
    >
      ${moveDownIcon}</button
    ><button
      class="btn quiet edit"
      aria-label=${t('editGoal', { goal: goal.description })}
      @click=${() => list.onEdit(goal.id)}
    >
      ${t('edit')}
    </button>
  </li>`;
}

/**
 * All goals of the stack, each with a drag handle and Move up / Move down buttons (reordering never needs a
 * drag, WCAG 2.5.7), and the new-goal field.
 */
export function renderGoalList(list: GoalListTemplate): TemplateResult {
  const { t } = list;
  return html`<section part="list" aria-labelledby="list-title">
    <h2 id="list-title">${t('all')}</h2>
    <ol>
      ${list.model.goals.map((goal, index) => renderItem(list, goal, index))}
    </ol>
    ${renderEntryField({ t, kind: 'goal', ...list.newGoal })}
  </section>`;
}
