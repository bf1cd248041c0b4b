/**
 * The "upgrade property" pattern. A framework, or a page script that runs before an element's code has loaded,
 * may set a property on the plain `HTMLElement` the tag was at first: an own data property that would then hide
 * the class's accessor for good. Lit moves its reactive properties over by itself; this does the same for every
 * other accessor of the class (`value` of a form element, a setter written by hand).
 */
export function takeUpgradeProperties(
  element: HTMLElement,
  handledByLit: ReadonlySet<PropertyKey>,
): Map<string, unknown> {
  const taken = new Map<string, unknown>();
  for (const name of Object.keys(element)) {
    if (handledByLit.has(name) || !hasAccessor(Object.getPrototypeOf(element), name)) continue;
    taken.set(name, (element as unknown as Record<string, unknown>)[name]);
    delete (element as unknown as Record<string, unknown>)[name];
  }
  return taken;
}

/** Sets the properties {@link takeUpgradeProperties} took, now through the class's accessors. */
export function restoreUpgradeProperties(element: HTMLElement, taken: Map<string, unknown>): void {
  for (const [name, value] of taken) (element as unknown as Record<string, unknown>)[name] = value;
  taken.clear();
}

function hasAccessor(prototype: object | null, name: string): boolean {
  // The DOM's own accessors (`hidden`, `title`) never hide behind an own property: the platform setter ran.
  for (let proto = prototype; proto; proto = Object.getPrototypeOf(proto)) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, name);
    if (descriptor) return descriptor.set !== undefined;
  }
  return false;
}
