import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { decodeScheduleFragment, encodeScheduleFragment } from '@otkit/sdk';
import '../../packages/embed/src/builder/define.js';
import type { OtScheduleBuilder } from '../../packages/embed/src/builder/schedule-builder.js';

// Issue 16, case 10: Child view was off by default (students saw Now/Skip on every step), and editing a schedule
// again meant pasting the link's fragment by hand.

const $ = <T extends Element = HTMLElement>(el: OtScheduleBuilder, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector)!;

async function builder(): Promise<OtScheduleBuilder> {
  const el = await fixture<OtScheduleBuilder>(
    html`<ot-schedule-builder base="https://widgets.example.org/otkit/"></ot-schedule-builder>`,
  );
  await waitUntil(() => el.shadowRoot!.querySelector('textarea'), 'the snippet', { timeout: 5000 });
  return el;
}

async function snippetSchedule(el: OtScheduleBuilder) {
  const src = /src="([^"]+)"/.exec($<HTMLTextAreaElement>(el, 'textarea').value)![1]!;
  return decodeScheduleFragment(new URL(src.replace(/&amp;/g, '&')).hash);
}

/** The form control whose label says `text`. */
function labelled<T extends HTMLElement>(el: OtScheduleBuilder, text: RegExp): T {
  const label = [...el.shadowRoot!.querySelectorAll('label')].find((l) => text.test(l.textContent!));
  if (!label) throw new Error(`no field labelled ${text}`);
  return label.querySelector<T>('input, textarea, select')!;
}

describe('<ot-schedule-builder> for teachers', () => {
  it('starts with Child view on', async () => {
    const el = await builder();
    expect(labelled<HTMLInputElement>(el, /^\s*Child view/).checked).to.equal(true);
    expect((await snippetSchedule(el)).checkOnly).to.equal(true);
  });

  it('reopens a schedule from its whole link, pasted', async () => {
    const el = await builder();
    const fragment = await encodeScheduleFragment({
      title: 'Art day',
      kind: 'list',
      steps: [{ label: 'Paint', image: { symbol: 'art' } }, { label: 'Clean up' }],
    });
    const field = labelled<HTMLInputElement>(el, /Open a schedule from its link/);
    field.value = `https://widgets.example.org/otkit/schedule.html${fragment}`;
    field.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(async () => (await snippetSchedule(el)).title === 'Art day', 'the reopened schedule');
    expect((await snippetSchedule(el)).steps.map((s) => s.label)).to.deep.equal(['Paint', 'Clean up']);
  });

  it('says what is wrong with a link that holds no schedule', async () => {
    const el = await builder();
    const field = labelled<HTMLInputElement>(el, /Open a schedule from its link/);
    field.value = 'https://widgets.example.org/otkit/schedule.html';
    field.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(() => el.shadowRoot!.querySelector('[part="error"]'), 'the error');
    expect($(el, '[part="error"]').textContent).to.match(/link/i);
  });
});
