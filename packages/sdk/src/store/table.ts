/**
 * One collection of a state: an immutable map from id to record, kept sorted by id, with structural sharing.
 * A copy-on-write B+ tree: `set` and `delete` copy only the nodes on the path to the id (three or four nodes of
 * at most {@link NODE_SIZE} entries at 100,000 records), so a write costs O(log n) and every older table stays
 * valid and unchanged. That is what lets subscribers keep immutable snapshots while a write costs O(changed
 * records). Lookups use the tree, never an object's properties, so an id such as `__proto__` or `constructor`
 * is just an id.
 */

/** Entries per node; 64 keeps the tree shallow and each copied node small. */
const NODE_SIZE = 64;

interface Leaf<T> {
  readonly keys: readonly string[];
  readonly values: readonly T[];
}
interface Branch<T> {
  /** keys[i] is a lower bound of every key in children[i], and above every key in children[i - 1]. */
  readonly keys: readonly string[];
  readonly children: readonly Node<T>[];
  readonly size: number;
}
type Node<T> = Leaf<T> | Branch<T>;

function isLeaf<T>(node: Node<T>): node is Leaf<T> {
  return 'values' in node;
}

function sizeOf<T>(node: Node<T>): number {
  return isLeaf(node) ? node.keys.length : node.size;
}

/** The index of `key` in sorted `keys`, or the bitwise complement of where it would go. */
function search(keys: readonly string[], key: string): number {
  let low = 0;
  let high = keys.length - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const at = keys[mid]!;
    if (at < key) low = mid + 1;
    else if (at > key) high = mid - 1;
    else return mid;
  }
  return ~low;
}

/** Which child of a branch may hold `key`. */
function childIndex(keys: readonly string[], key: string): number {
  const found = search(keys, key);
  return found >= 0 ? found : Math.max(0, ~found - 1);
}

function withItem<V>(list: readonly V[], index: number, value: V): V[] {
  const copy = list.slice();
  copy[index] = value;
  return copy;
}

function inserted<V>(list: readonly V[], index: number, value: V): V[] {
  const copy = list.slice(0, index);
  copy.push(value);
  for (let i = index; i < list.length; i++) copy.push(list[i]!);
  return copy;
}

function removed<V>(list: readonly V[], index: number): V[] {
  const copy = list.slice(0, index);
  for (let i = index + 1; i < list.length; i++) copy.push(list[i]!);
  return copy;
}

function branch<T>(keys: readonly string[], children: readonly Node<T>[]): Branch<T> {
  let size = 0;
  for (const child of children) size += sizeOf(child);
  return { keys, children, size };
}

/** Splits a node that grew past {@link NODE_SIZE} into two halves. */
function split<T>(node: Node<T>): [Node<T>, Node<T>] {
  const half = node.keys.length >>> 1;
  if (isLeaf(node))
    return [
      { keys: node.keys.slice(0, half), values: node.values.slice(0, half) },
      { keys: node.keys.slice(half), values: node.values.slice(half) },
    ];
  return [
    branch(node.keys.slice(0, half), node.children.slice(0, half)),
    branch(node.keys.slice(half), node.children.slice(half)),
  ];
}

/** Returns the node with `key` set; one node, or two when it had to split. */
function setIn<T>(node: Node<T>, key: string, value: T): Node<T>[] {
  let next: Node<T>;
  if (isLeaf(node)) {
    const found = search(node.keys, key);
    if (found >= 0) return [{ keys: node.keys, values: withItem(node.values, found, value) }];
    next = { keys: inserted(node.keys, ~found, key), values: inserted(node.values, ~found, value) };
  } else {
    const index = childIndex(node.keys, key);
    const parts = setIn(node.children[index]!, key, value);
    let keys = key < node.keys[index]! ? withItem(node.keys, index, key) : node.keys;
    let children = withItem(node.children, index, parts[0]!);
    if (parts.length === 2) {
      keys = inserted(keys, index + 1, parts[1]!.keys[0]!);
      children = inserted(children, index + 1, parts[1]!);
    }
    next = branch(keys, children);
  }
  return next.keys.length > NODE_SIZE ? split(next) : [next];
}

/** Returns the node without `key` (the same node when it had no such key), or undefined when it is now empty. */
function deleteIn<T>(node: Node<T>, key: string): Node<T> | undefined {
  if (isLeaf(node)) {
    const found = search(node.keys, key);
    if (found < 0) return node;
    if (node.keys.length === 1) return undefined;
    return { keys: removed(node.keys, found), values: removed(node.values, found) };
  }
  const index = childIndex(node.keys, key);
  const child = node.children[index]!;
  const next = deleteIn(child, key);
  if (next === child) return node;
  // Nodes are not merged when they shrink: the tree never gets deeper than the most records it ever held,
  // and a node that empties is dropped. Keys stay valid lower bounds.
  if (next === undefined)
    return node.children.length === 1 ? undefined : branch(removed(node.keys, index), removed(node.children, index));
  return branch(node.keys, withItem(node.children, index, next));
}

function* walk<T>(node: Node<T> | undefined): Generator<[string, T]> {
  if (!node) return;
  if (isLeaf(node)) {
    for (let i = 0; i < node.keys.length; i++) yield [node.keys[i]!, node.values[i]!];
  } else for (const child of node.children) yield* walk(child);
}

function collect<T>(node: Node<T> | undefined, out: T[]): T[] {
  if (!node) return out;
  if (isLeaf(node)) for (const value of node.values) out.push(value);
  else for (const child of node.children) collect(child, out);
  return out;
}

