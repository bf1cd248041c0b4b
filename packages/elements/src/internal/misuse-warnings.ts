/**
 * Warnings for misuse a developer would otherwise not see: a bad attribute value, an attribute naming a stored
 * record with no `<ot-provider>` around, and data put in an attribute where the element takes a property. Each
 * problem warns once per page (by element, kind and attribute), in every build: the CDN files have no
 * development build, and a page that never misuses an element never sees one. `OtElement.warnings = false`
 * silences them (a test that asserts a quiet console sets it, or avoids the misuse).
 */
const warned = new Set<string>();

/** The kinds of misuse that warn. */
export type OtMisuse = 'bad-attribute' | 'no-provider' | 'property-as-attribute';

/** Warns once per page for one misuse of one attribute of a tag; returns whether it warned now. */
export function warnOnce(enabled: boolean, tag: string, kind: OtMisuse, attribute: string, message: string): boolean {
  const key = `${tag}|${kind}|${attribute}`;
  if (!enabled || warned.has(key)) return false;
  warned.add(key);
  console.warn(`OT Kit <${tag}>: ${message}`);
  return true;
}

/** Whether an element sits inside `<ot-provider>`, through shadow roots too. */
export function insideProvider(element: Element): boolean {
  for (let node: Node | null = element.parentNode; node;) {
    if (node instanceof Element && node.localName === 'ot-provider') return true;
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return false;
}

/** What a value in an attribute meant for a property looks like, for the warning. */
export function describeAttributeValue(value: string): string {
  if (value.startsWith('[object ')) return 'an object turned into the text "[object Object]"';
  return /^\s*[[{]/.test(value) ? 'JSON text' : 'text';
}
