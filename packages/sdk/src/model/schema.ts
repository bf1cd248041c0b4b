/**
 * A tiny schema library: the single source of truth for every entity of the SDK.
 *
 * A schema checks an unknown value, collects *every* problem with its path (not only the first), returns a
 * clean copy (unknown keys are rejected, defaults filled in) and infers the TypeScript type. Each schema also
 * describes itself as data (`def`), from which {@link toJsonSchema} (model/json-schema.ts) writes JSON Schema
 * (draft 2020-12) for portals written in other languages. Each builder is a plain function, so a bundle only
 * carries the ones it uses, and a bundle that only checks values carries no JSON Schema code.
 */
import { OtValidationError, type OtIssue, type OtIssueCode } from '../errors.js';

/** A JSON Schema (draft 2020-12) object. */
export type JsonSchema = { [key: string]: unknown };

type Path = (string | number)[];
const INVALID: unique symbol = Symbol('invalid');
type Invalid = typeof INVALID;

/**
 * A schema: checks a value of unknown type and produces a value of type `Out`. `In` is what it accepts
 * (differs from `Out` when a field has a default).
 */
export interface Schema<Out, In = Out> {
  /** Phantom fields that carry the types; never set at run time. */
  readonly '~out'?: Out;
  readonly '~in'?: In;
  /** True when the key may be absent from the output of an object. */
  readonly optional?: boolean;
  /** True when the key may be absent from the input of an object. */
  readonly inputOptional?: boolean;
  /** A readable sentence for documentation and JSON Schema. */
  readonly description?: string;
  /** Checks `value` at `path`, pushing problems to `issues`. */
  run(value: unknown, path: Path, issues: OtIssue[]): Out | Invalid;
  /**
   * What the schema is, as data: its builder and that builder's options. {@link toJsonSchema} reads it, so the
   * JSON Schema code stays out of bundles that only check values.
   */
  readonly def: SchemaDef;
}

/** The builder of a schema and its options (see {@link Schema.def}). */
export type SchemaDef =
  | { readonly kind: 'string'; readonly options: StringOptions }
  | { readonly kind: 'number'; readonly options: NumberOptions }
  | { readonly kind: 'boolean' }
  | { readonly kind: 'literal'; readonly value: string | number | boolean }
  | { readonly kind: 'picklist'; readonly values: readonly (string | number)[] }
  | {
      readonly kind: 'array';
      readonly item: Schema<unknown, unknown>;
      readonly options: { min?: number; max?: number };
    }
  | { readonly kind: 'optional'; readonly inner: Schema<unknown, unknown> }
  | { readonly kind: 'default'; readonly inner: Schema<unknown, unknown>; readonly fallback: unknown }
  | { readonly kind: 'nullable'; readonly inner: Schema<unknown, unknown> }
  | { readonly kind: 'object'; readonly shape: Shape; readonly options: ObjectOptions }
  | { readonly kind: 'variant'; readonly options: { readonly [tag: string]: Schema<unknown, unknown> } }
  | { readonly kind: 'record'; readonly value: Schema<unknown, unknown>; readonly keyPattern: RegExp | undefined }
  | { readonly kind: 'union'; readonly members: readonly Schema<unknown, unknown>[] }
  | { readonly kind: 'described'; readonly inner: Schema<unknown, unknown>; readonly text: string };

/** The type a schema produces. */
export type Output<S> = S extends Schema<infer O, unknown> ? O : never;
/** The type a schema accepts. */
export type Input<S> = S extends Schema<unknown, infer I> ? I : never;

function issue(issues: OtIssue[], path: Path, code: OtIssueCode, message: string): Invalid {
  issues.push({ path: [...path], code, message });
  return INVALID;
}

/**
 * Most items an array may have when its schema sets no `max` (every entity's longest list, a session's
 * 10,000 events, fits), and most items checked in any array: a longer one is refused anyway, and a sparse
 * array's or a proxy's `length` (up to 2³² − 1) would otherwise set the time a check takes.
 */
export const OT_SCHEMA_MAX_ITEMS = 10_000;

const UNREADABLE: unique symbol = Symbol('unreadable');

/**
 * Reads `target[key]`, or gives {@link UNREADABLE} when a getter or a proxy trap throws: values from a host
 * page may be anything, and a check reports what it cannot read instead of throwing it.
 */
