import { PNG } from '../helpers/sdk-examples.js';
import type { BadCase } from './entity-bad-cases.js';

const JS_IMAGE_REASON = 'the javascript: scheme is not allowed for images; use https:, blob: or a raster data: URL';

/** Bad inputs for clients, goals, notes, session plans, session records and schedules. */
export const CLIENT_TO_SCHEDULE_CASES: BadCase[] = [
  // client
  {
    what: 'a blank alias',
    collection: 'clients',
    change: (r) => (r.alias = '   '),
    issues: [{ path: ['alias'], code: 'too-small', message: 'must not be empty' }],
  },
  {
    what: 'a language that is not a tag',
    collection: 'clients',
    change: (r) => (r.language = 'Spanish!'),
    issues: [
      {
        path: ['language'],
        code: 'pattern',
        message: 'must be a language tag such as en, es-MX or ar (got "Spanish!")',
      },
    ],
  },
  {
    what: 'a legal-name field (unknown key)',
    collection: 'clients',
    change: (r) => (r.legalName = 'Jane Doe'),
    issues: [{ path: ['legalName'], code: 'unknown-key', message: 'is not a known field' }],
  },
  // goal
  {
    what: 'an empty description',
    collection: 'goals',
    change: (r) => (r.description = ''),
    issues: [{ path: ['description'], code: 'too-small', message: 'must not be empty' }],
  },
  {
    what: 'an unknown lifecycle',
    collection: 'goals',
    change: (r) => (r.lifecycle = 'paused'),
    issues: [
      {
        path: ['lifecycle'],
        code: 'enum',
        message: 'must be one of "active", "on-hold", "completed", "cancelled" (got "paused")',
      },
    ],
  },
  {
    what: 'an order given as text',
    collection: 'goals',
    change: (r) => (r.order = '1'),
    issues: [{ path: ['order'], code: 'type', message: 'must be a finite number (got a string)' }],
  },
  {
    what: 'a GAS baseline above -1',
    collection: 'goals',
    change: (r) => (r.gas.baseline = 0),
    issues: [{ path: ['gas', 'baseline'], code: 'enum', message: 'must be one of -2, -1 (got 0)' }],
  },
  {
    what: 'an image with both src and symbol',
    collection: 'goals',
    change: (r) => (r.image = { src: PNG, symbol: 'shoe' }),
    issues: [{ path: ['image', 'symbol'], code: 'invalid', message: 'give either "src" or "symbol", not both' }],
  },
  {
    what: 'an image with neither src nor symbol',
    collection: 'goals',
    change: (r) => (r.image = { alt: 'A shoe' }),
    issues: [
      {
        path: ['image', 'src'],
        code: 'required',
        message: 'give "src" (an image URL) or "symbol" (a built-in symbol id)',
      },
    ],
  },
  // note
  {
    what: 'a blank text',
    collection: 'notes',
    change: (r) => (r.text = ' \n '),
    issues: [{ path: ['text'], code: 'too-small', message: 'must not be empty' }],
  },
  {
    what: 'an unknown status',
    collection: 'notes',
    change: (r) => (r.status = 'done'),
    issues: [
      {
        path: ['status'],
        code: 'enum',
        message: 'must be one of "open", "addressed", "carried-over", "promoted" (got "done")',
      },
    ],
  },
  {
    what: 'no goalId key at all',
    collection: 'notes',
    change: (r) => delete r.goalId,
    issues: [{ path: ['goalId'], code: 'required', message: 'is required' }],
  },
  // session plan
  {
    what: 'a phase with negative minutes',
    collection: 'sessionPlans',
    change: (r) => (r.phases[1].minutes = -5),
    issues: [{ path: ['phases', 1, 'minutes'], code: 'too-small', message: 'must be greater than 0 (got -5)' }],
  },
  {
    what: 'a phase with zero minutes',
    collection: 'sessionPlans',
    change: (r) => (r.phases[0].minutes = 0),
    issues: [{ path: ['phases', 0, 'minutes'], code: 'too-small', message: 'must be greater than 0 (got 0)' }],
  },
  {
    what: 'a repeated phase id',
    collection: 'sessionPlans',
    change: (r) => (r.phases[2].id = 'check-in'),
    issues: [
      { path: ['phases', 2], code: 'duplicate', message: 'repeats phase id "check-in" already used at index 0' },
    ],
  },
  {
    what: 'no phases',
    collection: 'sessionPlans',
    change: (r) => (r.phases = []),
    issues: [{ path: ['phases'], code: 'too-small', message: 'must have at least 1 item (got 0)' }],
  },
  // session record
  {
    what: 'events out of time order',
    collection: 'sessionRecords',
    change: (r) => (r.events[2].at = r.events[1].at - 1),
    issues: [
      {
        path: ['events', 2, 'at'],
        code: 'order',
        message: 'is earlier than the event before it (events must be in time order)',
      },
    ],
  },
  {
    what: 'an unknown event type',
    collection: 'sessionRecords',
    change: (r) => (r.events[1] = { type: 'snooze', at: r.events[1].at }),
    issues: [
      {
        path: ['events', 1, 'type'],
        code: 'enum',
        message: 'must be one of "start", "pause", "resume", "next", "back", "skip", "extend", "end" (got "snooze")',
      },
    ],
  },
  {
    what: 'a pause without a reason',
    collection: 'sessionRecords',
    change: (r) => delete r.events[1].reason,
    issues: [{ path: ['events', 1, 'reason'], code: 'required', message: 'is required' }],
  },
  {
    what: 'an event time with a fraction',
    collection: 'sessionRecords',
    change: (r) => (r.events[0].at = 1.5),
    issues: [{ path: ['events', 0, 'at'], code: 'integer', message: 'must be a whole number (got 1.5)' }],
  },
  // schedule
  {
    what: 'a step whose image is a javascript: URL',
    collection: 'schedules',
    change: (r) => (r.steps[0].image = { src: 'javascript:alert(1)', alt: 'x' }),
    issues: [{ path: ['steps', 0, 'image', 'src'], code: 'url', message: JS_IMAGE_REASON }],
  },
  {
    what: 'a first–then board with 3 steps',
    collection: 'schedules',
    change: (r) => (r.kind = 'first-then'),
    issues: [{ path: ['steps'], code: 'too-big', message: 'a first–then board has exactly 2 steps (got 3)' }],
  },
  {
    what: 'a first–then board with 1 step',
    collection: 'schedules',
    change: (r) => {
      r.kind = 'first-then';
      r.steps = [r.steps[0]];
    },
    issues: [{ path: ['steps'], code: 'too-small', message: 'a first–then board has exactly 2 steps (got 1)' }],
  },
  {
    what: 'chosenId not among the choices',
    collection: 'schedules',
    change: (r) => (r.steps[1].chosenId = 'slide'),
    issues: [
      { path: ['steps', 1, 'chosenId'], code: 'reference', message: 'names no choice of this step (got "slide")' },
    ],
  },
  {
    what: 'a choice step with one choice',
    collection: 'schedules',
    change: (r) => {
      r.steps[1].choices = [r.steps[1].choices[0]];
    },
    issues: [{ path: ['steps', 1, 'choices'], code: 'too-small', message: 'must have at least 2 items (got 1)' }],
  },
  {
    what: 'a time of day of 24:00',
    collection: 'schedules',
    change: (r) => (r.steps[0].timeOfDay = '24:00'),
    issues: [
      {
        path: ['steps', 0, 'timeOfDay'],
        code: 'pattern',
        message: 'must be a time of day written HH:MM (00:00–23:59) (got "24:00")',
      },
    ],
  },
  {
    what: 'an unknown step state',
    collection: 'schedules',
    change: (r) => (r.steps[2].state = 'cancelled'),
    issues: [
      {
        path: ['steps', 2, 'state'],
        code: 'enum',
        message: 'must be one of "upcoming", "now", "done", "skipped" (got "cancelled")',
      },
    ],
  },
  {
    what: 'a repeated step id',
    collection: 'schedules',
    change: (r) => (r.steps[2].id = 'step-1'),
    issues: [{ path: ['steps', 2], code: 'duplicate', message: 'repeats step id "step-1" already used at index 0' }],
  },
];
