import type { PropertyValues, ReactiveElement } from 'lit';
import { OtValidationError, type OtIssue, type Schema } from '@otkit/sdk';

/** How one property is checked: its schema, and the value a missing attribute (null or undefined) stands for. */
export interface OtCheck<T = unknown> {
  /** Checks the value; its output (a number coerced, say) becomes the property's value. */
  readonly schema: Schema<T, unknown>;
  /** The value when the attribute is absent, and after a bad first value. Default: undefined. */
  readonly fallback?: T;
}

/** Checked properties by name: see {@link OtElement.checkedProperties}. */
export type OtCheckedProperties = { readonly [property: string]: OtCheck };

/**
 * Declares a property check with its types tied together.
 *
 * @example
 * static override checkedProperties = { view: check(picklist(OT_GOAL_STACK_VIEWS), 'therapist') };
 */
export function check<T>(schema: Schema<T, unknown>, fallback?: T): OtCheck<T> {
  return fallback === undefined ? { schema } : { schema, fallback };
}

/** The attribute a property reads (`scanPattern` → `scan-pattern` when so declared), else its own name. */
export function attributeName(host: ReactiveElement, property: string): string {
  const declared = (host.constructor as typeof ReactiveElement).elementProperties.get(property)?.attribute;
  if (typeof declared === 'string') return declared;
  return declared === false ? property : property.toLowerCase();
}

/**
 * Runs the checks of the properties that changed. A good value is kept (in its checked form); a bad one is put
 * back to the last good value (the one before this update, or `fallback` on the first) and its problems are
 * remembered by property until a good value comes. Returns the problems still standing, and whether any is new.
 */
export function runChecks(
  host: ReactiveElement,
  checks: OtCheckedProperties,
  changed: PropertyValues,
  standing: Map<string, readonly OtIssue[]>,
): { error: OtValidationError | undefined; fresh: boolean } {
  const values = host as unknown as Record<string, unknown>;
  const previous = changed as Map<string, unknown>;
  let fresh = false;
  for (const [property, { schema, fallback }] of Object.entries(checks)) {
    if (!previous.has(property)) continue;
    const issues: OtIssue[] = [];
    const value = schema.run(values[property] ?? fallback, [attributeName(host, property)], issues);
    if (issues.length) {
      standing.set(property, issues);
      fresh = true;
      values[property] = previous.get(property) ?? fallback;
    } else {
      standing.delete(property);
      if (!Object.is(value, values[property])) values[property] = value;
    }
  }
  const issues = [...standing.values()].flat();
  if (!issues.length) return { error: undefined, fresh };
  const names = [...new Set(issues.map((issue) => `"${issue.path[0]}"`))];
  const subject = `${names.length === 1 ? 'attribute' : 'attributes'} ${names.join(', ')}`;
  return { error: new OtValidationError(subject, issues), fresh };
}
