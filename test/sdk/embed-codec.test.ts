import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  OT_EMBED_MAX_FRAGMENT,
  OtFragmentError,
  OtValidationError,
  decodeScheduleFragment,
  encodeScheduleFragment,
  type OtEmbedScheduleInput,
  type OtEmbedStepInput,
} from '@otkit/sdk';
import { rejection } from '../helpers/sdk-testing.js';

/** Packs arbitrary JSON the way the codec does, to feed the decoder hand-made payloads. */
async function pack(json: unknown, version = 1): Promise<string> {
  const stream = new Blob([JSON.stringify(json)]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  const b64 = btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
  return `#v${version}.${b64}`;
}

const SCHOOL_DAY = [
  ['Circle time', 'circle-time', '08:30', 15],
  ['Reading', 'reading', '08:45', 30],
  ['Snack', 'snack', '09:15', 15],
  ['Recess', 'recess', '09:30', 20],
  ['Math', 'math', '09:50', 40],
  ['Wash hands', 'wash-hands', '10:30', 5],
  ['Lunch', 'lunch', '10:35', 30],
  ['Music', 'music', '11:05', 30],
  ['Art', 'art', '11:35', 40],
  ['Bus', 'bus', '12:15', 10],
] as const;

const text = (max: number) =>
  fc
    .string({ unit: 'binary', minLength: 1, maxLength: max })
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
const symbol = fc.constantFrom('snack', 'toilet', 'swing', 'quiet-corner', 'bus', 'all-done');
const image = fc.oneof(
  symbol.map((s) => ({ symbol: s })),
  fc.record({ symbol, alt: text(40) }),
  fc.record({
    src: fc.constantFrom('https://example.org/a.png', 'https://cdn.example.com/pics/swing%20set.jpg'),
    alt: text(40),
  }),
);
const time = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
const choice = fc.record({ label: text(30), image, spokenText: text(40) }, { requiredKeys: ['label'] });
const step: fc.Arbitrary<OtEmbedStepInput> = fc.record(
  {
    label: text(40),
    image,
    spokenText: text(60),
    timeOfDay: time,
    minutes: fc.oneof(fc.integer({ min: 1, max: 600 }), fc.double({ min: 0.5, max: 600, noNaN: true })),
    choices: fc.array(choice, { minLength: 2, maxLength: 4 }),
  },
  { requiredKeys: ['label'] },
);
const schedule: fc.Arbitrary<OtEmbedScheduleInput> = fc.oneof(
  fc.record(
    {
      title: text(60),
      steps: fc.array(step, { minLength: 1, maxLength: 12 }),
      layout: fc.constantFrom('vertical', 'horizontal' as const),
      show: fc.constantFrom('both', 'picture', 'text' as const),
      view: fc.constantFrom('all', 'now-next' as const),
      checkOnly: fc.boolean(),
      lang: fc.constantFrom('en', 'es', 'es-MX', 'ar'),
    },
    { requiredKeys: ['title', 'steps'] },
  ),
  fc.record({
    title: text(60),
    kind: fc.constant('first-then' as const),
    steps: fc.array(step, { minLength: 2, maxLength: 2 }),
  }),
);

/** What the decoder must give back for `input`: the same content, with ids s1… and every step upcoming. */
function expected(input: OtEmbedScheduleInput) {
  const display = Object.fromEntries(
    Object.entries({
      layout: input.layout,
      show: input.show,
      view: input.view,
      checkOnly: input.checkOnly,
      lang: input.lang,
    }).filter(
      ([k, v]) =>
        v !== undefined &&
        v !== false &&
        !(k === 'layout' && v === 'vertical') &&
        !(k === 'show' && v === 'both') &&
        !(k === 'view' && v === 'all'),
    ),
  );
  return {
    title: input.title,
    kind: input.kind ?? 'list',
    ...display,
    steps: input.steps.map((s, i) => ({
      id: `s${i + 1}`,
      label: s.label,
      ...(s.image ? { image: s.image } : {}),
      ...(s.spokenText !== undefined ? { spokenText: s.spokenText } : {}),
      ...(s.timeOfDay !== undefined ? { timeOfDay: s.timeOfDay } : {}),
      ...(s.minutes !== undefined ? { minutes: s.minutes } : {}),
      state: 'upcoming',
      ...(s.choices
        ? {
            choices: s.choices.map((c, j) => ({
              id: `s${i + 1}c${j + 1}`,
              label: c.label,
              ...(c.image ? { image: c.image } : {}),
              ...(c.spokenText !== undefined ? { spokenText: c.spokenText } : {}),
            })),
          }
        : {}),
    })),
  };
}

describe('embed codec', () => {
  describe('round trips', () => {
    it('gives back the content of any valid schedule (property)', async () => {
      await fc.assert(
        fc.asyncProperty(schedule, async (input) => {
          const fragment = await encodeScheduleFragment(input);
          expect(fragment).to.match(/^#v1\.[A-Za-z0-9_-]+$/);
          const decoded = await decodeScheduleFragment(fragment);
          expect(decoded).to.deep.equal(expected(input));
          // Encoding what was decoded gives the very same link.
          expect(await encodeScheduleFragment(decoded)).to.equal(fragment);
        }),
        { numRuns: 150 },
      );
    });

    it('reads a fragment with or without its leading #', async () => {
      const fragment = await encodeScheduleFragment({
        title: 'Morning',
        steps: [{ label: 'Snack', image: { symbol: 'snack' } }],
      });
      expect((await decodeScheduleFragment(fragment.slice(1))).steps[0]!.label).to.equal('Snack');
      expect((await decodeScheduleFragment(`  ${fragment}\n`)).title).to.equal('Morning');
    });

    it('leaves ids, progress and other fields out of the link', async () => {
      const fragment = await encodeScheduleFragment({
        title: 'Morning',
        steps: [
          { id: 'client-7-step', label: 'Snack', state: 'done', doneAt: 1_800_000_000_000 },
          { label: 'Swing' },
        ] as OtEmbedStepInput[],
      });
      const decoded = await decodeScheduleFragment(fragment);
      expect(decoded.steps.map((s) => [s.id, s.state, s.doneAt])).to.deep.equal([
        ['s1', 'upcoming', undefined],
        ['s2', 'upcoming', undefined],
      ]);
    });

    it('encodes a 10-step school day with built-in symbols in under 1 KB', async () => {
      const fragment = await encodeScheduleFragment({
        title: 'Monday in room 4',
        steps: SCHOOL_DAY.map(([label, symbol, timeOfDay, minutes]) => ({
          label,
          image: { symbol },
          timeOfDay,
          minutes,
        })),
      });
      expect(fragment.length, `10-step fragment is ${fragment.length} characters`).to.be.below(1024);
    });
  });

  describe('bad links', () => {
    it('says a link is empty', async () => {
      const e = await rejection(decodeScheduleFragment(''));
      expect(e).to.be.instanceOf(OtFragmentError);
      expect((e as OtFragmentError).problem).to.equal('empty');
      expect(((await rejection(decodeScheduleFragment('#'))) as OtFragmentError).problem).to.equal('empty');
    });

    it('says a link is malformed', async () => {
      for (const bad of ['#hello', '#v1', '#v1.abc*def', '#v1.____', '#version1.AAAA']) {
        const e = await rejection(decodeScheduleFragment(bad));
        expect(e, bad).to.be.instanceOf(OtFragmentError);
        expect((e as OtFragmentError).problem, bad).to.equal('malformed');
        expect(e.message).to.be.a('string').and.not.equal('');
      }
    });

    it('says a link of another version is unknown', async () => {
      const e = (await rejection(decodeScheduleFragment('#v2.AAAA'))) as OtFragmentError;
      expect(e.problem).to.equal('version');
      expect(e.code).to.equal('fragment-version');
      expect(e.message).to.contain('v2');
    });

    it('says a link cut short is truncated, wherever it was cut', async () => {
      const fragment = await encodeScheduleFragment({
        title: 'Monday in room 4',
        steps: SCHOOL_DAY.map(([label, symbol, timeOfDay, minutes]) => ({
          label,
          image: { symbol },
          timeOfDay,
          minutes,
        })),
      });
      for (let cut = 1; cut < fragment.length - 5; cut += 7) {
        const e = await rejection(decodeScheduleFragment(fragment.slice(0, fragment.length - cut)));
        expect(e, `cut ${cut}`).to.be.instanceOf(OtFragmentError);
        expect((e as OtFragmentError).problem, `cut ${cut}`).to.equal('truncated');
      }
    });

    it('refuses a link that is too long, and data that inflates too far', async () => {
      const long = (await rejection(
        decodeScheduleFragment(`#v1.${'A'.repeat(OT_EMBED_MAX_FRAGMENT)}`),
      )) as OtFragmentError;
      expect(long.problem).to.equal('oversize');
      // 200 kB of one repeated character compresses to a tiny link: a "zip bomb".
      const bomb = (await rejection(decodeScheduleFragment(await pack(['x'.repeat(200_000), []])))) as OtFragmentError;
      expect(bomb.problem).to.equal('oversize');
    });

    it('refuses to encode a schedule too big for a link', async () => {
      const noise = (i: number) =>
        Array.from({ length: 80 }, (_, j) => String.fromCharCode(0x4e00 + ((i * 7919 + j * 104729) % 20000))).join('');
      const steps = Array.from({ length: 50 }, (_, i) => ({ label: noise(i), spokenText: noise(i + 100) }));
      const e = (await rejection(encodeScheduleFragment({ title: 'Huge', steps }))) as OtFragmentError;
      expect(e).to.be.instanceOf(OtFragmentError);
      expect(e.problem).to.equal('oversize');
    });

    it('never fails with anything but a typed error on garbage (property)', async () => {
      const garbage = fc.oneof(
        fc.string({ unit: 'binary', maxLength: 200 }),
        fc.string({ unit: 'binary', maxLength: 200 }).map((s) => `#v1.${s}`),
        fc.base64String({ maxLength: 300 }).map((s) => `#v1.${s.replace(/=/g, '')}`),
        fc.uint8Array({ maxLength: 200 }).map(
          (b) =>
            `#v1.${btoa(String.fromCharCode(...b))
              .replace(/\+/g, '-')
              .replace(/\//g, '_')
              .replace(/=+$/, '')}`,
        ),
      );
      await fc.assert(
        fc.asyncProperty(garbage, async (g) => {
          try {
            await decodeScheduleFragment(g);
          } catch (e) {
            expect(e instanceof OtFragmentError || e instanceof OtValidationError, String(e)).to.equal(true);
          }
        }),
        { numRuns: 300 },
      );
    });

    it('never fails with anything but a typed error on well-packed JSON of any shape (property)', async () => {
      await fc.assert(
        fc.asyncProperty(fc.jsonValue({ maxDepth: 4 }), async (json) => {
          try {
            const schedule = await decodeScheduleFragment(await pack(json));
            expect(schedule.steps.length).to.be.above(0);
          } catch (e) {
            expect(e instanceof OtValidationError, String(e)).to.equal(true);
          }
        }),
        { numRuns: 200 },
      );
    });
  });

  describe('bad content', () => {
    it('names a step without a label by its path', async () => {
      const e = (await rejection(
        decodeScheduleFragment(
          await pack([
            'Day',
            [
              ['Snack', 'snack'],
              ['  ', 'swing'],
            ],
          ]),
        ),
      )) as OtValidationError;
      expect(e).to.be.instanceOf(OtValidationError);
      expect(e.issues.map((i) => i.path.join('.'))).to.deep.equal(['steps.1.label']);
      expect(e.message).to.contain('steps[1].label');
    });

    it('refuses a javascript: picture with a readable reason', async () => {
      const e = (await rejection(
        decodeScheduleFragment(await pack(['Day', [['Snack', 'javascript:alert(1)']]])),
      )) as OtValidationError;
      expect(e).to.be.instanceOf(OtValidationError);
      expect(e.issues[0]!.path).to.deep.equal(['steps', 0, 'image', 'src']);
      expect(e.issues[0]!.message).to.contain('javascript:');
      const encodeError = await rejection(
        encodeScheduleFragment({ title: 'Day', steps: [{ label: 'Snack', image: { src: 'javascript:alert(1)' } }] }),
      );
      expect(encodeError).to.be.instanceOf(OtValidationError);
    });

    it('reports every structural problem with a content path', async () => {
      const e = (await rejection(
        decodeScheduleFragment(await pack(['Day', [['Snack', 5], 'oops', ['Pick', null, null, -3, null, 'x']], 'f'])),
      )) as OtValidationError;
      const paths = e.issues.map((i) => i.path.join('.'));
      expect(paths).to.include.members(['steps.0.image', 'steps.1', 'steps.2.choices', 'steps.2.minutes']);
      const board = (await rejection(
        decodeScheduleFragment(await pack(['Day', [['A'], ['B'], ['C']], 'f'])),
      )) as OtValidationError;
      expect(board.issues[0]!.path, 'a first-then board with 3 steps').to.deep.equal(['steps']);
    });

    it('refuses an empty schedule and a non-list root', async () => {
      const empty = (await rejection(decodeScheduleFragment(await pack(['Day', []])))) as OtValidationError;
      expect(empty.issues[0]!.path).to.deep.equal(['steps']);
      const root = (await rejection(decodeScheduleFragment(await pack({ title: 'Day' })))) as OtValidationError;
      expect(root.issues[0]!.path).to.deep.equal([]);
    });

    it('reads the display options and ignores option letters it does not know', async () => {
      const s = await decodeScheduleFragment(await pack(['Day', [['A'], ['B']], 'fhpncxz@es-MX']));
      expect([s.kind, s.layout, s.show, s.view, s.checkOnly, s.lang]).to.deep.equal([
        'first-then',
        'horizontal',
        'picture',
        'now-next',
        true,
        'es-MX',
      ]);
      const bad = (await rejection(
        decodeScheduleFragment(await pack(['Day', [['A']], 'h@<script>'])),
      )) as OtValidationError;
      expect(bad.issues[0]!.path).to.deep.equal(['options']);
    });
  });
});
