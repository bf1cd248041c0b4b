/**
 * Hands a board's selection to its form like a native control: each chosen id under the board's name (nothing
 * without a name), the `value` string as the state to restore, and a missing value while `required`.
 */
export function syncFormValue(
  internals: ElementInternals,
  form: { name: string; value: string; required: boolean; chosen: readonly string[]; message: string },
  anchor: HTMLElement | undefined,
): void {
  const data = new FormData();
  for (const id of form.chosen) data.append(form.name, id);
  internals.setFormValue(form.name ? data : null, form.value);
  // The message only counts while a flag is set.
  internals.setValidity({ valueMissing: form.required && !form.chosen.length }, form.message, anchor);
}
