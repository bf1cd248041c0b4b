// The strict-CSP page: every OT Kit element, in several states, rendered by the single-file CDN bundle under
// the strict policy. test/integration/strict-csp.test.ts fails on any violation, scenario error or element
// that did not render. Each element adds ONE line below: its scenario module (see harness.js for the contract).
import { runScenarios } from './harness.js';

const SCENARIOS = [
  ['ot-provider', () => import('./scenarios/provider.js')],

  ['ot-session-timer', () => import('./scenarios/session-timer.js')],

  ['ot-goal-stack', () => import('./scenarios/goal-stack.js')],
  // The stack's end-of-session review: the goal-stack scenario renders it (view="review") again on its own run.
  ['ot-goal-stack-review', () => import('./scenarios/goal-stack.js')],

  ['ot-visual-schedule', () => import('./scenarios/visual-schedule.js')],

  ['ot-choice-board', () => import('./scenarios/choice-board.js')],

  ['ot-service-minutes', () => import('./scenarios/service-minutes.js')],
  ['ot-progress-chart', () => import('./scenarios/progress-chart.js')],
  ['ot-home-program', () => import('./scenarios/home-program.js')],
  ['ot-sync-indicator', () => import('./scenarios/sync-indicator.js')],
];

/** The names of the scenarios this page runs (the test checks each defined element has one). */
export const SCENARIO_NAMES = SCENARIOS.map(([name]) => name);

window.otkitCsp = { names: SCENARIO_NAMES, done: runScenarios(SCENARIOS, document.getElementById('scenarios')) };
