/**
 * The schema library's core (see schema.ts, which re-exports it with the composite builders): the types, reading
 * untrusted values safely, parsing, and the primitive schemas.
 *
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

export type Path = (string | number)[];
export const INVALID: unique symbol = Symbol('invalid');
export type Invalid = typeof INVALID;

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

export function issue(issues: OtIssue[], path: Path, code: OtIssueCode, message: string): Invalid {
  issues.push({ path: [...path], code, message });
  return INVALID;
}

/**
 * Most items an array may have when its schema sets no `max` (every entity's longest list, a session's
 * 10,000 events, fits), and most items checked in any array: a longer one is refused anyway, and a sparse
 * array's or a proxy's `length` (up to 2³² − 1) would otherwise set the time a check takes.
 */
export const OT_SCHEMA_MAX_ITEMS = 10_000;

export const UNREADABLE: unique symbol = Symbol('unreadable');

/**
 * Reads `target[key]`, or gives {@link UNREADABLE} when a getter or a proxy trap throws: values from a host
 * page may be anything, and a check reports what it cannot read instead of throwing it.
 */
export function read(target: object, key: string | number): unknown {
  try {
    return (target as Record<string | number, unknown>)[key];
  } catch {
    return UNREADABLE;
  }
}

/** `Object.keys(target)`, or {@link UNREADABLE} when a proxy's `ownKeys` trap throws. */
export function ownKeys(target: object): string[] | typeof UNREADABLE {
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

export function unreadable(issues: OtIssue[], path: Path): Invalid {
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
export function setKey(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__')
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

export function quote(value: unknown): string {
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

export function make<Out, In = Out>(
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

/** The fields of an object schema. */
export type Shape = { [key: string]: Schema<unknown, unknown> };

/** Options of {@link object}. */
export interface ObjectOptions {
  /** Keys matching this pattern pass through untouched (e.g. `/^ext_/` for extension fields). */
  passthrough?: RegExp;
  /** Title in JSON Schema. */
  title?: string;
}
