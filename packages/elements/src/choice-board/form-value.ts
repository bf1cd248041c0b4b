import { OtValidationError, type OtChoiceBoard, type OtIssue } from '@otkit/sdk';

/**
 * Hands a board's selection to its form like a native control: each chosen id under the board's name (nothing
 * without a name), the chosen ids (space-separated) as the state to restore, and a missing value while
 * `required`.
 */
export function syncFormValue(
  internals: ElementInternals,
  form: { name: string; required: boolean; chosen: readonly string[]; message: string },
  anchor: HTMLElement | undefined,
): void {
  const data = new FormData();
  for (const id of form.chosen) data.append(form.name, id);
  internals.setFormValue(form.name ? data : null, form.chosen.join(' '));
  // The message only counts while a flag is set.
  internals.setValidity({ valueMissing: form.required && !form.chosen.length }, form.message, anchor);
}

/**
 * The chosen ids a `value` stands for: a string is one id or, as the attribute writes them, several separated
 * by spaces; an array lists them; null and undefined choose nothing.
 */
export function parseChoiceValue(value: unknown): string[] {
  if (value === null || value === undefined) return [];
  const ids = Array.isArray(value) ? value.map(String) : String(value).split(/\s+/);
  return [...new Set(ids.filter(Boolean))];
}

/**
 * The `value` a board shows for its chosen ids, like `<select>`: the id (or `''`) for a single choice, the ids in
 * a new array with `multiple`, so the property and the events' `detail.value` have one type per mode.
 */
export function choiceValueOf(chosen: readonly string[], multiple: boolean): string | string[] {
  return multiple ? [...chosen] : (chosen[0] ?? '');
}

/**
 * The error for chosen ids that are not choices of the board, or more than one id without `multiple`; undefined
 * when the value fits. The path names the property (`value`) and the position of each bad id.
 */
export function choiceValueError(
  board: Pick<OtChoiceBoard, 'choices'>,
  chosen: readonly string[],
  multiple: boolean,
): OtValidationError | undefined {
  const known = new Set(board.choices.map((choice) => choice.id));
  const issues: OtIssue[] = chosen.flatMap((id, index) =>
    known.has(id) ? [] : [{ path: ['value', index], code: 'reference', message: `no choice "${id}" on the board` }],
  );
  if (!multiple && chosen.length > 1)
    issues.push({ path: ['value'], code: 'too-big', message: 'one choice only (set `multiple` to choose several)' });
  return issues.length ? new OtValidationError('property "value"', issues) : undefined;
}

/** The text of the `<label>` elements that name the board (`<label for>` or a wrapping label), for its grid. */
export function labelText(internals: ElementInternals): string {
  return [...internals.labels]
    .map((label) => label.textContent?.trim() ?? '')
    .filter(Boolean)
    .join(' ');
}

/**
 * Fires the `input` and `change` events a form control fires after a person changed its value (what Vue's
 * `v-model` and Angular's value accessors listen to). Both are composed, like every event of ours, so a page
 * hears them from a board inside another component's shadow root.
 */
export function fireNativeChange(host: HTMLElement): void {
  host.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  host.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}
