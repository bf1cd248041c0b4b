import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { decodeScheduleFragment } from '@otkit/sdk';
import type { OtVisualSchedule } from '@otkit/elements';
import '../../packages/embed/src/builder/define.js';
import type { OtScheduleBuilder } from '../../packages/embed/src/builder/schedule-builder.js';

const $ = <T extends Element = HTMLElement>(el: OtScheduleBuilder, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector)!;
const $$ = <T extends Element = HTMLElement>(el: OtScheduleBuilder, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];

async function builder(lang = 'en'): Promise<OtScheduleBuilder> {
  const el = await fixture<OtScheduleBuilder>(
    html`<ot-schedule-builder lang=${lang} base="https://widgets.example.org/otkit/"></ot-schedule-builder>`,
  );
  await waitUntil(() => el.shadowRoot!.querySelector('textarea'), 'the snippet', { timeout: 5000 });
  return el;
}

/** The schedule inside the snippet's link. */
async function snippetSchedule(el: OtScheduleBuilder) {
  await waitUntil(() => el.shadowRoot!.querySelector('textarea'), 'a snippet', { timeout: 5000 });
  const src = /src="([^"]+)"/.exec($<HTMLTextAreaElement>(el, 'textarea').value)![1]!;
  return { src, schedule: await decodeScheduleFragment(new URL(src.replace(/&amp;/g, '&')).hash) };
}

function type(input: HTMLInputElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('<ot-schedule-builder>', () => {
  it('is axe-clean, with the picker open and with an error shown', async () => {
    const el = await builder();
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '.pic').click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
    $<HTMLDialogElement>(el, 'dialog').close();
    type($<HTMLInputElement>(el, 'ol > li input'), '');
    await waitUntil(() => el.shadowRoot!.querySelector('[part="error"]'), 'the error');
    await expect(el).to.be.accessible();
  });

  it('warns that nothing identifying belongs in a schedule', async () => {
    const el = await builder();
    expect($(el, '[part="warning"]').textContent).to.contain('Never put names, IEP goals, diagnoses');
  });

  it('writes a snippet for the published pages with title, size and the recommended sandbox', async () => {
    const el = await builder();
    const { src, schedule } = await snippetSchedule(el);
    expect(src.startsWith('https://widgets.example.org/otkit/schedule.html#v1.')).to.equal(true);
    expect($<HTMLTextAreaElement>(el, 'textarea').value).to.match(
      /title="Visual schedule: Morning" width="100%" height="\d+" sandbox="allow-scripts allow-same-origin"/,
    );
    expect(schedule.steps.map((s) => s.label)).to.deep.equal(['Circle time', 'Snack', 'Recess']);
    expect(el.shadowRoot!.textContent).to.match(/Size of the schedule in the link: \d+ characters/);
    expect($<HTMLInputElement>(el, 'input.link').value).to.equal(src);
  });

  it('picks a symbol from the keyboard: search, Enter, focus back on the picture button', async () => {
    const el = await builder();
    const pictureButton = $<HTMLButtonElement>(el, 'ol > li:nth-child(2) .pic');
    pictureButton.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect($<HTMLDialogElement>(el, 'dialog').open).to.equal(true);
    expect(el.shadowRoot!.activeElement).to.equal($(el, 'dialog input[type="search"]'));
    await sendKeys({ type: 'agua' });
    await el.updateComplete;
    const found = $$<HTMLButtonElement>(el, 'dialog [data-symbol]').map((b) => b.dataset.symbol);
    expect(found).to.deep.equal(['drink-water']);
    expect($(el, 'dialog [role="status"]').textContent).to.equal('1 picture');
    $<HTMLButtonElement>(el, 'dialog [data-symbol="drink-water"]').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect($<HTMLDialogElement>(el, 'dialog').open).to.equal(false);
    expect(el.shadowRoot!.activeElement).to.equal(pictureButton);
    await waitUntil(
      async () => (await snippetSchedule(el)).schedule.steps[1]!.image?.symbol === 'drink-water',
      'the new picture in the link',
    );
  });

  it('moves and removes steps from the keyboard, and says so', async () => {
    const el = await builder();
    $$<HTMLButtonElement>(el, 'ol > li:nth-child(1) .move')[1]!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect($$<HTMLInputElement>(el, 'ol > li > label:first-of-type input').map((i) => i.value)).to.deep.equal([
      'Snack',
      'Circle time',
      'Recess',
    ]);
    await waitUntil(
      () => $(el, '[part="announcer"]').textContent === 'Circle time moved to position 2 of 3.',
      'the move announced',
    );
    expect(el.shadowRoot!.activeElement!.getAttribute('aria-label')).to.equal('Move step 2 down');
    $<HTMLButtonElement>(el, 'ol > li:nth-child(3) .danger').click();
    await el.updateComplete;
    expect($$(el, 'ol > li')).to.have.length(2);
    await waitUntil(() => $(el, '[part="announcer"]').textContent === 'Recess removed.', 'the removal announced');
    await waitUntil(async () => (await snippetSchedule(el)).schedule.steps.length === 2, 'the link follows');
  });

  it('makes a choice step and a first–then board, and explains what is wrong meanwhile', async () => {
    const el = await builder();
    $$<HTMLButtonElement>(el, 'ol > li:nth-child(3) button')
      .find((b) => b.textContent!.includes('Make it a choice'))!
      .click();
    await el.updateComplete;
    const [a, b] = $$<HTMLInputElement>(el, 'ol > li:nth-child(3) .choices input');
    type(a!, 'Swing');
    await waitUntil(
      () => $(el, '[part="error"]')?.textContent!.includes('steps[2].choices[1].label'),
      'the empty activity named',
    );
    type(b!, 'Slide');
    await waitUntil(
      async () =>
        el.shadowRoot!.querySelector('textarea') &&
        (await snippetSchedule(el)).schedule.steps[2]!.choices?.length === 2,
      'a choice step',
    );
    const select = $$<HTMLSelectElement>(el, 'select')[0]!;
    select.value = 'first-then';
    select.dispatchEvent(new Event('change'));
    await waitUntil(
      () => $(el, '[part="error"]')?.textContent!.includes('exactly 2 steps'),
      'first–then needs 2 steps',
    );
    $<HTMLButtonElement>(el, 'ol > li:nth-child(3) .danger').click();
    const { src, schedule } = await (async () => {
      await waitUntil(() => el.shadowRoot!.querySelector('textarea'), 'the snippet again');
      return snippetSchedule(el);
    })();
    expect(src).to.contain('/first-then.html#v1.');
    expect(schedule.kind).to.equal('first-then');
    const preview = $<OtVisualSchedule>(el, 'ot-visual-schedule');
    await preview.updateComplete;
    expect(
      [...preview.shadowRoot!.querySelectorAll('[part~="caption"]')].map((c) => c.textContent!.trim()),
    ).to.deep.equal(['First', 'Then']);
  });

  it('speaks Spanish, and writes the schedule language into the link', async () => {
    const el = await builder('es');
    expect($(el, 'h1').textContent).to.equal('Creador de horarios visuales');
    expect($(el, '[part="warning"]').textContent).to.contain('Nunca pongas nombres');
    const { schedule } = await snippetSchedule(el);
    expect(schedule.lang).to.equal('es');
    expect(schedule.steps.map((s) => s.label)).to.deep.equal(['Asamblea', 'Merienda', 'Recreo']);
    await expect(el).to.be.accessible();
  });
});