/** Builds a tree bottom-up from entries sorted by key with no repeats: O(n). */
function build<T>(entries: readonly (readonly [string, T])[]): Node<T> | undefined {
  if (entries.length === 0) return undefined;
  let level: Node<T>[] = [];
  for (let i = 0; i < entries.length; i += NODE_SIZE) {
    const slice = entries.slice(i, i + NODE_SIZE);
    level.push({ keys: slice.map(([key]) => key), values: slice.map(([, value]) => value) });
  }
  while (level.length > 1) {
    const up: Node<T>[] = [];
    for (let i = 0; i < level.length; i += NODE_SIZE) {
      const children = level.slice(i, i + NODE_SIZE);
      up.push(
        branch(
          children.map((child) => child.keys[0]!),
          children,
        ),
      );
    }
    level = up;
  }
  return level[0];
}

/**
 * An immutable map from id to record, sorted by id. Every write returns a new table and leaves this one as
 * it was. Read a state's tables with `getRecord`, `hasRecord`, `listRecords` and `countRecords`.
 *
 * @example
 * const empty = OtTable.empty<{ id: string }>();
 * const one = empty.set('a', { id: 'a' });
 * one.get('a'); // { id: 'a' }
 * empty.size; // 0
 */
export class OtTable<T> {
  static #empty = new OtTable<never>(undefined);
  readonly #root: Node<T> | undefined;

  private constructor(root: Node<T> | undefined) {
    this.#root = root;
  }

  /**
   * The empty table.
   *
   * @example
   * OtTable.empty<{ id: string }>().size; // 0
   */
  static empty<T>(): OtTable<T> {
    return OtTable.#empty as OtTable<T>;
  }

  /**
   * A table of these entries; a later entry wins over an earlier one with the same key.
   *
   * @example
   * const table = OtTable.from(records.map((r) => [r.id, r] as const));
   */
  static from<T>(entries: Iterable<readonly [string, T]>): OtTable<T> {
    const list = [...entries];
    // Stable, so the last of equal keys stays last; storage already hands most lists over in key order.
    list.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const unique = list.filter((entry, i) => i === list.length - 1 || list[i + 1]![0] !== entry[0]);
    return new OtTable(build(unique));
  }

  /** How many entries the table holds. */
  get size(): number {
    return this.#root ? sizeOf(this.#root) : 0;
  }

  /** The value under `key`, or undefined. */
  get(key: string): T | undefined {
    let node = this.#root;
    if (!node) return undefined;
    while (!isLeaf(node)) node = node.children[childIndex(node.keys, key)]!;
    const found = search(node.keys, key);
    return found >= 0 ? node.values[found] : undefined;
  }

  /** Whether the table holds `key`. */
  has(key: string): boolean {
    let node = this.#root;
    if (!node) return false;
    while (!isLeaf(node)) node = node.children[childIndex(node.keys, key)]!;
    return search(node.keys, key) >= 0;
  }

  /** A table with `key` set to `value`. */
  set(key: string, value: T): OtTable<T> {
    if (!this.#root) return new OtTable<T>({ keys: [key], values: [value] });
    const parts = setIn(this.#root, key, value);
    return new OtTable(parts.length === 1 ? parts[0] : branch([parts[0]!.keys[0]!, parts[1]!.keys[0]!], parts));
  }

  /** A table without `key` (this table when it has no such key). */
  delete(key: string): OtTable<T> {
    if (!this.#root) return this;
    const next = deleteIn(this.#root, key);
    return next === this.#root ? this : next ? new OtTable(next) : OtTable.empty<T>();
  }

  /**
   * A table with many changes at once (`undefined` removes a key). A few changes are applied one by one; a
   * batch that is large next to the table (an import) is merged in one pass and built bottom-up, which copies
   * each node once instead of once per change.
   *
   * @example
   * const next = table.withChanges(new Map([['a', recordA], ['b', undefined]]));
   */
  withChanges(changes: ReadonlyMap<string, T | undefined>): OtTable<T> {
    if (changes.size === 0) return this;
    if (changes.size * 8 < this.size) {
      return [...changes].reduce<OtTable<T>>(
        (table, [key, value]) => (value === undefined ? table.delete(key) : table.set(key, value)),
        this,
      );
    }
    const sorted = [...changes].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const merged: [string, T][] = [];
    let next = 0;
    const takeChangesBefore = (key: string | undefined) => {
      while (next < sorted.length && (key === undefined || sorted[next]![0] < key)) {
        const [k, v] = sorted[next++]!;
        if (v !== undefined) merged.push([k, v]);
      }
    };
    for (const [key, value] of walk(this.#root)) {
      takeChangesBefore(key);
      if (next < sorted.length && sorted[next]![0] === key) {
        const changed = sorted[next++]![1];
        if (changed !== undefined) merged.push([key, changed]);
      } else merged.push([key, value]);
    }
    takeChangesBefore(undefined);
    return merged.length ? new OtTable(build(merged)) : OtTable.empty<T>();
  }

  /** Every value, sorted by key, as a new array. */
  values(): T[] {
    return collect(this.#root, []);
  }

  /** Every key, sorted, as a new array. */
  keys(): string[] {
    const out: string[] = [];
    for (const [key] of walk(this.#root)) out.push(key);
    return out;
  }

  /** Every key and value, sorted by key. */
  entries(): IterableIterator<[string, T]> {
    return walk(this.#root);
  }

  /** Iterates like a `Map`: `[id, record]` pairs in id order (so tests' deep equality compares contents). */
  [Symbol.iterator](): IterableIterator<[string, T]> {
    return walk(this.#root);
  }

  /**
   * The table as a plain JSON object of id → record, as states were before tables (for logs and debugging;
   * `Object.fromEntries` defines each key as data, so an id `__proto__` stays an id).
   */
  toJSON(): Record<string, T> {
    return Object.fromEntries(walk(this.#root));
  }
}
