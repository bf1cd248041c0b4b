import { html, type TemplateResult } from 'lit';
import { OtValidationError } from '@otkit/sdk';

/**
 * The schedule fragment (`#v1.…`) of a link a teacher pasted: the whole link of the schedule page, the builder's
 * own link, or the fragment alone. A link without one is refused, naming the field.
 */
export function scheduleFragmentOf(link: string, message: string): string {
  const at = link.trim().indexOf('#v1.');
  if (at < 0) throw new OtValidationError('link', [{ path: ['link'], code: 'invalid', message }]);
  return link.trim().slice(at);
}

/** The field where a teacher pastes a schedule's link to edit it again. */
export function renderReopen(label: string, help: string, open: (link: string) => unknown): TemplateResult {
  return html`<label
      >${label}
      <input
        class="field"
        type="url"
        inputmode="url"
        spellcheck="false"
        aria-describedby="reopen-help"
        @change=${(e: Event) => open((e.target as HTMLInputElement).value)}
    /></label>
    <p id="reopen-help">${help}</p>`;
}
