// The strict-CSP harness (plain browser JS, no build step): records every `securitypolicyviolation` on the
// page, runs scenario modules one after another, and checks that each rendered its elements.
//
// A scenario module exports `default async function (root)` that renders its element, in several states,
// into `root` (an empty <section>). Use DOM APIs only (createElement, properties, append): no innerHTML,
// no style= attributes. Import what you need from the CDN bundle, '/packages/elements/dist/cdn/otkit.min.js'.
// Wait with timers or events, never requestAnimationFrame: the test page may be a background tab (web-test-runner
// runs two test files at a time), where animation frames do not come.
//
// The report, also on `window.otkitCsp`:
//   { scenarios: [{ name, error?, rendered: ['ot-x', …], empty: ['ot-y', …] }], violations: [{ directive, blocked, sample, source }] }

const violations = [];
const uncaught = [];
document.addEventListener(
  'securitypolicyviolation',
  (e) => {
    violations.push({
      directive: e.effectiveDirective || e.violatedDirective,
      blocked: e.blockedURI,
      sample: e.sample,
      source: e.sourceFile ? `${e.sourceFile}:${e.lineNumber}:${e.columnNumber}` : '',
    });
  },
  true,
);
addEventListener('error', (e) => uncaught.push(String(e.error?.message ?? e.message)));
addEventListener('unhandledrejection', (e) => uncaught.push(String(e.reason?.message ?? e.reason)));

/** Every OT Kit element in `root`'s light DOM (nested ones too). */
function otElements(root) {
  return [...root.querySelectorAll('*')].filter((el) => el.localName.startsWith('ot-'));
}

/**
 * Waits a few tasks, so that violation reports (queued as tasks) arrive before we read them. Timers only, no
 * requestAnimationFrame: the test page may be a background tab (tests run two at a time), where frames never come.
 */
async function settle() {
  for (let i = 0; i < 3; i++) await new Promise((resolve) => setTimeout(resolve, 30));
}

/**
 * Runs `scenarios` (a list of `[name, () => import('./scenarios/x.js')]`) into `container` and returns the
 * report. A scenario fails when it throws, when it renders no OT Kit element, or when one of its elements has an
 * empty shadow root. Violations are collected for the whole page.
 */
export async function runScenarios(scenarios, container = document.body) {
  const results = [];
  for (const [name, load] of scenarios) {
    const root = document.createElement('section');
    root.dataset.scenario = name;
    container.append(root);
    const result = { name, rendered: [], empty: [] };
    try {
      const scenario = (await load()).default;
      if (typeof scenario !== 'function') throw new Error('the module has no default export function');
      await scenario(root);
      const elements = otElements(root);
      await Promise.all(elements.map((el) => el.updateComplete));
      if (elements.length === 0) throw new Error('rendered no OT Kit element');
      for (const el of elements) {
        const rendered = el.shadowRoot !== null && el.shadowRoot.children.length > 0;
        (rendered ? result.rendered : result.empty).push(el.localName);
      }
    } catch (error) {
      result.error = `${error?.name ?? 'Error'}: ${error?.message ?? error}`;
    }
    results.push(result);
  }
  await settle();
  return { scenarios: results, violations: [...violations], uncaught: [...uncaught] };
}
