import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { createManualClock } from '@otkit/sdk';
import '@otkit/elements/define.js';
import type { OtGoalStack } from '@otkit/elements';
import { GOALS, T0, control } from './helpers.js';

interface Named {
  name: string;
  default?: string;
}

/** What the custom-elements manifest (built from the class JSDoc) tells a page about `<ot-goal-stack>`. */
async function documented(): Promise<{ cssParts: Named[]; cssProperties: Named[]; events: Named[]; slots?: Named[] }> {
  const response = await fetch('/packages/elements/custom-elements.json');
  expect(response.ok, 'custom-elements.json not found: run `npm run build`').to.equal(true);
  const manifest = (await response.json()) as {
    modules: { declarations?: ({ tagName?: string } & Awaited<ReturnType<typeof documented>>)[] }[];
  };
  return manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'ot-goal-stack')!;
}

const names = (list: Named[] | undefined) => (list ?? []).map((x) => x.name).sort();

/** The part names in the shadow root now. */
const parts = (el: OtGoalStack) =>
  [...el.shadowRoot!.querySelectorAll('[part]')].flatMap((n) => n.getAttribute('part')!.split(/\s+/));

// The manifest is what editors, Storybook and our docs show: it must name every part, custom property,
// slot and event the element has, and nothing it does not have.
describe('<ot-goal-stack> JSDoc and manifest', () => {
  it('documents every part the element renders, in every view and state, and no other', async () => {
    const el = await fixture<OtGoalStack>(
      html`<ot-goal-stack
        .clock=${createManualClock(T0)}
        .goals=${GOALS}
        .notes=${[{ id: 'n', goalId: 'shoes', text: 'A note' }]}
      ></ot-goal-stack>`,
    );
    const seen = new Set<string>();
    const slots = new Set<string>();
    const look = () => {
      parts(el).forEach((p) => seen.add(p));
      el.shadowRoot!.querySelectorAll('slot').forEach((s) => slots.add(s.name || '(default)'));
    };
    look();
    for (const view of ['client', 'review'] as const) {
      el.view = view;
      await el.updateComplete;
      look();
    }
    el.setAttribute('view', 'bogus');
    await el.updateComplete;
    look();
    const { cssParts, slots: documentedSlots } = await documented();
    expect([...seen].sort()).to.deep.equal(names(cssParts));
    expect([...slots].sort()).to.deep.equal(names(documentedSlots));
  });

  it('documents every custom property its styles read, with the default they fall back to', async () => {
    const el = await fixture<OtGoalStack>(html`<ot-goal-stack .goals=${GOALS}></ot-goal-stack>`);
    const css = el
      .shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((r) => r.cssText))
      .join('\n');
    const read = new Map<string, string>();
    for (const [, name, fallback] of css.matchAll(/var\((--ot-goal-stack-[\w-]+),\s*(var\(--_ot-[\w-]+\)|[^)]+)\)/g))
      read.set(name!, fallback!.replace('--_ot-', '--ot-').trim());
    const { cssProperties } = await documented();
    expect([...read.keys()].sort()).to.deep.equal(names(cssProperties));
    for (const p of cssProperties) expect(p.default, p.name).to.equal(read.get(p.name));
  });

  it('documents every event a user’s actions fire, and no other', async () => {
    const el = await fixture<OtGoalStack>(
      html`<ot-goal-stack .clock=${createManualClock(T0)} .goals=${GOALS}></ot-goal-stack>`,
    );
    const fired = new Set<string>();
    const dispatch = el.dispatchEvent.bind(el);
    el.dispatchEvent = (event: Event) => {
      fired.add(event.type);
      return dispatch(event);
    };
    control<HTMLInputElement>(el, 'Add a note').value = 'A note';
    control(el, 'Add').click();
    await oneEvent(el, 'ot-note-change');
    control(el, 'Add a + trial').click();
    await oneEvent(el, 'ot-progress-change');
    control(el, 'Move Zipping a coat up').click();
    await oneEvent(el, 'ot-goal-change');
    control(el, 'Next').click();
    el.setAttribute('view', 'bogus');
    await el.updateComplete;
    const { events } = await documented();
    expect([...fired].filter((t) => t.startsWith('ot-')).sort()).to.deep.equal(names(events));
  });
});
