import { expect, fixture, html } from '@open-wc/testing';
import { createManualClock, type OtScheduleStepInput } from '@otkit/sdk';
import '@otkit/elements/define.js';
import type { OtVisualSchedule } from '@otkit/elements';
import { button, click, savingSchedule, schoolDay } from './helpers.js';

// The class JSDoc becomes custom-elements.json, which Storybook's docs tables and editors read: what the
// element renders, reads and fires must all be listed there.

interface Doc {
  name: string;
  description?: string;
  default?: string;
  type?: { text: string };
}
interface Declaration {
  tagName?: string;
  slots?: Doc[];
  cssParts?: Doc[];
  cssProperties?: Doc[];
  events?: Doc[];
}

async function documented(): Promise<Declaration> {
  const manifest = (await (await fetch('/packages/elements/custom-elements.json')).json()) as {
    modules: { declarations?: Declaration[] }[];
  };
  return manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'ot-visual-schedule')!;
}

const at = (h: number, m: number) => new Date(2026, 0, 5, h, m).getTime();
const names = (docs: Doc[] | undefined) => (docs ?? []).map((d) => d.name).sort();

const choices: OtScheduleStepInput['choices'] = [
  { id: 'swing', label: 'Swing', image: { symbol: 'swing' } },
  { id: 'slide', label: 'Slide', image: { symbol: 'slide' } },
];

/** The schedule in every state it can show, one element each. */
async function everyState(): Promise<OtVisualSchedule[]> {
  const clock = createManualClock(at(9, 20));
  const day: OtScheduleStepInput[] = [
    { id: 'bus', label: 'Bus', image: { symbol: 'bus' }, timeOfDay: '08:00', state: 'done', doneAt: at(8, 10) },
    { id: 'read', label: 'Reading', image: { symbol: 'reading' }, timeOfDay: '08:45', state: 'skipped' },
    { id: 'art', label: 'Art', image: { symbol: 'art' }, minutes: 10, state: 'now', startedAt: at(9, 15) },
    { id: 'snack', label: 'Snack', image: { symbol: 'snack' }, timeOfDay: '09:15', minutes: 15 },
    { id: 'choose', label: 'Choice time', choices },
    { id: 'chosen', label: 'Play', choices, chosenId: 'swing' },
  ];
  const done = schoolDay().map((s) => ({ ...s, state: 'done' as const, doneAt: at(9, 0) }));
  return Promise.all([
    fixture<OtVisualSchedule>(
      html`<ot-visual-schedule heading="Monday" .clock=${clock} .steps=${day}></ot-visual-schedule>`,
    ),
    fixture<OtVisualSchedule>(
      html`<ot-visual-schedule kind="first-then" .steps=${schoolDay().slice(0, 2)}></ot-visual-schedule>`,
    ),
    fixture<OtVisualSchedule>(html`<ot-visual-schedule view="now-next" .steps=${schoolDay()}></ot-visual-schedule>`),
    fixture<OtVisualSchedule>(html`<ot-visual-schedule .steps=${done}></ot-visual-schedule>`),
    fixture<OtVisualSchedule>(html`<ot-visual-schedule></ot-visual-schedule>`),
    fixture<OtVisualSchedule>(html`<ot-visual-schedule .steps=${[{ id: 'a', label: '' }]}></ot-visual-schedule>`),
    savingSchedule(),
  ]);
}

describe('<ot-visual-schedule> documentation (custom-elements.json)', () => {
  it('lists every part the element renders, and no other', async () => {
    const rendered = new Set<string>();
    for (const el of await everyState())
      for (const node of el.shadowRoot!.querySelectorAll('[part]'))
        for (const name of node.getAttribute('part')!.split(/\s+/)) rendered.add(name);
    const doc = await documented();
    expect(names(doc.cssParts)).to.deep.equal([...rendered].sort());
    for (const part of doc.cssParts!) expect(part.description ?? '', part.name).to.match(/\w/);
  });

  it('lists every attribute of the <ot-step> and <ot-step-choice> markup it reads', async () => {
    const slot = (await documented()).slots!.find((s) => s.name === '')!;
    const [steps, choice] = slot.description!.split('<ot-step-choice>');
    for (const name of ['symbol', 'src', 'alt', 'time', 'minutes', 'spoken', 'state', 'step-id', 'chosen', 'label'])
      expect(steps, name).to.contain(`\`${name}\``);
    for (const name of ['symbol', 'src', 'alt', 'spoken', 'choice-id', 'label'])
      expect(choice, name).to.contain(`\`${name}\``);
  });

  it('lists every component custom property its styles read, each with its default', async () => {
    const [el] = await everyState();
    const css = el!
      .shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((r) => r.cssText))
      .join('\n');
    const read = [...new Set(css.match(/--ot-schedule-[a-z-]+/g))].sort();
    const doc = await documented();
    expect(read).to.have.length.above(0);
    expect(names(doc.cssProperties)).to.deep.equal(read);
    for (const prop of doc.cssProperties!) expect(prop.default ?? '', prop.name).to.match(/\S/);
  });

  it('lists every event the element fires, each with its event class', async () => {
    const el = await fixture<OtVisualSchedule>(
      html`<ot-visual-schedule
        .steps=${[...schoolDay(), { id: 'c', label: 'Choice time', choices }]}
      ></ot-visual-schedule>`,
    );
    const fired = new Set<string>();
    const dispatch = el.dispatchEvent.bind(el);
    el.dispatchEvent = (e: Event) => (fired.add(e.type), dispatch(e));
    await click(button(el, 0));
    await click(el.shadowRoot!.querySelector('[part~="choice"]')!);
    el.steps = [{ id: 'x', label: '' }];
    await el.updateComplete;
    expect([...fired].sort()).to.deep.equal(['ot-error', 'ot-step-change', 'ot-step-check', 'ot-step-choose']);
    const doc = await documented();
    expect(names(doc.events)).to.deep.equal([...fired].sort());
    for (const event of doc.events!) expect(event.type?.text ?? '', event.name).to.match(/^Ot[A-Za-z]+Event$/);
  });
});
