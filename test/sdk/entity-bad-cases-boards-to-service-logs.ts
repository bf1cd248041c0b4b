import type { BadCase } from './entity-bad-cases.js';

/**
 * Bad inputs for choice boards, selections, home programs, practice logs, progress entries, incidents, IEP services
 * and service logs.
 */
export const BOARD_TO_SERVICE_LOG_CASES: BadCase[] = [
  // choice board
  {
    what: 'a grid cell that names no choice',
    collection: 'choiceBoards',
    change: (r) => (r.grid.order[1][1] = 'c-slide'),
    issues: [
      { path: ['grid', 'order', 1, 1], code: 'reference', message: 'names no choice of this board (got "c-slide")' },
    ],
  },
  {
    what: 'a grid with fewer rows than it says',
    collection: 'choiceBoards',
    change: (r) => (r.grid.rows = 3),
    issues: [{ path: ['grid', 'order'], code: 'invalid', message: 'has 2 rows; grid.rows says 3' }],
  },
  {
    what: 'a grid row with too many cells',
    collection: 'choiceBoards',
    change: (r) => r.grid.order[0].push(null),
    issues: [{ path: ['grid', 'order', 0], code: 'invalid', message: 'has 3 cells; grid.columns says 2' }],
  },
  {
    // Issue 14: SVG data URLs are allowed on a choice (shown only as <img>); one that is not base64 is not.
    what: 'a non-base64 SVG data: image on a choice',
    collection: 'choiceBoards',
    change: (r) => (r.choices[1].image = { src: 'data:image/svg+xml,<svg onload=alert(1)>' }),
    issues: [
      {
        path: ['choices', 1, 'image', 'src'],
        code: 'url',
        message: 'a data: URL must be a base64 image (data:image/png;base64,…)',
      },
    ],
  },
  {
    what: 'a background that is not a colour',
    collection: 'choiceBoards',
    change: (r) => (r.choices[0].background = 'url(x)'),
    issues: [
      {
        path: ['choices', 0, 'background'],
        code: 'pattern',
        message: 'must be a colour written #rrggbb, rgb(r, g, b) or rgba(r, g, b, a) (got "url(x)")',
      },
    ],
  },
  {
    what: 'a javascript: link to another board',
    collection: 'choiceBoards',
    change: (r) => (r.choices[2].loadBoard.url = 'javascript:alert(1)'),
    issues: [
      {
        path: ['choices', 2, 'loadBoard', 'url'],
        code: 'url',
        message: 'the javascript: scheme is not allowed for links; use https: or mailto:',
      },
    ],
  },
  {
    what: '37 choices',
    collection: 'choiceBoards',
    change: (r) => {
      r.choices = Array.from({ length: 37 }, (_, i) => ({ id: `c${i}`, label: `Choice ${i}` }));
      delete r.grid;
    },
    issues: [
      {
        path: ['choices'],
        code: 'invalid',
        message: 'has 37 choices; at most 36 (150 on a board imported from Open Board Format)',
      },
    ],
  },
  // selection
  {
    what: 'an unknown access method',
    collection: 'selections',
    change: (r) => (r.method = 'voice'),
    issues: [
      {
        path: ['method'],
        code: 'enum',
        message: 'must be one of "pointer", "keyboard", "auto-scan", "step-scan", "dwell" (got "voice")',
      },
    ],
  },
  // home program
  {
    what: 'an endDate before the startDate',
    collection: 'homePrograms',
    change: (r) => (r.endDate = '2026-11-22'),
    issues: [{ path: ['endDate'], code: 'order', message: 'is before startDate (2026-11-23)' }],
  },
  {
    what: 'a date that is not in the calendar',
    collection: 'homePrograms',
    change: (r) => (r.startDate = '2026-02-30'),
    issues: [{ path: ['startDate'], code: 'invalid', message: 'is not a real calendar date (got "2026-02-30")' }],
  },
  {
    what: 'three activities',
    collection: 'homePrograms',
    change: (r) => r.activities.push({ id: 'act-3', name: 'Scissors', timesPerPeriod: 1, period: 'day', minutes: 5 }),
    issues: [{ path: ['activities'], code: 'too-big', message: 'must have at most 2 items (got 3)' }],
  },
  {
    what: 'an activity done 0 times a week',
    collection: 'homePrograms',
    change: (r) => (r.activities[0].timesPerPeriod = 0),
    issues: [{ path: ['activities', 0, 'timesPerPeriod'], code: 'too-small', message: 'must be at least 1 (got 0)' }],
  },
  // practice log
  {
    what: 'done given as text',
    collection: 'practiceLogs',
    change: (r) => (r.done = 'yes'),
    issues: [{ path: ['done'], code: 'type', message: 'must be true or false (got a string)' }],
  },
  {
    what: 'negative minutes',
    collection: 'practiceLogs',
    change: (r) => (r.minutes = -1),
    issues: [{ path: ['minutes'], code: 'too-small', message: 'must be at least 0 (got -1)' }],
  },
  // progress entry
  {
    what: 'an unknown level of assistance',
    collection: 'progressEntries',
    change: (r) => (r.assistance = 'some'),
    issues: [
      {
        path: ['assistance'],
        code: 'enum',
        message:
          'must be one of "independent", "supervision", "minimal", "moderate", "maximal", "dependent" (got "some")',
      },
    ],
  },
  {
    what: 'a GAS level of 3',
    collection: 'progressEntries',
    change: (r) => (r.gasLevel = 3),
    issues: [{ path: ['gasLevel'], code: 'enum', message: 'must be one of -2, -1, 0, 1, 2 (got 3)' }],
  },
  {
    what: 'a fractional trial count',
    collection: 'progressEntries',
    change: (r) => (r.trials.plus = 2.5),
    issues: [{ path: ['trials', 'plus'], code: 'integer', message: 'must be a whole number (got 2.5)' }],
  },
  // incident
  {
    what: 'no actions',
    collection: 'incidents',
    change: (r) => (r.actions = ''),
    issues: [{ path: ['actions'], code: 'too-small', message: 'must not be empty' }],
  },
  {
    what: 'followUpNeeded missing',
    collection: 'incidents',
    change: (r) => delete r.followUpNeeded,
    issues: [{ path: ['followUpNeeded'], code: 'required', message: 'is required' }],
  },
  // IEP service
  {
    what: 'an endDate before the startDate',
    collection: 'iepServices',
    change: (r) => (r.endDate = '2026-08-31'),
    issues: [{ path: ['endDate'], code: 'order', message: 'is before startDate (2026-09-01)' }],
  },
  {
    what: 'an unknown delivery model',
    collection: 'iepServices',
    change: (r) => (r.model = 'group'),
    issues: [
      {
        path: ['model'],
        code: 'enum',
        message: 'must be one of "consultation", "push-in", "small-group", "individual" (got "group")',
      },
    ],
  },
  {
    what: 'zero minutes per session',
    collection: 'iepServices',
    change: (r) => (r.minutesPerSession = 0),
    issues: [{ path: ['minutesPerSession'], code: 'too-small', message: 'must be at least 1 (got 0)' }],
  },
  // service log
  {
    what: 'an unknown status',
    collection: 'serviceLogs',
    change: (r) => (r.status = 'sick'),
    issues: [
      {
        path: ['status'],
        code: 'enum',
        message:
          'must be one of "provided", "student-absent", "provider-absent", "student-refused", "holiday", "other" (got "sick")',
      },
    ],
  },
  {
    what: 'a date written 23/11/2026',
    collection: 'serviceLogs',
    change: (r) => (r.date = '23/11/2026'),
    issues: [{ path: ['date'], code: 'pattern', message: 'must be a date written YYYY-MM-DD (got "23/11/2026")' }],
  },
];
