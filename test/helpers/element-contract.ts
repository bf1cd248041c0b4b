/**
 * The shared element contract: what every OT Kit element promises a host page, checked the same way for each.
 *
 * - Its manifest (custom-elements.json, from the class JSDoc) names exactly the parts it renders, and every
 *   event it fires (each bubbling and composed, so a page can listen on any ancestor).
 * - A bad attribute value gives a named error: `ot-error` with an `OtValidationError` whose issue path starts
 *   with the attribute, a readable error state (`part="error"`, role alert), and the last good value kept.
 * - A page setting properties hears no event (events are for what a user does).
 * - Every state is axe-clean, and every control is at least 44 × 44 CSS pixels.
 *
 * A test file calls `elementContract({...})` inside its own `describe`; `npm run new:element` writes one.
 */
import { expect } from '@open-wc/testing';

/** What the contract needs to know about one element. */
export interface ElementContract<E extends HTMLElement = HTMLElement> {
  /** The tag, e.g. `ot-choice-board`. */
  readonly tag: string;
  /**
   * Renders the element in each state worth checking (a fresh fixture each), by name; the first is the plain
   * state. Together they must show every documented part.
   */
  readonly states: { readonly [name: string]: () => Promise<E> };
  /** What a user does in the plain state; every event it fires must be documented. Default: click every control. */
  readonly act?: (el: E) => Promise<void>;
  /** A value each of these attributes must refuse, by attribute. */
  readonly badAttributes: { readonly [attribute: string]: string };
  /** Good values a page may set, by property: none may make the element fire an event. */
  readonly propertySets: { readonly [property: string]: unknown };
  /** Controls exempt from the 44 px rule, by CSS selector, each with the reason (WCAG 2.5.8 exceptions). */
  readonly smallTargets?: { readonly [selector: string]: string };
  /**
   * Clauses the element is known to fail today, by clause id (`parts`, `events`, `bad attribute <name>`,
   * `property sets`, `axe <state>`, `targets <state>`), each with what is wrong. Such a clause still runs and
   * must still fail: once the element is fixed its test fails until the entry is removed, so the list can only
   * shrink and never hides a new failure.
   */
  readonly knownFailures?: { readonly [clause: string]: string };
}

interface Named {
  readonly name: string;
  readonly fieldName?: string;
}

/** What custom-elements.json says about one element. */
export interface ManifestEntry {
  readonly tagName: string;
  readonly cssParts?: readonly Named[];
  readonly events?: readonly Named[];
  readonly attributes?: readonly Named[];
}

let manifest: Promise<ManifestEntry[]> | undefined;

/** The manifest's entry for `tag` (built by `npm run analyze`, which `npm run build` runs). */
export async function manifestEntry(tag: string): Promise<ManifestEntry> {
  manifest ??= fetch('/packages/elements/custom-elements.json').then(async (response) => {
    expect(response.ok, 'packages/elements/custom-elements.json is missing: run `npm run analyze`').to.equal(true);
    const json = (await response.json()) as { modules: { declarations?: ManifestEntry[] }[] };
    return json.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.tagName);
  });
  const entry = (await manifest).find((d) => d.tagName === tag);
  expect(entry, `<${tag}> is not in custom-elements.json (is it defined with defineElement?)`).to.not.equal(undefined);
  return entry!;
}

/** Every part name shown in the element's shadow root now. */
export function renderedParts(el: HTMLElement): string[] {
  return [...el.shadowRoot!.querySelectorAll('[part]')].flatMap((node) => node.getAttribute('part')!.split(/\s+/));
}

/** Records the events the element dispatches on itself (its own events, not bubbling native ones). */
export function recordEvents(el: HTMLElement): Event[] {
  const fired: Event[] = [];
  const dispatch = el.dispatchEvent.bind(el);
  el.dispatchEvent = (event: Event) => {
    fired.push(event);
    return dispatch(event);
  };
  return fired;
}

const CONTROLS = [
  'button',
  'input:not([type=hidden])',
  'select',
  'textarea',
  'a[href]',
  '[role=button]',
  '[role=gridcell]',
  '[role=option]',
  '[role=tab]',
  '[tabindex]:not([tabindex="-1"])',
].join(', ');

/** The visible controls of the element's shadow root. */
export function controls(el: HTMLElement): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>(CONTROLS)].filter(
    (control) => control.checkVisibility() && control.getBoundingClientRect().width > 0,
  );
}

/** A readable name of a control, for failure messages. */
function describeControl(control: HTMLElement): string {
  const name = control.getAttribute('aria-label') ?? control.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  return `<${control.localName}${control.id ? `#${control.id}` : ''}> "${name.slice(0, 40)}"`;
}

/** Clicks each control the plain state shows, once, in order, waiting for each update. */
async function clickEveryControl(el: HTMLElement & { updateComplete?: Promise<unknown> }): Promise<void> {
  for (const control of controls(el)) {
    if (!control.isConnected || control.getAttribute('aria-disabled') === 'true') continue;
    control.click();
    await el.updateComplete;
  }
}

const names = (list: readonly Named[] | undefined) => (list ?? []).map((item) => item.name).sort();

/**
 * Registers the contract's tests for one element (call it inside a `describe`).
 *
 * @example
 * describe('<ot-choice-board> contract', () => {
 *   elementContract<OtChoiceBoard>({
 *     tag: 'ot-choice-board',
 *     states: { plain: () => fixture(html`<ot-choice-board .board=${makeBoard(4)}></ot-choice-board>`) },
 *     badAttributes: { columns: '99' },
 *     propertySets: { value: 'swing' },
 *   });
 * });
 */
