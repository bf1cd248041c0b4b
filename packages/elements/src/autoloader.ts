/**
 * The autoloader: defines each OT Kit element the first time its tag appears, loading that element's code
 * only then. A page that uses several elements loads one small file up front and shares one copy of Lit
 * between them (dist/cdn/otkit-autoloader.min.js and its chunks in dist/cdn/autoloader/). Importing this
 * module starts watching the document; elements inside shadow roots are found with {@link discover}.
 *
 * Works under a strict Content-Security-Policy with Trusted Types: it loads same-origin modules with
 * `import()` and writes no HTML.
 *
 * @example
 * <script type="module" src="https://cdn.example/otkit/otkit-autoloader.min.js"></script>
 * <ot-provider><ot-visual-schedule schedule-id="morning"></ot-visual-schedule></ot-provider>
 */

/** How to load each element's definition. Add a line here when you add an element. */
const DEFINITIONS: { readonly [tag: string]: () => Promise<unknown> } = {
  'ot-provider': () => import('./define/ot-provider.js'),
  'ot-session-timer': () => import('./define/ot-session-timer.js'),
  'ot-goal-stack': () => import('./define/ot-goal-stack.js'),
  // The review ships with the goal stack: its define file registers both.
  'ot-goal-stack-review': () => import('./define/ot-goal-stack.js'),
  'ot-visual-schedule': () => import('./define/ot-visual-schedule.js'),
  'ot-choice-board': () => import('./define/ot-choice-board.js'),
  'ot-service-minutes': () => import('./define/ot-service-minutes.js'),
  'ot-progress-chart': () => import('./define/ot-progress-chart.js'),
  'ot-home-program': () => import('./define/ot-home-program.js'),
  'ot-sync-indicator': () => import('./define/ot-sync-indicator.js'),
};

/** The tags the autoloader defines. */
export const OT_AUTOLOADED_TAGS = Object.freeze(Object.keys(DEFINITIONS));

const loading = new Map<string, Promise<unknown>>();

function define(tag: string): Promise<unknown> {
  let pending = loading.get(tag);
  if (!pending) {
    pending = DEFINITIONS[tag]!().catch((error: unknown) => {
      loading.delete(tag); // let a later sighting try again
      throw error;
    });
    loading.set(tag, pending);
  }
  return pending;
}

/**
 * Defines every OT Kit element in `root` (and `root` itself) that is not defined yet; settles when they are.
 * Call it for a shadow root the autoloader cannot see.
 *
 * @example
 * await discover(host.shadowRoot);
 */
export async function discover(root: ParentNode = document): Promise<void> {
  const candidates = [...root.querySelectorAll(':not(:defined)')];
  if (root instanceof Element) candidates.push(root);
  const tags = new Set(candidates.map((el) => el.localName).filter((tag) => Object.hasOwn(DEFINITIONS, tag)));
  await Promise.all([...tags].filter((tag) => !customElements.get(tag)).map(define));
}

// Only in a browser: imported in Node (server rendering) the module has no page to watch and does nothing.
if (typeof MutationObserver === 'function' && typeof document === 'object') {
  const observer = new MutationObserver((records) => {
    for (const record of records)
      for (const node of record.addedNodes) if (node instanceof Element) void discover(node);
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
  void discover(document);
}
