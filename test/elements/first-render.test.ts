import { expect, fixture, html } from '@open-wc/testing';
import { planHomeProgram } from '@otkit/sdk';
import '@otkit/elements/define.js';
import { GOALS } from './goal-stack/helpers.js';

/** The element's text after each of its updates, from the first one on (what each frame could show). */
function recordRenders(el: HTMLElement): string[] {
  const renders: string[] = [];
  const host = el as unknown as { updated: (changed: unknown) => void };
  const updated = host.updated;
  host.updated = function (this: HTMLElement, changed: unknown) {
    renders.push((this.shadowRoot!.textContent ?? '').replace(/\s+/g, ' '));
    updated.call(this, changed);
  };
  return renders;
}

/** Mounts `tag` with `properties` set before it is connected, and returns its text after every update. */
async function rendersOf(tag: string, properties: Record<string, unknown>): Promise<string[]> {
  const el = Object.assign(document.createElement(tag), properties);
  const renders = recordRenders(el);
  (await fixture(html`<div></div>`)).append(el);
  await (el as unknown as { updateComplete: Promise<boolean> }).updateComplete;
  return renders;
}

const T0 = Date.UTC(2026, 8, 17, 15, 0);
const service = { period: 'week', startDate: '2026-09-14', endDate: '2026-10-09', createdAt: T0 };

// Issue 15: page data shows from the first render (a server render shows it too), never a loading state first, so
// the browser's first render takes over server HTML without a flash.
describe('first render from properties', () => {
  const cases: [string, Record<string, unknown>, string[]][] = [
    [
      'ot-goal-stack',
      { goals: GOALS, notes: [{ id: 'n1', goalId: 'shoes', text: 'Asked about the fire drill' }] },
      ['Shoe-tying', 'Asked about the fire drill'],
    ],
    [
      'ot-service-minutes',
      {
        today: '2026-09-17',
        students: [{ id: 'c-ana', alias: 'Student A' }],
        services: [
          {
            ...service,
            id: 's-ana',
            clientId: 'c-ana',
            model: 'individual',
            minutesPerSession: 30,
            sessionsPerPeriod: 2,
          },
        ],
        entries: [],
      },
      ['Student A'],
    ],
    [
      'ot-home-program',
      { today: '2026-09-17', program: planHomeProgram({ activities: [{ libraryId: 'putty' }] }, { at: T0, id: 'p1' }) },
      ['Putty'],
    ],
  ];
  for (const [tag, properties, words] of cases)
    it(`<${tag}> shows its data from its very first render`, async () => {
      const renders = await rendersOf(tag, properties);
      expect(renders.length).to.be.greaterThan(0);
      for (const word of words) expect(renders[0]).to.contain(word);
      expect(
        renders.filter((text) => text.includes('Loading')),
        'no render showed a loading state',
      ).to.deep.equal([]);
    });
});
