/**
 * A tiny schema library: the single source of truth for every entity of the SDK.
 *
 * A schema checks an unknown value, collects *every* problem with its path (not only the first), returns a
 * clean copy (unknown keys are rejected, defaults filled in) and infers the TypeScript type. Each schema also
 * describes itself as data (`def`), from which {@link toJsonSchema} (model/json-schema.ts) writes JSON Schema
 * (draft 2020-12) for portals written in other languages. Each builder is a plain function, so a bundle only
 * carries the ones it uses, and a bundle that only checks values carries no JSON Schema code.
 *
 * This module holds the composite builders (arrays, objects, unions, refinements); schema-core.ts the types,
 * safe reading, parsing and the primitives, re-exported here so every caller imports one module.
 */
import { type OtIssue, type OtIssueCode } from '../errors.js';
import {
  INVALID,
  OT_SCHEMA_MAX_ITEMS,
  UNREADABLE,
  isArraySafe,
  issue,
  make,
  ownKeys,
  quote,
  read,
  setKey,
  typeName,
  unreadable,
  type Input,
  type ObjectOptions,
  type Output,
  type Path,
  type Schema,
  type Shape,
} from './schema-core.js';

export {
  OT_SCHEMA_MAX_ITEMS,
  boolean,
  isArraySafe,
  literal,
  number,
  parse,
  picklist,
  readField,
  readItems,
  safeParse,
  string,
  typeName,
  type JsonSchema,
  type ObjectOptions,
  type NumberOptions,
  type Output,
  type Input,
  type ParseResult,
  type Schema,
  type SchemaDef,
  type StringOptions,
} from './schema-core.js';

/** Options of {@link array}. */
export interface ArrayOptions<T> {
  min?: number;
  max?: number;
  /** Items whose key repeats are rejected with a `duplicate` issue (e.g. ids). */
  uniqueBy?: (item: T) => unknown;
  /** Words for the unique key in messages, e.g. `id`. */
  uniqueLabel?: string;
}

/** An array whose items all match `item`. Every bad item is reported, each with its index. */
export function array<O, I>(item: Schema<O, I>, options: ArrayOptions<O> = {}): Schema<O[], I[]> {
  const { min, max, uniqueBy, uniqueLabel = 'value' } = options;
  return make(
    (value, path, issues) => {
      if (!isArraySafe(value)) return issue(issues, path, 'type', `must be an array (got ${typeName(value)})`);
      const length = read(value, 'length');
      // A proxy can report any length; a real array's is a whole number below 2³².
      if (typeof length !== 'number' || !Number.isInteger(length) || length < 0) return unreadable(issues, path);
      let bad = false;
      // Too few items is reported and the items are still checked, so every problem shows at once.
      if (min !== undefined && length < min) {
        issue(issues, path, 'too-small', `must have at least ${min} item${min === 1 ? '' : 's'} (got ${length})`);
        bad = true;
      }
      const most = max ?? OT_SCHEMA_MAX_ITEMS;
      if (length > most) {
        issue(issues, path, 'too-big', `must have at most ${most} item${most === 1 ? '' : 's'} (got ${length})`);
        bad = true;
      }
      const out: O[] = [];
      const seen = new Map<unknown, number>();
      // An index loop, not forEach: holes are checked as the undefined they read as, and an array whose
      // forEach was replaced (or a proxy of one) cannot change how it is walked.
      for (let index = 0; index < Math.min(length, OT_SCHEMA_MAX_ITEMS); index++) {
        path.push(index);
        const entry = read(value, index);
        const result = entry === UNREADABLE ? unreadable(issues, path) : item.run(entry, path, issues);
        if (result === INVALID) bad = true;
        else {
          if (uniqueBy) {
            const key = uniqueBy(result);
            const first = seen.get(key);
            if (first !== undefined) {
              issue(issues, path, 'duplicate', `repeats ${uniqueLabel} ${quote(key)} already used at index ${first}`);
              bad = true;
            } else seen.set(key, index);
          }
          out.push(result);
        }
        path.pop();
      }
      return bad ? INVALID : out;
    },
    { kind: 'array', item: item as Schema<unknown, unknown>, options },
  );
}

/** A schema whose key may be left out of an object, in input and output. */
export type OptionalSchema<O, I> = Schema<O, I> & { readonly optional: true; readonly inputOptional: true };
/** A schema whose key may be left out of an object's input; the output then holds a default. */
export type DefaultSchema<O, I> = Schema<O, I> & { readonly inputOptional: true };

