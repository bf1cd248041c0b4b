/**
 * Whether `element` matches `selector`; false where the DOM has no selector matching, as in Lit's server
 * rendering (its element shim has no `matches`), so an element renders its initial state there too.
 */
export function matchesSelector(element: Element, selector: string): boolean {
  return typeof element.matches === 'function' && element.matches(selector);
}
