// The demo caseload of the progress-chart stories: one client, three goals over twelve weekly sessions, with trials,
// levels of assistance and prompts, GAS levels with the therapist's descriptions, settings, and a home program.
// Plain data with no imports, so Node tests load it too (test/node/fhir.test.mjs exports it to FHIR R4).

const MIN = 60_000;
const DAY = 24 * 60 * MIN;
/** Monday 7 September 2026, 15:00 UTC: the first session. */
export const CASELOAD_START = Date.UTC(2026, 8, 7, 15, 0);
/** After the last session: what the stories and the FHIR test use as "now". */
export const CASELOAD_NOW = CASELOAD_START + 12 * 7 * DAY;
export const CASELOAD_CLIENT_ID = 'demo-client';

const SESSIONS = 12;
const SETTINGS = [
  'clinic',
  'clinic',
  'school',
  'clinic',
  'home',
  'clinic',
  'school',
  'clinic',
  'home',
  'clinic',
  'school',
  'clinic',
] as const;
const sessionAt = (index: number) => CASELOAD_START + index * 7 * DAY;

const phases = [
  { id: 'check-in', minutes: 5 },
  { id: 'targeted', minutes: 30 },
  { id: 'home-plan', minutes: 10 },
];

/** Weekly 45-minute sessions: start, two phase changes, end. */
const sessionRecords = Array.from({ length: SESSIONS }, (_, index) => ({
  id: `session-${index + 1}`,
  clientId: CASELOAD_CLIENT_ID,
  phases,
  events: [
    { type: 'start', at: sessionAt(index) },
    { type: 'next', at: sessionAt(index) + 5 * MIN },
    { type: 'next', at: sessionAt(index) + 35 * MIN },
    { type: 'end', at: sessionAt(index) + 45 * MIN, reason: 'completed' },
  ],
  createdAt: sessionAt(index),
}));

const goals = [
  {
    id: 'goal-zip',
    clientId: CASELOAD_CLIENT_ID,
    description: 'Zip a coat on their own',
    order: 1,
    createdAt: CASELOAD_START - DAY,
    gas: {
      baseline: -1,
      weight: 6,
      levels: {
        '-2': 'Cannot start the zip',
        '-1': 'Starts the zip with hand-over-hand help',
        '0': 'Zips with one spoken reminder',
        '1': 'Zips with no reminder',
        '2': 'Zips and unzips standing, with no reminder',
      },
    },
  },
  {
    id: 'goal-cut',
    clientId: CASELOAD_CLIENT_ID,
    description: 'Cut along a curved line with scissors',
    order: 2,
    createdAt: CASELOAD_START - DAY,
    gas: {
      baseline: -2,
      weight: 4,
      levels: { '-2': 'Snips only', '0': 'Cuts within 1 cm of a curved line', '2': 'Cuts out a circle' },
    },
  },
  {
    id: 'goal-calm',
    clientId: CASELOAD_CLIENT_ID,
    description: 'Use a calming strategy when upset',
    order: 3,
    createdAt: CASELOAD_START - DAY,
  },
];

// Per session: [plus, minus, assistance, prompt, GAS level]; null where nothing was recorded that session.
const ZIP = [
  [2, 6, 'moderate', 'physical', -1],
  [3, 5, 'moderate', 'physical', -1],
  [3, 5, 'moderate', 'model', -1],
  [4, 4, 'minimal', 'model', -1],
  [5, 4, 'minimal', 'gestural', 0],
  [5, 3, 'minimal', 'gestural', 0],
  [4, 4, 'minimal', 'gestural', 0],
  [6, 2, 'minimal', 'verbal', 0],
  [6, 2, 'supervision', 'verbal', 0],
  [7, 2, 'supervision', 'verbal', 1],
  [7, 1, 'supervision', 'verbal', 1],
  [8, 1, 'independent', null, 1],
] as const;
const CUT = [
  [4, 6, 'minimal', 'model', -2],
  [5, 5, 'minimal', 'model', -2],
  null,
  [5, 5, 'minimal', 'visual', -1],
  [6, 5, 'minimal', 'visual', -1],
  [4, 6, 'moderate', 'model', -1],
  [6, 4, 'minimal', 'visual', -1],
  null,
  [7, 4, 'minimal', 'visual', 0],
  [7, 3, 'minimal', 'visual', 0],
  [8, 3, 'supervision', 'verbal', 0],
  [8, 2, 'supervision', 'verbal', 0],
] as const;
const CALM = [
  'maximal',
  'maximal',
  'maximal',
  'moderate',
  'moderate',
  'maximal',
  'moderate',
  'moderate',
  'minimal',
  'moderate',
  'minimal',
  'minimal',
] as const;

type Row = readonly [number, number, string, string | null, number] | null;

const trialEntries = (goalId: string, rows: readonly Row[], minute: number) =>
  rows.flatMap((row, index) =>
    row
      ? [
          {
            id: `${goalId}-${index + 1}`,
            goalId,
            sessionId: `session-${index + 1}`,
            at: sessionAt(index) + minute * MIN,
            trials: { plus: row[0], minus: row[1] },
            assistance: row[2],
            ...(row[3] ? { prompt: row[3] } : {}),
            gasLevel: row[4],
            setting: SETTINGS[index],
            status: index === rows.length - 1 && row[4] >= 1 ? 'met' : 'progressing',
          },
        ]
      : [],
  );

const progressEntries = [
  ...trialEntries('goal-zip', ZIP, 10),
  ...trialEntries('goal-cut', CUT, 20),
  ...CALM.map((assistance, index) => ({
    id: `goal-calm-${index + 1}`,
    goalId: 'goal-calm',
    sessionId: `session-${index + 1}`,
    at: sessionAt(index) + 30 * MIN,
    assistance,
    prompt: assistance === 'minimal' ? 'visual' : 'verbal',
    setting: SETTINGS[index],
    status: 'progressing',
  })),
];

const homePrograms = [
  {
    id: 'home-1',
    clientId: CASELOAD_CLIENT_ID,
    title: 'Home practice',
    startDate: '2026-09-07',
    createdAt: CASELOAD_START,
    activities: [
      { id: 'zip-practice', name: 'Zip a jacket before going out', timesPerPeriod: 1, period: 'day', minutes: 5 },
      { id: 'cutting', name: 'Cut out a picture from a magazine', timesPerPeriod: 3, period: 'week', minutes: 10 },
    ],
  },
];

/** The whole caseload as a store seed (`memoryAdapter({ seed: PROGRESS_CASELOAD })`). */
export const PROGRESS_CASELOAD = {
  clients: [{ id: CASELOAD_CLIENT_ID, alias: 'Blue Fox', createdAt: CASELOAD_START - DAY }],
  goals,
  sessionRecords,
  progressEntries,
  homePrograms,
};
