import { html, nothing, type TemplateResult } from 'lit';
import type { OtSessionState } from '@otkit/sdk';
import type { TimerIncident } from './session-timer.source.js';

/** The incident form's answers while it is being filled in. */
export interface IncidentDraft {
  readonly what: string;
  readonly actions: string;
  readonly followUp: boolean;
}

// Drafts are replaced on every input, never changed in place, so the empty one can be shared.
export const NO_DRAFT: IncidentDraft = { what: '', actions: '', followUp: false };

/** The incident a filled-in form records: at the pause it belongs to (else now), for the session and client. */
export function incidentOf(
  draft: IncidentDraft,
  state: OtSessionState,
  owner: { sessionId: string | undefined; clientId: string | undefined },
): TimerIncident {
  return {
    at: state.pause?.at ?? state.at,
    what: draft.what.trim(),
    actions: draft.actions.trim(),
    followUpNeeded: draft.followUp,
    ...(owner.sessionId ? { sessionId: owner.sessionId } : {}),
    ...(owner.clientId ? { clientId: owner.clientId } : {}),
  };
}

/**
 * A control. `dir="auto"` keeps "+5 min" readable in right-to-left pages; an unavailable move stays focusable
 * and named (`aria-disabled`) and does nothing. Never a submit button: saving must not depend on form
 * submission, which a sandboxed iframe without `allow-forms` blocks.
 */
export function timerButton(
  label: string,
  onClick: (event: Event) => unknown,
  kind = '',
  unavailable = false,
): TemplateResult {
  return html`<button
    type="button"
    class="btn ${kind}"
    dir="auto"
    aria-disabled=${unavailable ? 'true' : 'false'}
    @click=${(event: Event) => unavailable || onClick(event)}
  >
    ${label}
  </button>`;
}

/** The pause or end reasons, each a button, and a way out. */
export function renderReasons(options: {
  title: string;
  reasons: readonly { value: string; label: string }[];
  choose: (reason: string) => unknown;
  cancel: TemplateResult;
  onKeydown: (event: KeyboardEvent) => void;
}): TemplateResult {
  return html`<div part="panel" role="group" aria-labelledby="panel-title" @keydown=${options.onKeydown}>
    <h3 id="panel-title">${options.title}</h3>
    <div>
      ${options.reasons.map((reason) =>
        timerButton(reason.label, () => options.choose(reason.value), reason.value === 'emergency' ? 'danger' : ''),
      )}${options.cancel}
    </div>
  </div>`;
}

/** Reads the incident form's answers from its fields. */
export function readDraft(form: HTMLFormElement): IncidentDraft {
  const data = new FormData(form);
  return { what: String(data.get('what')), actions: String(data.get('actions')), followUp: data.has('followUp') };
}

/**
 * The emergency's incident form: what happened, what was done, follow-up needed. Save is a plain button that
 * calls `save`, and Enter in a field never submits: the form element is only a group for its fields.
 */
export function renderIncidentForm(options: {
  title: string;
  labels: { what: string; actions: string; followUp: string };
  draft: IncidentDraft;
  invalid: readonly string[];
  required: string;
  saveLabel: string;
  later: TemplateResult;
  onInput: (event: Event) => void;
  save: () => unknown;
  onKeydown: (event: KeyboardEvent) => void;
}): TemplateResult {
  const field = (name: 'what' | 'actions') => {
    const bad = options.invalid.includes(name);
    return html`<label>
      ${options.labels[name]}
      <textarea
        class="field"
        name=${name}
        rows="3"
        required
        aria-invalid=${bad ? 'true' : 'false'}
        aria-describedby=${bad ? `${name}-hint` : nothing}
        .value=${options.draft[name]}
      ></textarea>
      ${bad ? html`<span class="hint" id="${name}-hint">${options.required}</span>` : nothing}
    </label>`;
  };
  return html`<form
    part="panel"
    aria-labelledby="panel-title"
    novalidate
    @input=${options.onInput}
    @submit=${(event: Event) => event.preventDefault()}
    @keydown=${options.onKeydown}
  >
    <h3 id="panel-title">${options.title}</h3>
    ${field('what')}${field('actions')}
    <label class="check">
      <input type="checkbox" name="followUp" .checked=${options.draft.followUp} />
      ${options.labels.followUp}
    </label>
    <div>${timerButton(options.saveLabel, options.save, 'primary')}${options.later}</div>
  </form>`;
}
