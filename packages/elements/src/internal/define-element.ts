const warned = new Set<string>();

/**
 * Registers a custom element unless the tag is already taken. Two copies of OT Kit on one page (a CDN file
 * and an npm build, say) then share the first definition instead of throwing; a warning names the tag.
 *
 * @example
 * defineElement('ot-goal-stack', OtGoalStack);
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (existing) {
    if (existing !== constructor && !warned.has(tag)) {
      warned.add(tag);
      console.warn(
        `OT Kit: <${tag}> is already defined (probably by another copy of OT Kit on this page); this copy's definition was skipped.`,
      );
    }
    return;
  }
  customElements.define(tag, constructor);
}
