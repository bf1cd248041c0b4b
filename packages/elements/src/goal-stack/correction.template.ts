import { html, nothing, type TemplateResult } from 'lit';
import type { GoalStackText } from './goal-stack.messages.js';

/** What the in-place editor of a goal or a note does. */
export interface CorrectionTemplate {
  readonly t: GoalStackText;
  readonly onSave: (text: string) => void;
  readonly onCancel: () => void;
  readonly onDelete: () => void;
  /** Goals only: take it off the stack and keep its data. */
  readonly onArchive?: (() => void) | undefined;
}

/**
 * The text of a goal or note in a field, with Save, Archive (goals), Delete and Cancel. Enter saves, Escape
 * cancels; no `<form>`, as in the entry fields.
 */
export function renderCorrection(kind: 'goal' | 'note', text: string, edit: CorrectionTemplate): TemplateResult {
  const { t } = edit;
  const field = (event: Event) =>
    ((event.target as HTMLElement).closest('.editor')!.querySelector('#edit-text') as HTMLInputElement).value;
  const onKey = (event: KeyboardEvent) => {
    if (event.isComposing) return;
    if (event.key === 'Enter') edit.onSave((event.target as HTMLInputElement).value);
    else if (event.key === 'Escape') edit.onCancel();
    else return;
    event.preventDefault();
    event.stopPropagation();
  };
  return html`<div class="editor row">
    <label class="label" for="edit-text">${t(kind === 'goal' ? 'goalText' : 'noteText')}</label
    ><input
      class="field"
      id="edit-text"
      maxlength=${kind === 'goal' ? 500 : 10_000}
      autocomplete="off"
      .value=${text}
      @keydown=${onKey}
    />
    <button class="btn primary" @click=${(event: Event) => edit.onSave(field(event))}>${t('save')}</button>
    ${edit.onArchive ? html`<button class="btn" @click=${edit.onArchive}>${t('archive')}</button>` : nothing}
    <button class="btn danger" @click=${edit.onDelete}>${t('delete')}</button>
    <button class="btn quiet" @click=${edit.onCancel}>${t('cancel')}</button>
  </div>`;
}
