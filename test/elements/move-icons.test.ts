import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '@otkit/elements/define.js';
import type { OtGoalStack, OtHomeProgram } from '@otkit/elements';
import { expectLineIcon, systemColor } from '../helpers/icons.js';
import { emulateMedia } from '../helpers/media.js';
import { GOALS } from './goal-stack/helpers.js';

// Issue 16 (one icon style): the Move up / Move down buttons drew the font's arrows (↑ ↓), whose look and
// weight change with the page's font; they now draw the kit's line icons, named by the button as before.

const goalStack = () =>
  fixture<OtGoalStack>(html`<ot-goal-stack .goals=${GOALS.slice(0, 2)}></ot-goal-stack>`).then(async (el) => {
    await el.updateComplete;
    return el;
  });
const moveButtons = (el: HTMLElement) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>('button[aria-label^="Move "], button[aria-label^="Mover "]'),
];

describe('move buttons draw the kit line icons', () => {
  afterEach(() => emulateMedia({}));

  it('<ot-goal-stack>: Move up and Move down of each goal', async () => {
    const el = await goalStack();
    const buttons = moveButtons(el);
    expect(buttons.map((b) => b.getAttribute('aria-label'))).to.deep.equal([
      'Move Shoe-tying up',
      'Move Shoe-tying down',
      'Move Getting a drink from the cafeteria line up',
      'Move Getting a drink from the cafeteria line down',
    ]);
    for (const button of buttons) expectLineIcon(button, button.getAttribute('aria-label')!);
    await expect(el).to.be.accessible();
  });

  it('<ot-home-program> therapist view: Move up and Move down of each activity', async () => {
    const el = await fixture<OtHomeProgram>(html`<ot-home-program view="therapist"></ot-home-program>`);
    const add = (name: string) =>
      el.shadowRoot!.querySelector<HTMLButtonElement>(`button[aria-label="Add ${name}"]`)!.click();
    add('Heavy work');
    await waitUntil(() => moveButtons(el).length === 2, 'the first activity');
    add('Calm breathing');
    await waitUntil(() => moveButtons(el).length === 4, 'the second activity');
    const buttons = moveButtons(el);
    expect(buttons.map((b) => b.getAttribute('aria-label'))).to.deep.equal([
      'Move Heavy work up',
      'Move Heavy work down',
      'Move Calm breathing up',
      'Move Calm breathing down',
    ]);
    for (const button of buttons) expectLineIcon(button, button.getAttribute('aria-label')!);
  });

  it('follows the system colours in forced-colors mode', async () => {
    await emulateMedia({ forcedColors: 'active' });
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    const el = await goalStack();
    const down = moveButtons(el)[1]!;
    expectLineIcon(down, 'Move Shoe-tying down');
    expect(getComputedStyle(down.querySelector('path')!).stroke).to.equal(systemColor('ButtonText'));
  });
});
