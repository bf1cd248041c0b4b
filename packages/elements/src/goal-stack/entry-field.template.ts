import { html, type TemplateResult } from 'lit';
import type { GoalStackText } from './goal-stack.messages.js';

/** The two quick-entry fields: a "To Get To" note and a new goal. */
export type EntryKind = 'note' | 'goal';

/** What an entry field shows and does. */
export interface EntryFieldTemplate {
  readonly t: GoalStackText;
  readonly kind: EntryKind;
  /** Show "Type something first." instead of the usual hint. */
  readonly emptyHint: boolean;
  readonly onAdd: (kind: EntryKind) => void;
  readonly onInput: (kind: EntryKind) => void;
}

/**
 * A label, a field, an Add button and a hint. Enter in the field or the button adds: no `<form>`, because a
 * page may run us in an iframe sandboxed without `allow-forms`, where a form is never submitted.
 */
export function renderEntryField(entry: EntryFieldTemplate): TemplateResult {
  const { t, kind } = entry;
  const note = kind === 'note';
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' || event.isComposing) return;
    event.preventDefault();
    entry.onAdd(kind);
  };
  const hint = entry.emptyHint ? t('emptyHint') : note ? t('shortcut') : '';
  return html`<div part=${note ? 'capture' : 'new-goal'} class="row">
    <label class="label" for=${kind}>${t(note ? 'capture' : 'newGoal')}</label
    ><input
      class="field"
      id=${kind}
      maxlength=${note ? 10_000 : 500}
      autocomplete="off"
      enterkeyhint="done"
      aria-describedby="hint-${kind}"
      aria-keyshortcuts=${note ? '/ N' : ''}
      @input=${() => entry.onInput(kind)}
      @keydown=${onKey}
    /><button class="btn primary" type="button" @click=${() => entry.onAdd(kind)}>
      ${t(note ? 'add' : 'addGoal')}
    </button>
    <p class="hint" id="hint-${kind}">${hint}</p>
  </div>`;
}