/** The value may be absent (`undefined`); the key may be left out of an object. */
export function optional<O, I>(schema: Schema<O, I>): OptionalSchema<O | undefined, I | undefined> {
  return make<O | undefined, I | undefined>(
    (value, path, issues) => (value === undefined ? undefined : schema.run(value, path, issues)),
    { kind: 'optional', inner: schema as Schema<unknown, unknown> },
    { optional: true, inputOptional: true, description: schema.description },
  ) as OptionalSchema<O | undefined, I | undefined>;
}

/** The value may be absent on input; the output then holds `fallback`. */
export function withDefault<O, I>(schema: Schema<O, I>, fallback: O | (() => O)): DefaultSchema<O, I | undefined> {
  return make<O, I | undefined>(
    (value, path, issues) =>
      value === undefined
        ? typeof fallback === 'function'
          ? (fallback as () => O)()
          : fallback
        : schema.run(value, path, issues),
    { kind: 'default', inner: schema as Schema<unknown, unknown>, fallback },
    { inputOptional: true, description: schema.description },
  ) as DefaultSchema<O, I | undefined>;
}

/** The value may be `null`. */
export function nullable<O, I>(schema: Schema<O, I>): Schema<O | null, I | null> {
  return make<O | null, I | null>(
    (value, path, issues) => (value === null ? null : schema.run(value, path, issues)),
    { kind: 'nullable', inner: schema as Schema<unknown, unknown> },
    { description: schema.description },
  );
}

/** Adds a readable description (shown in JSON Schema and docs). */
export function describe<S extends Schema<unknown, unknown>>(schema: S, description: string): S {
  return { ...schema, description, def: { kind: 'described', inner: schema, text: description } };
}

/**
 * Adds a check that the base schema cannot express. `check` returns a message (the value is bad) or
 * undefined (the value is fine); it runs only when the base schema passed.
 *
 * @example
 * const even = refine(number(), (n) => (n % 2 ? 'must be even' : undefined));
 */
export function refine<S extends Schema<unknown, unknown>>(
  schema: S,
  check: (
    value: Output<S>,
  ) => string | undefined | { path: (string | number)[]; message: string; code?: OtIssueCode }[],
  code: OtIssueCode = 'invalid',
): S {
  return {
    ...schema,
    run(value: unknown, path: Path, issues: OtIssue[]) {
      const out = schema.run(value, path, issues);
      if (out === INVALID) return INVALID;
      const problem = check(out as Output<S>);
      if (problem === undefined) return out;
      if (typeof problem === 'string') return issue(issues, path, code, problem);
      if (problem.length === 0) return out;
      for (const p of problem) issue(issues, [...path, ...p.path], p.code ?? code, p.message);
      return INVALID;
    },
  };
}

type Simplify<T> = { [K in keyof T]: T[K] } & {};
type OutOptionalKeys<S extends Shape> = {
  [K in keyof S]: S[K] extends { readonly optional: true } ? K : never;
}[keyof S];
type InOptionalKeys<S extends Shape> = {
  [K in keyof S]: S[K] extends { readonly inputOptional: true } ? K : never;
}[keyof S];
/** The output type of an object schema with shape `S`. */
export type ObjectOutput<S extends Shape> = Simplify<
  { [K in Exclude<keyof S, OutOptionalKeys<S>>]: Output<S[K]> } & { [K in OutOptionalKeys<S>]?: Output<S[K]> }
>;
/** The input type of an object schema with shape `S`. */
export type ObjectInput<S extends Shape> = Simplify<
  { [K in Exclude<keyof S, InOptionalKeys<S>>]: Input<S[K]> } & { [K in InOptionalKeys<S>]?: Input<S[K]> }
>;

/** An object schema; `shape` lists its fields. */
export interface ObjectSchema<S extends Shape> extends Schema<ObjectOutput<S>, ObjectInput<S>> {
  readonly shape: S;
}

/**
 * An object with the given fields. Unknown keys are rejected ("unknown field"), which catches typos such as
 * `titel`; every field is checked and every problem reported.
 *
 * @example
 * const point = object({ x: number(), y: number(), label: optional(string()) });
 */
