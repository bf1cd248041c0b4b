/**
 * One valid record per collection, consistent with each other (every reference resolves), for the SDK
 * tests. Each call returns fresh objects, so a test may change them.
 */
import type { OtCollectionName, OtRecordInput } from '@otkit/sdk';

export const T0 = Date.UTC(2026, 10, 23, 9, 0, 0);
export const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==';

export type Examples = { [C in OtCollectionName]: OtRecordInput<C> };

export function examples(): Examples {
  return {
    clients: { id: 'client-1', alias: 'Blue Fox', language: 'es-MX', createdAt: T0 },
    goals: {
      id: 'goal-1',
      clientId: 'client-1',
      description: 'Ties shoes with one verbal prompt',
      order: 1,
      lifecycle: 'active',
      image: { symbol: 'shoe', alt: 'A shoe' },
      gas: {
        levels: { '-2': 'Needs full help', '0': 'One verbal prompt', '2': 'Independent' },
        weight: 2,
        baseline: -2,
      },
      createdAt: T0,
    },
    notes: {
      id: 'note-1',
      goalId: 'goal-1',
      text: 'Asked about recess',
      status: 'open',
      sessionId: 'record-1',
      phaseId: 'targeted',
      createdAt: T0 + 60_000,
    },
    sessionPlans: {
      id: 'plan-1',
      name: 'Standard 45',
      phases: [
        { id: 'check-in', minutes: 4 },
        { id: 'targeted', minutes: 30 },
        { id: 'custom-game', label: 'Obstacle course', minutes: 11 },
      ],
      createdAt: T0,
    },
    sessionRecords: {
      id: 'record-1',
      clientId: 'client-1',
      planId: 'plan-1',
      phases: [
        { id: 'check-in', minutes: 4 },
        { id: 'targeted', minutes: 30 },
      ],
      events: [
        { type: 'start', at: T0 },
        { type: 'pause', at: T0 + 60_000, reason: 'interruption', note: 'Fire drill' },
        { type: 'resume', at: T0 + 120_000 },
        { type: 'extend', at: T0 + 130_000, minutes: 5 },
        { type: 'next', at: T0 + 240_000 },
        { type: 'end', at: T0 + 2_000_000, reason: 'completed' },
      ],
      createdAt: T0,
    },
    schedules: {
      id: 'schedule-1',
      clientId: 'client-1',
      title: 'Morning',
      kind: 'list',
      steps: [
        {
          id: 'step-1',
          label: 'Toilet',
          image: { symbol: 'toilet' },
          timeOfDay: '08:30',
          minutes: 5,
          state: 'done',
          doneAt: T0,
        },
        {
          id: 'step-2',
          label: 'Choose a break',
          choices: [
            { id: 'swing', label: 'Swing', image: { src: PNG, alt: 'Swing' } },
            { id: 'blocks', label: 'Blocks' },
          ],
          chosenId: 'swing',
          state: 'now',
          startedAt: T0 + 1000,
        },
        {
          id: 'step-3',
          label: 'Snack',
          image: { src: 'https://example.org/snack.png', alt: 'Snack' },
          spokenText: 'Snack time',
          state: 'upcoming',
        },
      ],
      createdAt: T0,
    },
    choiceBoards: {
      id: 'board-1',
      name: 'Break choices',
      language: 'en',
      choices: [
        { id: 'c-swing', label: 'Swing', image: { symbol: 'swing' }, background: '#ffeecc' },
        { id: 'c-blocks', label: 'Blocks', unavailable: true },
        {
          id: 'c-music',
          label: 'Música',
          language: 'es',
          spokenText: 'Música',
          loadBoard: { name: 'Songs', url: 'https://example.org/songs.obf' },
        },
      ],
      grid: {
        rows: 2,
        columns: 2,
        order: [
          ['c-swing', 'c-blocks'],
          ['c-music', null],
        ],
      },
      license: { type: 'CC BY 4.0', sourceUrl: 'https://example.org/board', authorName: 'A. Therapist' },
      createdAt: T0,
    },
    selections: {
      id: 'selection-1',
      boardId: 'board-1',
      choiceId: 'c-swing',
      method: 'step-scan',
      sessionId: 'record-1',
      at: T0 + 5000,
    },
    homePrograms: {
      id: 'home-1',
      clientId: 'client-1',
      title: 'Fine motor at home',
      activities: [
        {
          id: 'act-1',
          name: 'Theraputty',
          instructions: 'Roll a snake',
          timesPerPeriod: 3,
          period: 'week',
          minutes: 10,
        },
        { id: 'act-2', name: 'Buttons', timesPerPeriod: 1, period: 'day', minutes: 5 },
      ],
      startDate: '2026-11-23',
      endDate: '2026-12-21',
      createdAt: T0,
    },
    practiceLogs: {
      id: 'practice-1',
      homeProgramId: 'home-1',
      activityId: 'act-1',
      date: '2026-11-24',
      minutes: 12,
      done: true,
      createdAt: T0,
    },
    progressEntries: {
      id: 'progress-1',
      goalId: 'goal-1',
      sessionId: 'record-1',
      at: T0 + 300_000,
      trials: { plus: 4, minus: 1 },
      assistance: 'minimal',
      prompt: 'verbal',
      status: 'progressing',
      gasLevel: 0,
      note: 'Good focus',
    },
    incidents: {
      id: 'incident-1',
      sessionId: 'record-1',
      clientId: 'client-1',
      at: T0 + 60_000,
      what: 'Fire drill during the session',
      actions: 'Left the room with the class',
      followUpNeeded: false,
      createdAt: T0 + 60_000,
    },
    iepServices: {
      id: 'iep-1',
      clientId: 'client-1',
      discipline: 'occupational therapy',
      model: 'push-in',
      minutesPerSession: 30,
      sessionsPerPeriod: 2,
      period: 'week',
      startDate: '2026-09-01',
      endDate: '2027-06-15',
      createdAt: T0,
    },
    serviceLogs: {
      id: 'service-log-1',
      serviceId: 'iep-1',
      date: '2026-11-23',
      minutes: 30,
      status: 'provided',
      makeUpFor: '2026-11-16',
      createdAt: T0,
    },
  };
}

/** Collections in an order where each record's references come before it. */
export const INSERT_ORDER: OtCollectionName[] = [
  'clients',
  'goals',
  'sessionPlans',
  'sessionRecords',
  'notes',
  'schedules',
  'choiceBoards',
  'selections',
  'homePrograms',
  'practiceLogs',
  'progressEntries',
  'incidents',
  'iepServices',
  'serviceLogs',
];
