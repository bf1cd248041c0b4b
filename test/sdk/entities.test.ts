import { expect } from '@open-wc/testing';
import {
  OT_COLLECTIONS,
  OT_COLLECTION_NAMES,
  OtValidationError,
  collectionDef,
  createStore,
  safeParse,
  type OtCollectionName,
  type OtIssue,
  type OtStore,
} from '@otkit/sdk';
import { INSERT_ORDER, PNG, examples } from '../helpers/sdk-examples.js';

// Bad inputs are built by changing a copy of a valid example in ways its type forbids.
type Rec = Record<string, any>;

interface BadCase {
  /** What is wrong, for the test title. */
  what: string;
  collection: OtCollectionName;
  change(record: Rec): void;
  issues: OtIssue[];
}

const JS_IMAGE_REASON = 'the javascript: scheme is not allowed for images; use https:, blob: or a raster data: URL';

/** Bad inputs for each entity: the ones the issue names, then each entity's own rules. */
const CASES: BadCase[] = [
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

async function filledStore(): Promise<OtStore> {
  const store = createStore();
  const ex = examples();
  await store.transaction((tx) => {
    for (const name of INSERT_ORDER) (tx[name] as { put(r: unknown): unknown }).put(ex[name]);
  });
  return store;
}

describe('entities', () => {
  describe('valid examples', () => {
    for (const name of OT_COLLECTION_NAMES) {
      it(`a ${collectionDef(name).entity} parses to exactly the example`, () => {
        const ex = examples()[name];
        const r = safeParse(collectionDef(name).schema, ex);
        expect(r.success, JSON.stringify(!r.success && r.issues)).to.equal(true);
        if (r.success) expect(r.data).to.deep.equal(ex);
      });
    }

    it('every collection has an example and at least two bad cases', () => {
      for (const name of OT_COLLECTION_NAMES) {
        expect(examples()).to.have.property(name);
        expect(CASES.filter((c) => c.collection === name).length, name).to.be.at.least(name === 'selections' ? 1 : 2);
      }
      expect(Object.keys(OT_COLLECTIONS)).to.deep.equal(OT_COLLECTION_NAMES);
    });
  });

  describe('bad input', () => {
    for (const c of CASES) {
      describe(`${collectionDef(c.collection).entity} with ${c.what}`, () => {
        it('is rejected with the path and the message', () => {
          const record = examples()[c.collection] as Rec;
          c.change(record);
          const r = safeParse(collectionDef(c.collection).schema, record);
          expect(r.success).to.equal(false);
          if (!r.success) expect(r.issues).to.deep.equal(c.issues);
        });

        it('is refused by the store, which stays unchanged', async () => {
          const store = await filledStore();
          const before = store.getState();
          const log = await store.changes();
          let calls = 0;
          store.subscribe(
            (s) => s,
            () => calls++,
          );
          const record = examples()[c.collection] as Rec;
          c.change(record);
          let error: unknown;
          await (store[c.collection] as { put(r: unknown): Promise<unknown> }).put(record).catch((e) => (error = e));
          expect(error).to.be.instanceOf(OtValidationError);
          const v = error as OtValidationError;
          expect(v.subject).to.equal(collectionDef(c.collection).entity);
          expect(v.issues).to.deep.equal(c.issues);
          expect(v.message).to.contain(c.issues[0]!.message);
          expect(store.getState()).to.equal(before);
          expect(await store.changes()).to.deep.equal(log);
          expect(calls).to.equal(0);
        });
      });
    }
  });
});
