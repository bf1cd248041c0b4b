/**
 * Hostile values for the fuzz suite: any JSON value, and what a host page can hand over that JSON cannot
 * carry (sparse arrays, array-likes, getters and proxy traps that throw, revoked proxies, frozen objects,
 * `__proto__` / `constructor` keys, boxed values, Maps and Sets), dropped into valid examples at random places
 * so the checks behind the first type test are reached too.
 */
import fc from 'fast-check';

/** Keys that reach Object.prototype or Array.prototype, and field names our schemas read. */
export const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty', 'prototype'];
const FIELD_KEYS = ['length', 'forEach', 'map', 'then', 'id', 'type', 'at', 'minutes', 'label', 'reason'];

const key = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 6 }) },
  { weight: 1, arbitrary: fc.constantFrom(...PROTOTYPE_KEYS, ...FIELD_KEYS) },
);

/** Any value built from JSON and JavaScript built-ins, `__proto__` keys, null prototypes and holes included. */
export const anyValue: fc.Arbitrary<unknown> = fc.anything({
  key,
  maxDepth: 3,
  maxKeys: 5,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  withUnicodeString: true,
});

function thrower(): never {
  throw new Error('hostile getter');
}

/** Wraps a value in the shapes a host page can make and JSON cannot. */
const WRAPPERS: readonly ((inner: unknown) => unknown)[] = [
  (inner) => Object.defineProperty({ inner }, 'id', { get: thrower, enumerable: true }),
  (inner) => Object.defineProperty([inner], 0, { get: thrower, enumerable: true }),
  (inner) => Object.defineProperty([inner], 'forEach', { value: 1 }),
  (inner) => Object.setPrototypeOf([inner, inner], Set.prototype),
  (inner) => Object.setPrototypeOf([inner], null),
  (inner) => ({ length: 3, 0: inner, 2: inner }),
  () => ({ length: 2 ** 32 - 1 }),
  () => new Array(2 ** 32 - 1),
  (inner) => Object.freeze([Object.freeze({ inner })]),
  (inner) => new Proxy([inner], { get: thrower }),
  (inner) => new Proxy({ inner }, { ownKeys: thrower, get: thrower, getOwnPropertyDescriptor: thrower }),
  (inner) => new Proxy([inner], { get: (target, k) => (k === 'length' ? 1e12 : Reflect.get(target, k)) }),
  () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    return proxy;
  },
  () => {
    const { proxy, revoke } = Proxy.revocable([], {});
    revoke();
    return proxy;
  },
  (inner) => JSON.parse(`{"__proto__": ${JSON.stringify(inner ?? null) ?? 'null'}, "constructor": {"prototype": 1}}`),
  (inner) => Object.assign(Object.create({ id: 'inherited' }), { inner }),
  () => ({ toString: thrower, valueOf: thrower, [Symbol.toPrimitive]: thrower }),
  () => Symbol('hostile'),
  () => () => 0,
];

/**
 * The recipe of a value JSON cannot make. fast-check inspects what it generates (and a revoked proxy throws
 * at any look), so inputs carry recipes, and {@link materialise} builds the values just before a run.
 */
class Exotic {
  constructor(
    readonly wrapper: number,
    readonly inner: unknown,
  ) {}
}

/** A value JSON cannot make, wrapping a small JSON value (as a recipe: see {@link materialise}). */
export const exotic: fc.Arbitrary<unknown> = fc
  .tuple(fc.nat(WRAPPERS.length - 1), fc.jsonValue({ maxDepth: 1 }))
  .map(([i, inner]) => new Exotic(i, inner));

/** A copy of `value` with every {@link Exotic} recipe in its arrays and plain objects built. */
export function materialise(value: unknown): unknown {
  if (value instanceof Exotic) return WRAPPERS[value.wrapper]!(value.inner);
  if (!value || typeof value !== 'object') return value;
  const proto = Object.getPrototypeOf(value);
  // Arrays are copied key by key too: an input may have given one a `map` or `constructor` of its own.
  const array = Array.isArray(value);
  if (!array && proto !== Object.prototype && proto !== null) return value;
  const copy: object = array ? new Array((value as unknown[]).length) : Object.create(proto);
  for (const key of Object.keys(value))
    Object.defineProperty(copy, key, {
      value: materialise((value as Record<string, unknown>)[key]),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  return copy;
}

/** Any hostile value: mostly built-in values, some exotic ones. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: anyValue },
  { weight: 2, arbitrary: exotic },
);

/** Every path to a value inside a JSON-like value, the root included. */
function pathsOf(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []) {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((v, i) => pathsOf(v, [...prefix, i], out));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) pathsOf(v, [...prefix, k], out);
  return out;
}

/** `example` with the value at a few random places (or a new key next to them) replaced by hostile ones. */
export function mutated(example: unknown): fc.Arbitrary<unknown> {
  const paths = pathsOf(example);
  const change = fc.record({
    at: fc.nat(paths.length - 1),
    addKey: fc.option(key, { freq: 4 }),
    value: hostileValue,
  });
  return fc.array(change, { minLength: 1, maxLength: 3 }).map((changes) => {
    let root: unknown = structuredClone(example);
    for (const { at, addKey, value } of changes) {
      const path = addKey === null ? paths[at]! : [...paths[at]!, addKey];
      if (!path.length) {
        root = value;
        continue;
      }
      let parent: unknown = root;
      for (const k of path.slice(0, -1))
        parent = parent && typeof parent === 'object' ? Reflect.get(parent, k) : undefined;
      const last = path[path.length - 1]!;
      if (!parent || typeof parent !== 'object') continue;
      try {
        Object.defineProperty(parent, last, { value, enumerable: true, writable: true, configurable: true });
      } catch {
        // An array's `length` or a typed array's index refuses most values: that place stays as it is.
      }
    }
    return root;
  });
}

/** A string of `n` characters (10 MB strings in the regression cases). */
export const longString = (n: number, unit = 'a') => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

/** An array nested `depth` levels deep, built without recursion. */
export function deepArray(depth: number): unknown {
  let value: unknown = [];
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

/** An object nested `depth` levels deep under `key`. */
export function deepObject(depth: number, key = 'steps'): unknown {
  let value: unknown = {};
  for (let i = 0; i < depth; i++) value = { [key]: value };
  return value;
}
