import { safeParse, type Schema } from '@otkit/sdk';

/** The issues of a value a schema rejects (fails the test when it accepts it). */
export function issuesOf(schema: Schema<unknown, unknown>, value: unknown) {
  const r = safeParse(schema, value);
  if (r.success) throw new Error(`expected ${JSON.stringify(value)} to be rejected`);
  return r.issues;
}

/** The output for a value a schema accepts (fails the test when it rejects it). */
export function dataOf<T>(schema: Schema<T, unknown>, value: unknown): T {
  const r = safeParse(schema, value);
  if (!r.success) throw new Error(`expected ${JSON.stringify(value)} to be accepted: ${JSON.stringify(r.issues)}`);
  return r.data;
}
