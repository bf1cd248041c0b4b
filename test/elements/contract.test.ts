/**
 * The shared element contract (test/helpers/element-contract.ts), run against the four elements of wave 1.
 * A clause an element fails is reported here as a failing test: the contract is not weakened to fit.
 */
import { fixture, html, waitUntil } from '@open-wc/testing';
import { createManualClock, type OtScheduleStepInput } from '@otkit/sdk';
import '@otkit/elements/define.js';
import type { OtChoiceBoard, OtGoalStack, OtProvider, OtSessionTimer, OtVisualSchedule } from '@otkit/elements';
import { elementContract } from '../helpers/element-contract.js';
import { makeBoard } from './choice-board/helpers.js';
import { GOALS, T0 as GOALS_T0 } from './goal-stack/helpers.js';
import { T0 as TIMER_T0, button } from './session-timer/helpers.js';
import { savingSchedule, schoolDay } from './visual-schedule/helpers.js';

describe('<ot-goal-stack> contract', () => {
  const notes = [{ id: 'n1', goalId: 'shoes', text: 'Asked about recess' }];
  const stack = (view = 'therapist') =>
    fixture<OtGoalStack>(html`
      <ot-goal-stack view=${view} .clock=${createManualClock(GOALS_T0)} .goals=${GOALS} .notes=${notes}></ot-goal-stack>
    `);
  elementContract<OtGoalStack>({
    tag: 'ot-goal-stack',
    states: {
      therapist: () => stack(),
      client: () => stack('client'),
      review: () => stack('review'),
      'bad data': () =>
        fixture<OtGoalStack>(html`<ot-goal-stack .goals=${[{ id: 'g', description: '' }]}></ot-goal-stack>`),
    },
    badAttributes: { view: 'bogus' },
    propertySets: {
      goals: [...GOALS].reverse(),
      notes: [],
      current: 'zip',
      view: 'client',
      clientId: 'c1',
    },
  });
});

describe('<ot-session-timer> contract', () => {
  const at = (minutes: number) => TIMER_T0 + minutes * 60_000;
  const timer = async (template = html`<ot-session-timer></ot-session-timer>`, clicks: RegExp[] = []) => {
    const el = await fixture<OtSessionTimer>(template);
    el.clock = createManualClock(at(10));
    await el.updateComplete;
    for (const name of clicks) {
      button(el, name).click();
      await el.updateComplete;
    }
    return el;
  };
  elementContract<OtSessionTimer>({
    tag: 'ot-session-timer',
    states: {
      'not started': () => timer(),
      running: () => timer(html`<ot-session-timer .events=${[{ type: 'start', at: at(0) }]}></ot-session-timer>`),
      'bar, compact': () =>
        timer(
          html`<ot-session-timer
            appearance="bar"
            compact
            .events=${[{ type: 'start', at: at(0) }]}
          ></ot-session-timer>`,
        ),
      'pause panel': () =>
        timer(html`<ot-session-timer .events=${[{ type: 'start', at: at(0) }]}></ot-session-timer>`, [/^pause$/i]),
      ended: () =>
        timer(
          html`<ot-session-timer
            .events=${[
              { type: 'start', at: at(0) },
              { type: 'end', at: at(5), reason: 'completed' },
            ]}
          ></ot-session-timer>`,
        ),
      'bad minutes': () => timer(html`<ot-session-timer minutes="7.5"></ot-session-timer>`),
      'child view, paused': () =>
        timer(
          html`<ot-session-timer
            child
            .events=${[
              { type: 'start', at: at(0) },
              { type: 'pause', at: at(1), reason: 'break' },
            ]}
          ></ot-session-timer>`,
        ),
      'calm, time is up': () =>
        timer(
          html`<ot-session-timer
            overtime="calm"
            .phases=${[{ id: 'swing', label: 'Swing', minutes: 5 }]}
            .events=${[{ type: 'start', at: at(0) }]}
          ></ot-session-timer>`,
        ),
      'connected, saved': async () => {
        const provider = await fixture<OtProvider>(
          html`<ot-provider storage="memory"><ot-session-timer></ot-session-timer></ot-provider>`,
        );
        await provider.updateComplete;
        const el = provider.querySelector<OtSessionTimer>('ot-session-timer')!;
        el.clock = createManualClock(at(10));
        await el.updateComplete;
        button(el, /^start/i).click();
        await waitUntil(() => el.shadowRoot!.querySelector('[part="save-state"]'), 'the saving state');
        return el;
      },
    },
    badAttributes: { appearance: 'ring', 'warn-seconds': '-1', minutes: '2' },
    propertySets: {
      minutes: 30,
      events: [{ type: 'start', at: at(0) }],
      appearance: 'bar',
      warnSeconds: 120,
      locked: true,
    },
  });
});

