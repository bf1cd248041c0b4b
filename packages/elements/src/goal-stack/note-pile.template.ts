import { html, nothing, type TemplateResult } from 'lit';
import { phaseName, type OtGoal, type OtGoalStackPileNote, type OtGoalStackViewModel } from '@otkit/sdk';
import { renderCorrection, type CorrectionTemplate } from './correction.template.js';
import { renderEntryField, type EntryFieldTemplate } from './entry-field.template.js';
import { noteTime } from './note-time.js';
import type { GoalStackText } from './goal-stack.messages.js';
import { clip, type SaveState } from './quick-data.template.js';

/** What the "To Get To" pile shows, and what its controls do. */
export interface NotePileTemplate {
  readonly t: GoalStackText;
  /** The full language tag (note times) and the supported language (phase names). */
  readonly locale: string;
  /** Now: a note written on another day shows its date. */
  readonly now: number;
  readonly lang: 'en' | 'es';
  readonly model: OtGoalStackViewModel;
  readonly capture: Omit<EntryFieldTemplate, 't' | 'kind'>;
  /** Notes shown whole although long. */
  readonly expanded: ReadonlySet<string>;
  /** The note whose "Move to…" list is open. */
  readonly moving: string | undefined;
  /** Notes added in this element that are being saved, or saved. */
  readonly saveStates: ReadonlyMap<string, SaveState>;
  readonly onToggleWhole: (noteId: string) => void;
  readonly onAddressed: (noteId: string, addressed: boolean) => void;
  /** Opens a note's "Move to…" list, or (undefined) closes it and focuses its button again. */
  readonly onMoving: (noteId: string | undefined) => void;
  /** The "Move to…" list lost focus. */
  readonly onMoveListBlur: () => void;
  readonly onMove: (noteId: string, goalId: string) => void;
  readonly onPromote: (noteId: string) => void;
  readonly onCarry: (noteId: string) => void;
  /** The note being corrected in place, if one is. */
  readonly editing: string | undefined;
  readonly onEdit: (noteId: string) => void;
  /** The editor's actions for one note. */
  readonly correction: (noteId: string) => Omit<CorrectionTemplate, 't' | 'onArchive'>;
}

function renderMoveControl(pile: NotePileTemplate, noteId: string, goalId: string | null): TemplateResult {
  const { t } = pile;
  if (pile.moving !== noteId)
    return html`<button class="btn" data-move=${noteId} @click=${() => pile.onMoving(noteId)}>${t('moveTo')}</button>`;
  // Only the note being moved lists the goals: a pile of many notes stays cheap to render.
  const others = pile.model.goals.filter((goal: OtGoal) => goal.id !== goalId);
  return html`<select
    class="field"
    aria-label=${t('moveTo')}
    @change=${(event: Event) => pile.onMove(noteId, (event.target as HTMLSelectElement).value)}
    @blur=${pile.onMoveListBlur}
    @keydown=${(event: KeyboardEvent) => event.key === 'Escape' && pile.onMoving(undefined)}
  >
    <option value="">${t('moveTo')}</option>
    ${others.map((goal) => html`<option value=${goal.id}>${clip(goal.description, 60)}</option>`)}
  </select>`;
}

function renderNote(pile: NotePileTemplate, shown: OtGoalStackPileNote): TemplateResult {
  const { t } = pile;
  const { note, addressed, long } = shown;
  const whole = pile.expanded.has(note.id);
  const textId = `text-${note.id}`;
  const saveState = pile.saveStates.get(note.id);
  const phase = shown.phase && phaseName(shown.phase, pile.lang);
  if (pile.editing === note.id)
    return html`<li part="note" data-note=${note.id}>
      ${renderCorrection('note', note.text, { t, ...pile.correction(note.id) })}
    </li>`;
  return html`<li part="note" class=${addressed ? 'done' : ''} data-note=${note.id} aria-busy=${saveState === 'saving'}>
    <p class=${long && !whole ? 'text clamp' : 'text'} id=${textId}>${note.text}</p>
    ${
      long
        ? html`<button
            class="btn quiet"
            aria-expanded=${whole}
            aria-controls=${textId}
            @click=${() => pile.onToggleWhole(note.id)}
          >
            ${t(whole ? 'showLess' : 'showAll')}
          </button>`
        : nothing
    }
    <p class="meta">
      ${note.goalId === null ? `${t('noGoal')} · ` : ''}<time datetime=${new Date(shown.writtenAt).toISOString()}
        >${noteTime(shown.writtenAt, pile.now, pile.locale)}</time
      >${phase ? ` · ${phase}` : ''}${saveState ? html` · <span class="save-state">${t(saveState)}</span>` : nothing}
    </p>
    <div class="row" role="group" aria-label=${clip(note.text, 80)}>
      <button class="btn" aria-pressed=${addressed} @click=${() => pile.onAddressed(note.id, !addressed)}>
        ${t('addressed')}
      </button>
      ${
        addressed
          ? nothing
          : html`${renderMoveControl(pile, note.id, note.goalId)}
              <button class="btn" @click=${() => pile.onPromote(note.id)}>${t('promote')}</button>
              <button class="btn" @click=${() => pile.onCarry(note.id)}>${t('carry')}</button>`
      }
      <button class="btn quiet edit" aria-label=${t('editNote')} @click=${() => pile.onEdit(note.id)}>
        ${t('edit')}
      </button>
    </div>
  </li>`;
}

/** The "To Get To" pile: its heading with the open count, the capture field and the notes under the card. */
export function renderNotePile(pile: NotePileTemplate): TemplateResult {
  const { t, model } = pile;
  return html`<section part="pile" aria-labelledby="pile-title">
    <h2 id="pile-title">${t('pile')} <span part="count">${model.openCount}</span></h2>
    ${renderEntryField({ t, kind: 'note', ...pile.capture })}
    <ul part="note-list">
      ${model.pile.map((shown) => renderNote(pile, shown))}
    </ul>
  </section>`;
}