function read(target: object, key: string | number): unknown {
  try {
    return (target as Record<string | number, unknown>)[key];
  } catch {
    return UNREADABLE;
  }
}

/** `Object.keys(target)`, or {@link UNREADABLE} when a proxy's `ownKeys` trap throws. */
function ownKeys(target: object): string[] | typeof UNREADABLE {
  try {
    return Object.keys(target);
  } catch {
    return UNREADABLE;
  }
}

/** `Array.isArray` that answers false for a revoked proxy (which makes `Array.isArray` throw). */
export function isArraySafe(value: unknown): value is readonly unknown[] {
  try {
    return Array.isArray(value);
  } catch {
    return false;
  }
}

/**
 * Reads `target[key]` of any value; undefined when it is not an object or a getter or proxy trap throws.
 * For code that promises never to throw, such as the session clock (internal; not exported by the package).
 */
export function readField(target: unknown, key: string | number): unknown {
  if (typeof target !== 'object' || target === null) return undefined;
  const value = read(target, key);
  return value === UNREADABLE ? undefined : value;
}

/**
 * The items of a list as a plain array, at most {@link OT_SCHEMA_MAX_ITEMS} + 1 of them (so a caller can
 * tell a list that is too long); [] for anything but an array (internal; not exported by the package).
 */
export function readItems(list: unknown): unknown[] {
  if (!isArraySafe(list)) return [];
  const length = readField(list, 'length');
  if (typeof length !== 'number' || !(length >= 0)) return [];
  const out: unknown[] = [];
  for (let i = 0; i < Math.min(length, OT_SCHEMA_MAX_ITEMS + 1); i++) out.push(readField(list, i));
  return out;
}

function unreadable(issues: OtIssue[], path: Path): Invalid {
  return issue(issues, path, 'invalid', 'cannot be read (a getter or proxy threw)');
}

