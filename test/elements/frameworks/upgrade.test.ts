// Properties set on an element before its code defined it (a framework rendering first, a late-loaded bundle)
// are picked up once it upgrades. Nothing here imports a define file statically: the elements are made first.
import { expect } from '@open-wc/testing';

const shown = (el: Element) => el.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';

const early = {
  goalStack: document.createElement('ot-goal-stack') as unknown as HTMLElement & Record<string, unknown>,
  schedule: document.createElement('ot-visual-schedule') as unknown as HTMLElement & Record<string, unknown>,
  board: document.createElement('ot-choice-board') as unknown as HTMLElement & Record<string, unknown>,
  timer: document.createElement('ot-session-timer') as unknown as HTMLElement & Record<string, unknown>,
  provider: document.createElement('ot-provider') as unknown as HTMLElement & Record<string, unknown>,
};
early.goalStack.goals = [{ id: 'g1', description: 'Button a coat with two hands' }];
early.schedule.steps = [{ id: 's1', label: 'Swing break' }];
early.board.board = {
  name: 'Break',
  choices: [
    { id: 'swing', label: 'Swing' },
    { id: 'snack', label: 'Snack' },
  ],
};
early.board.value = 'snack';
early.timer.phases = [{ id: 'obstacle', label: 'Obstacle course', minutes: 12 }];
early.provider.storage = 'memory';
for (const el of Object.values(early)) document.body.append(el);

before(async () => {
  await import('@otkit/elements/define.js');
  await Promise.all(
    Object.values(early).map((el) => (el as unknown as { updateComplete: Promise<unknown> }).updateComplete),
  );
});

describe('properties set before the element was defined', () => {
  it('<ot-goal-stack> shows the goals', () => {
    expect(shown(early.goalStack)).to.contain('Button a coat with two hands');
  });

  it('<ot-visual-schedule> shows the steps', () => {
    expect(shown(early.schedule)).to.contain('Swing break');
  });

  it('<ot-choice-board> shows the board with the value chosen', () => {
    expect(shown(early.board)).to.contain('Swing');
    expect(early.board.value).to.equal('snack');
    const chosen = early.board.shadowRoot!.querySelector('[aria-selected="true"]');
    expect(chosen?.textContent).to.contain('Snack');
  });

  it('<ot-session-timer> shows the phases', () => {
    expect(shown(early.timer)).to.contain('Obstacle course');
  });

  it('<ot-provider> keeps the storage set before', () => {
    expect(early.provider.storage).to.equal('memory');
    expect(Object.prototype.hasOwnProperty.call(early.provider, 'storage')).to.equal(false);
  });
});