export function object<const S extends Shape>(shape: S, options: ObjectOptions = {}): ObjectSchema<S> {
  const keys = Object.keys(shape);
  return {
    shape,
    run(value, path, issues) {
      if (typeof value !== 'object' || value === null || isArraySafe(value))
        return issue(issues, path, 'type', `must be an object (got ${typeName(value)})`);
      const inputKeys = ownKeys(value);
      if (inputKeys === UNREADABLE) return unreadable(issues, path);
      const out: Record<string, unknown> = {};
      let bad = false;
      for (const key of keys) {
        const field = shape[key]!;
        path.push(key);
        const raw = read(value, key);
        if (raw === UNREADABLE) {
          unreadable(issues, path);
          bad = true;
        } else if (raw === undefined && !field.inputOptional) {
          issue(issues, path, 'required', 'is required');
          bad = true;
        } else {
          const result = field.run(raw, path, issues);
          if (result === INVALID) bad = true;
          else if (result !== undefined) out[key] = result;
        }
        path.pop();
      }
      for (const key of inputKeys) {
        // hasOwn, not `in`: "constructor" or "__proto__" in the input are unknown fields, not shape keys.
        if (Object.hasOwn(shape, key)) continue;
        const raw = read(value, key);
        if (raw !== UNREADABLE && options.passthrough?.test(key)) {
          setKey(out, key, raw);
          continue;
        }
        if (raw === undefined) continue;
        issue(issues, [...path, key], 'unknown-key', 'is not a known field');
        bad = true;
      }
      return bad ? INVALID : (out as ObjectOutput<S>);
    },
    def: { kind: 'object', shape, options },
  };
}

/**
 * One of several object schemas, chosen by the value of the `key` field (a discriminated union). Problems are
 * reported against the chosen variant, so messages stay precise.
 *
 * @example
 * const event = variant('type', { start: object({ type: literal('start'), at: number() }), … });
 */
export function variant<K extends string, const M extends { [tag: string]: Schema<unknown, unknown> }>(
  key: K,
  options: M,
): Schema<Output<M[keyof M]>, Input<M[keyof M]>> {
  const tags = Object.keys(options);
  return make(
    (value, path, issues) => {
      if (typeof value !== 'object' || value === null || isArraySafe(value))
        return issue(issues, path, 'type', `must be an object (got ${typeName(value)})`);
      const tag = read(value, key);
      if (tag === UNREADABLE) return unreadable(issues, [...path, key]);
      const chosen = typeof tag === 'string' && Object.hasOwn(options, tag) ? options[tag] : undefined;
      if (!chosen)
        return issue(
          issues,
          [...path, key],
          'enum',
          `must be one of ${tags.map((t) => quote(t)).join(', ')} (got ${quote(tag)})`,
        );
      return chosen.run(value, path, issues) as Output<M[keyof M]>;
    },
    { kind: 'variant', options },
  );
}

/** A map from string keys (checked by `keyPattern`) to values of `value`'s type. */
export function record<O, I>(
  value: Schema<O, I>,
  keyPattern?: RegExp,
  keyLabel = 'key',
): Schema<Record<string, O>, Record<string, I>> {
  return make(
    (input, path, issues) => {
      if (typeof input !== 'object' || input === null || isArraySafe(input))
        return issue(issues, path, 'type', `must be an object (got ${typeName(input)})`);
      const inputKeys = ownKeys(input);
      if (inputKeys === UNREADABLE) return unreadable(issues, path);
      const out: Record<string, O> = {};
      let bad = false;
      for (const k of inputKeys) {
        path.push(k);
        const v = read(input, k);
        if (keyPattern && !keyPattern.test(k)) {
          issue(issues, path, 'pattern', `is not a valid ${keyLabel}`);
          bad = true;
        } else {
          const result = v === UNREADABLE ? unreadable(issues, path) : value.run(v, path, issues);
          if (result === INVALID) bad = true;
          else setKey(out, k, result);
        }
        path.pop();
      }
      return bad ? INVALID : out;
    },
    { kind: 'record', value: value as Schema<unknown, unknown>, keyPattern },
  );
}

/** Any of the given schemas; the first that accepts the value wins. Use {@link variant} for tagged objects. */
export function union<const T extends readonly Schema<unknown, unknown>[]>(
  members: T,
  label: string,
): Schema<Output<T[number]>, Input<T[number]>> {
  return make(
    (value, path, issues) => {
      for (const m of members) {
        const scratch: OtIssue[] = [];
        const out = m.run(value, path, scratch);
        if (out !== INVALID && scratch.length === 0) return out as Output<T[number]>;
      }
      return issue(issues, path, 'type', `must be ${label}`);
    },
    { kind: 'union', members },
  );
}