describe('<ot-visual-schedule> contract', () => {
  const at = (h: number, m: number) => new Date(2026, 0, 5, h, m).getTime();
  const choices: OtScheduleStepInput['choices'] = [
    { id: 'swing', label: 'Swing', image: { symbol: 'swing' } },
    { id: 'slide', label: 'Slide', image: { symbol: 'slide' } },
  ];
  const day: OtScheduleStepInput[] = [
    { id: 'bus', label: 'Bus', image: { symbol: 'bus' }, timeOfDay: '08:00', state: 'done', doneAt: at(8, 10) },
    { id: 'read', label: 'Reading', image: { symbol: 'reading' }, timeOfDay: '08:45', state: 'skipped' },
    { id: 'art', label: 'Art', image: { symbol: 'art' }, minutes: 10, state: 'now', startedAt: at(9, 15) },
    { id: 'snack', label: 'Snack', image: { symbol: 'snack' }, timeOfDay: '09:15', minutes: 15 },
    { id: 'choose', label: 'Choice time', choices },
    { id: 'chosen', label: 'Play', choices, chosenId: 'swing' },
  ];
  const allDone = () => schoolDay().map((step) => ({ ...step, state: 'done' as const, doneAt: at(9, 0) }));
  elementContract<OtVisualSchedule>({
    tag: 'ot-visual-schedule',
    states: {
      'a day': () =>
        fixture(html`
          <ot-visual-schedule
            heading="Monday"
            .clock=${createManualClock(at(9, 20))}
            .steps=${day}
          ></ot-visual-schedule>
        `),
      'first-then': () =>
        fixture(html`<ot-visual-schedule kind="first-then" .steps=${schoolDay().slice(0, 2)}></ot-visual-schedule>`),
      'now-next': () => fixture(html`<ot-visual-schedule view="now-next" .steps=${schoolDay()}></ot-visual-schedule>`),
      'all done': () => fixture(html`<ot-visual-schedule .steps=${allDone()}></ot-visual-schedule>`),
      empty: () => fixture(html`<ot-visual-schedule></ot-visual-schedule>`),
      'bad steps': () => fixture(html`<ot-visual-schedule .steps=${[{ id: 'a', label: '' }]}></ot-visual-schedule>`),
      'connected, saving': savingSchedule,
    },
    badAttributes: { layout: 'diagonal', show: 'sound', view: 'later', kind: 'then-first' },
    propertySets: {
      steps: allDone(),
      heading: 'Tuesday',
      layout: 'horizontal',
      view: 'now-next',
      readonly: true,
    },
  });
});

describe('<ot-choice-board> contract', () => {
  const board = () =>
    makeBoard(6, {
      choices: makeBoard(6).choices.map((choice, i) => (i === 2 ? { ...choice, unavailable: true } : choice)),
    });
  elementContract<OtChoiceBoard>({
    tag: 'ot-choice-board',
    states: {
      plain: () => fixture(html`<ot-choice-board label="Break" .board=${board()}></ot-choice-board>`),
      'chosen, multiple': () =>
        fixture(html`<ot-choice-board label="Break" multiple value="c0 c1" .board=${board()}></ot-choice-board>`),
      'confirm step': async () => {
        const el = await fixture<OtChoiceBoard>(
          html`<ot-choice-board label="Break" confirm no-speech .board=${board()}></ot-choice-board>`,
        );
        el.shadowRoot!.querySelector<HTMLElement>('[part~=choice]')!.click();
        await el.updateComplete;
        return el;
      },
      scanning: () =>
        fixture(html`<ot-choice-board label="Break" scan="step" .board=${makeBoard(5)}></ot-choice-board>`),
      'bad board': () =>
        fixture(html`<ot-choice-board label="Break" .board=${{ name: 'Empty', choices: 'none' }}></ot-choice-board>`),
    },
    knownFailures: {
      parts:
        'the `selected` and `unavailable` parts of a choice are named in the `choice` description, not as @csspart',
    },
    badAttributes: { columns: '99', scan: 'sometimes', 'scan-interval': '5', cue: 'bell', rate: '40' },
    propertySets: { value: 'c1', board: makeBoard(4), columns: 2, multiple: true, disabled: true },
  });
});