/** How messages name the type of a value: `a string`, `an array`, `null`… (internal; not exported by the package). */
export function typeName(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (isArraySafe(value)) return 'an array';
  if (typeof value === 'number' && Number.isNaN(value)) return 'NaN';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/**
 * Sets an own property, also for the key `__proto__` (which plain assignment would turn into a prototype
 * change instead of a key), so keys read from JSON land in the output as keys.
 */
function setKey(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__')
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

function quote(value: unknown): string {
  // String() would call an object's own toString, which data from JSON can replace ({"toString": 0}) and
  // make throw; objects are named by type instead.
  const text =
    typeof value === 'string'
      ? JSON.stringify(value.length > 40 ? value.slice(0, 40) : value)
      : typeof value === 'object' && value !== null
        ? typeName(value)
        : String(value);
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

/** Result of {@link safeParse}. */
export type ParseResult<T> = { success: true; data: T } | { success: false; issues: OtIssue[] };

/**
 * Checks `value` against `schema` without throwing.
 *
 * @example
 * const r = safeParse(goalSchema, input);
 * if (!r.success) r.issues.forEach((i) => console.log(formatIssue(i)));
 */
export function safeParse<S extends Schema<unknown, unknown>>(schema: S, value: unknown): ParseResult<Output<S>> {
  const issues: OtIssue[] = [];
  const data = schema.run(value, [], issues);
  if (data === INVALID || issues.length > 0) return { success: false, issues };
  return { success: true, data: data as Output<S> };
}

/**
 * Checks `value` against `schema` and returns the clean copy, or throws an {@link OtValidationError} that
 * lists every problem. `subject` names what was checked in the message (`goal`, `schedule`…).
 *
 * @example
 * const goal = parse(goalSchema, input, 'goal');
 */
export function parse<S extends Schema<unknown, unknown>>(schema: S, value: unknown, subject = 'value'): Output<S> {
  const result = safeParse(schema, value);
  if (!result.success) throw new OtValidationError(subject, result.issues);
  return result.data;
}

function make<Out, In = Out>(
  run: Schema<Out, In>['run'],
  def: SchemaDef,
  extra: Partial<Pick<Schema<Out, In>, 'optional' | 'inputOptional' | 'description'>> = {},
): Schema<Out, In> {
  return { run, def, ...extra };
}

/** Options of {@link string}. */
export interface StringOptions {
  /** Minimum length after trimming (1 rejects empty and blank text). */
  min?: number;
  /** Maximum length in UTF-16 code units. */
  max?: number;
  /** A pattern the whole string must match. */
  pattern?: RegExp;
  /** Words for the pattern in messages, e.g. `a time like 08:30`. */
  patternLabel?: string;
  /** JSON Schema `format`, e.g. `date`. */
  format?: string;
  /** Trim surrounding white space in the output (default true when `min` is set). */
  trim?: boolean;
}

/**
 * A string. With `min: 1` an empty or blank string is rejected with "must not be empty".
 *
 * @example
 * const label = string({ min: 1, max: 120 });
 */
export function string(options: StringOptions = {}): Schema<string> {
  const { min, max, pattern, patternLabel } = options;
  const trim = options.trim ?? min !== undefined;
  return make(
    (value, path, issues) => {
      if (typeof value !== 'string') return issue(issues, path, 'type', `must be a string (got ${typeName(value)})`);
      const text = trim ? value.trim() : value;
      if (min !== undefined && text.length < min)
        return issue(issues, path, 'too-small', min === 1 ? 'must not be empty' : `must be at least ${min} characters`);
      if (max !== undefined && text.length > max)
        return issue(issues, path, 'too-big', `must be at most ${max} characters (got ${text.length})`);
      if (pattern && !pattern.test(text))
        return issue(
          issues,
          path,
          'pattern',
          `must be ${patternLabel ?? `text matching ${pattern.source}`} (got ${quote(text)})`,
        );
      return text;
    },
    { kind: 'string', options },
  );
}

/** Options of {@link number}. */
export interface NumberOptions {
  min?: number;
  max?: number;
  /** Rejects the minimum itself (e.g. minutes must be > 0). */
  exclusiveMin?: boolean;
  /** Whole numbers only. */
  integer?: boolean;
}

/**
 * A finite number (NaN and Infinity are rejected).
 *
 * @example
 * const minutes = number({ min: 0, exclusiveMin: true, max: 600 });
 */
export function number(options: NumberOptions = {}): Schema<number> {
  const { min, max, exclusiveMin, integer } = options;
  return make(
    (value, path, issues) => {
      if (typeof value !== 'number' || !Number.isFinite(value))
        return issue(issues, path, 'type', `must be a finite number (got ${typeName(value)})`);
      if (integer && !Number.isInteger(value))
        return issue(issues, path, 'integer', `must be a whole number (got ${value})`);
      if (min !== undefined && (exclusiveMin ? value <= min : value < min))
        return issue(
          issues,
          path,
          'too-small',
          `must be ${exclusiveMin ? 'greater than' : 'at least'} ${min} (got ${value})`,
        );
      if (max !== undefined && value > max)
        return issue(issues, path, 'too-big', `must be at most ${max} (got ${value})`);
      return value;
    },
    { kind: 'number', options },
  );
}

/** `true` or `false`. */
export function boolean(): Schema<boolean> {
  return make(
    (value, path, issues) =>
      typeof value === 'boolean'
        ? value
        : issue(issues, path, 'type', `must be true or false (got ${typeName(value)})`),
    { kind: 'boolean' },
  );
}

/** Exactly `expected`. */
export function literal<const T extends string | number | boolean>(expected: T): Schema<T> {
  return make(
    (value, path, issues) =>
      value === expected
        ? expected
        : issue(issues, path, 'literal', `must be ${quote(expected)} (got ${quote(value)})`),
    { kind: 'literal', value: expected },
  );
}

/**
 * One of a fixed list of values, e.g. a level of assistance.
 *
 * @example
 * const level = picklist(OT_ASSISTANCE_LEVELS);
 */
export function picklist<const T extends readonly (string | number)[]>(options: T): Schema<T[number]> {
  return make(
    (value, path, issues) =>
      options.includes(value as T[number])
        ? (value as T[number])
        : issue(
            issues,
            path,
            'enum',
            `must be one of ${options.map((o) => quote(o)).join(', ')} (got ${quote(value)})`,
          ),
    { kind: 'picklist', values: options },
  );
}

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

type Shape = { [key: string]: Schema<unknown, unknown> };
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

/** Options of {@link object}. */
export interface ObjectOptions {
  /** Keys matching this pattern pass through untouched (e.g. `/^ext_/` for extension fields). */
  passthrough?: RegExp;
  /** Title in JSON Schema. */
  title?: string;
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