export function elementContract<E extends HTMLElement>(contract: ElementContract<E>): void {
  const stateNames = Object.keys(contract.states);
  const plain = contract.states[stateNames[0]!]!;
  const update = (el: E) => (el as { updateComplete?: Promise<unknown> }).updateComplete;
  const known = contract.knownFailures ?? {};
  const clause = (id: string, title: string, body: () => Promise<void>) => clauseTest(id, title, body, known);

  clause('parts', 'manifest: documents every part it renders across its states, and no other', async () => {
    const seen = new Set<string>();
    for (const name of stateNames) {
      const el = await contract.states[name]!();
      await update(el);
      for (const part of renderedParts(el)) seen.add(part);
    }
    const { cssParts } = await manifestEntry(contract.tag);
    const documented = names(cssParts);
    const undocumented = [...seen].filter((part) => !documented.includes(part)).sort();
    const neverShown = documented.filter((part) => !seen.has(part));
    expect(undocumented, 'rendered but not documented (@csspart)').to.deep.equal([]);
    expect(neverShown, `documented but not rendered in any state (${stateNames.join(', ')})`).to.deep.equal([]);
  });

  clause('events', 'manifest: documents every event a user makes it fire; each bubbles and is composed', async () => {
    const el = await plain();
    const fired = recordEvents(el);
    await (contract.act ?? clickEveryControl)(el);
    await update(el);
    const { events } = await manifestEntry(contract.tag);
    const documented = names(events);
    const types = [...new Set(fired.map((event) => event.type))];
    expect(
      types.filter((type) => !documented.includes(type)),
      'fired but not documented (@fires)',
    ).to.deep.equal([]);
    for (const event of fired)
      expect(event.bubbles && event.composed, `${event.type} bubbles, composed`).to.equal(true);
  });

  for (const [attribute, value] of Object.entries(contract.badAttributes)) {
    clause(
      `bad attribute ${attribute}`,
      `bad input: ${attribute}="${value}" gives a named error and keeps the last good value`,
      async () => {
        const el = await plain();
        const { attributes, events } = await manifestEntry(contract.tag);
        const property = attributes?.find((a) => a.name === attribute)?.fieldName;
        expect(property, `attribute ${attribute} is documented`).to.be.a('string');
        const before = (el as unknown as Record<string, unknown>)[property!];
        const fired = recordEvents(el);
        el.setAttribute(attribute, value);
        await update(el);
        const errors = fired.filter((event) => event.type === 'ot-error') as CustomEvent<{ error: OtErrorLike }>[];
        expect(errors.length, 'ot-error fired').to.be.greaterThan(0);
        expect(names(events), 'ot-error is documented').to.include('ot-error');
        const issues = errors.flatMap((event) => event.detail.error.issues ?? []);
        expect(
          issues.some((issue) => issue.path[0] === attribute),
          `an issue names "${attribute}" (got ${JSON.stringify(issues.map((i) => i.path))})`,
        ).to.equal(true);
        expect(errors[0]!.detail.error.name).to.equal('OtValidationError');
        const shown = el.shadowRoot!.querySelector('[part~=error]');
        expect(shown, 'an error state is shown').to.not.equal(null);
        expect(shown!.getAttribute('role')).to.equal('alert');
        expect(shown!.textContent).to.include(attribute);
        expect((el as unknown as Record<string, unknown>)[property!], 'the last good value is kept').to.deep.equal(
          before,
        );
      },
    );
  }

  clause('property sets', 'events: a page setting properties hears none', async () => {
    const el = await plain();
    const fired = recordEvents(el);
    for (const [property, value] of Object.entries(contract.propertySets)) {
      (el as unknown as Record<string, unknown>)[property] = value;
      await update(el);
    }
    expect(fired.map((event) => event.type)).to.deep.equal([]);
  });

  for (const name of stateNames) {
    clause(`axe ${name}`, `accessibility: the ${name} state is axe-clean`, async () => {
      const el = await contract.states[name]!();
      await update(el);
      await expect(el).to.be.accessible();
    });

    clause(`targets ${name}`, `accessibility: every control of the ${name} state is at least 44 × 44 px`, async () => {
      const el = await contract.states[name]!();
      await update(el);
      const exempt = Object.keys(contract.smallTargets ?? {});
      const small = controls(el)
        .filter((control) => !exempt.some((selector) => control.matches(selector)))
        .map((control) => [control, control.getBoundingClientRect()] as const)
        .filter(([, box]) => box.width < 43.5 || box.height < 43.5)
        .map(([control, box]) => `${describeControl(control)} ${Math.round(box.width)}×${Math.round(box.height)}`);
      expect(small, 'controls smaller than 44 × 44 px').to.deep.equal([]);
    });
  }
}

/** One clause's test; a known failure must still fail (see {@link ElementContract.knownFailures}). */
function clauseTest(
  clause: string,
  title: string,
  body: () => Promise<void>,
  known: { readonly [clause: string]: string },
): void {
  const reason = known[clause];
  if (reason === undefined) {
    it(title, body);
    return;
  }
  it(`${title} [known failure: ${reason}]`, async () => {
    let failed = false;
    try {
      await body();
    } catch {
      failed = true;
    }
    expect(failed, `"${clause}" passes now: remove it from knownFailures`).to.equal(true);
  });
}

/** The shape of an `OtError` as an event carries it (another copy of the SDK may have made it). */
interface OtErrorLike {
  readonly name: string;
  readonly issues?: readonly { readonly path: readonly (string | number)[] }[];
}
