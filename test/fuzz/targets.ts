/**
 * The fuzz targets: every parser and validator that takes input from outside, each with an arbitrary of
 * hostile inputs and a `run` that throws a {@link FuzzFailure} when the target breaks its promise (throws
 * anything but the SDK's typed errors, or answers a URL check with a scheme it must refuse). The quick run
 * (test/fuzz/fuzz.test.ts, in `npm test`) and the long run (scripts/fuzz.mjs, `npm run fuzz`) share them.
 */
import fc from 'fast-check';
import {
  OT_COLLECTIONS,
  OtError,
  applySessionEvent,
  checkAudioUrl,
  checkImageUrl,
  checkLinkUrl,
  checkPageUrl,
  checkPhases,
  checkSessionEvent,
  decodeScheduleFragment,
  encodeScheduleFragment,
  parse,
  safeParse,
  sessionFlow,
  sessionTemplate,
  validateDocument,
  type OtCollectionName,
  type OtUrlCheck,
} from '@otkit/sdk';
import { exportObf, exportObz, importObf, importObz } from '@otkit/sdk/obf';
import { T0, examples } from '../helpers/sdk-examples.js';
import { hostileValue, materialise, mutated } from './hostile.js';

/** A broken promise of a target, with the input that broke it. */
export class FuzzFailure extends Error {
  override name = 'FuzzFailure';
}

/** One fuzz target. `run` resolves when the target kept its promises for `input`. */
export interface FuzzTarget {
  readonly name: string;
  readonly arbitrary: fc.Arbitrary<unknown>;
  run(input: unknown): void | Promise<void>;
}

/** Lets the SDK's own typed errors through as the answer they are; anything else thrown is a failure. */
function typedOnly(error: unknown): void {
  if (error instanceof OtError) return;
  throw new FuzzFailure(`threw ${describeError(error)}`, { cause: error });
}

function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return typeof error;
}

async function settles(call: () => unknown): Promise<void> {
  try {
    await call();
  } catch (error) {
    typedOnly(error);
  }
}

function never(call: () => unknown): void {
  try {
    call();
  } catch (error) {
    throw new FuzzFailure(`threw ${describeError(error)} (documented never to throw)`, { cause: error });
  }
}

const sample = examples();

/** One target per collection schema: `safeParse` answers every input with a result, never a throw. */
const schemaTargets: FuzzTarget[] = (Object.keys(OT_COLLECTIONS) as OtCollectionName[]).map((name) => ({
  name: `schema: ${name}`,
  arbitrary: fc.oneof({ weight: 1, arbitrary: hostileValue }, { weight: 4, arbitrary: mutated(sample[name]) }),
  run: (input) =>
    never(() => {
      const result = safeParse(OT_COLLECTIONS[name].schema, input);
      if (typeof result.success !== 'boolean') throw new FuzzFailure('no result');
    }),
}));

const phases = sessionTemplate(30);
const events = [
  { type: 'start', at: T0 },
  { type: 'pause', at: T0 + 60_000, reason: 'break' },
  { type: 'resume', at: T0 + 120_000 },
  { type: 'extend', at: T0 + 130_000, minutes: 2 },
  { type: 'next', at: T0 + 400_000 },
];

const sessionTarget: FuzzTarget = {
  name: 'session clock: sessionFlow, checkSessionEvent, applySessionEvent, checkPhases',
  arbitrary: fc.tuple(
    fc.oneof(mutated(phases), hostileValue, fc.constant(phases)),
    fc.oneof(mutated(events), hostileValue, fc.constant(events)),
    fc.oneof(mutated({ type: 'skip', at: T0 + 500_000 }), hostileValue),
    fc.oneof(fc.constant({}), fc.constant({ autoAdvance: true }), hostileValue),
  ),
  run: (input) =>
    never(() => {
      const [p, e, next, options] = input as [never, never, never, never];
      const state = sessionFlow(p, e, T0 + 600_000, options);
      if (typeof state.status !== 'string' || typeof state.phase !== 'object') throw new FuzzFailure('no state');
      const checked = checkSessionEvent(p, e, next, options);
      const applied = applySessionEvent(p, e, next, options);
      if (checked.ok !== applied.ok) throw new FuzzFailure('check and apply disagree');
      checkPhases(p);
    }),
};

/** Text that looks like a URL: schemes, hosts, paths with control characters, encodings and long runs. */
const urlText = fc
  .tuple(
    fc.constantFrom(
      'https://',
      'http://',
      'javascript:',
      'JaVaScRiPt://',
      'data:image/png;base64,',
      'data:',
      'blob:https://',
      'mailto:',
      'vbscript:',
      '//',
      ' ',
      '',
    ),
    fc.oneof(fc.webUrl(), fc.string({ unit: 'binary', maxLength: 40 }), fc.base64String({ maxLength: 200 })),
    fc.nat(2000),
    fc.constantFrom('a', '/', '%0a', '=', ' ', ':', '\u00a0', 'é'),
  )
  .map(([scheme, rest, n, unit]) => scheme + rest + unit.repeat(n));

/** Each URL check answers with ok or a reason, and what it accepts starts with a scheme it allows. */
function urlTarget(name: string, check: (raw: unknown) => OtUrlCheck, allowed: RegExp): FuzzTarget {
  return {
    name: `url policy: ${name}`,
    arbitrary: fc.oneof(urlText, hostileValue),
    run: (input) =>
      never(() => {
        const result = check(input);
        if (result.ok && !allowed.test(result.url)) throw new FuzzFailure(`accepted ${result.url.slice(0, 80)}`);
        if (!result.ok && typeof result.reason !== 'string') throw new FuzzFailure('no reason');
      }),
  };
}

const embedInput = {
  title: 'Morning',
  kind: 'list',
  steps: [
    { label: 'Circle time', image: { symbol: 'circle-time' }, timeOfDay: '08:30', minutes: 15 },
    {
      label: 'Swing or slide',
      choices: [{ label: 'Swing' }, { label: 'Slide', image: { src: 'https://example.org/s.png' } }],
    },
  ],
};
const embedFragment = await encodeScheduleFragment(embedInput as never);

/** A valid fragment with a few characters changed, cut or added. */
const damagedFragment = fc
  .tuple(fc.nat(embedFragment.length), fc.nat(4), fc.string({ maxLength: 4 }))
  .map(([at, cut, add]) => embedFragment.slice(0, at) + add + embedFragment.slice(at + cut));

const embedTarget: FuzzTarget = {
  name: 'embed codec: decodeScheduleFragment, encodeScheduleFragment',
  arbitrary: fc.tuple(
    fc.oneof(damagedFragment, hostileValue, fc.string()),
    fc.oneof(mutated(embedInput), hostileValue),
  ),
  run: async (input) => {
    const [fragment, schedule] = input as [never, never];
    await settles(() => decodeScheduleFragment(fragment));
    await settles(() => encodeScheduleFragment(schedule));
  },
};

const documentSample = {
  format: 'otkit',
  version: 1,
  exportedAt: new Date(T0).toISOString(),
  collections: Object.fromEntries(Object.entries(sample).map(([name, record]) => [name, [record]])),
};

const documentTarget: FuzzTarget = {
  name: 'document import: validateDocument',
  arbitrary: fc.oneof(mutated(documentSample), hostileValue, fc.string()),
  run: (input) =>
    never(() => {
      const issues = validateDocument(input);
      if (!Array.isArray(issues)) throw new FuzzFailure('no issue list');
    }),
};

const obfSample = exportObf(parse(OT_COLLECTIONS.choiceBoards.schema, sample.choiceBoards) as never);

/** `value` as JSON text, or undefined when JSON cannot carry it (BigInt, a getter that throws…). */
function jsonText(value: unknown): string | undefined {
  try {
    return JSON.stringify(value);
  } catch {
    return undefined;
  }
}

const obfTarget: FuzzTarget = {
  name: 'OBF import: importObf',
  arbitrary: fc.oneof(mutated(obfSample), hostileValue, fc.string()),
  run: async (input) => {
    await settles(() => importObf(input));
    const text = jsonText(input);
    if (text !== undefined) await settles(() => importObf(text));
  },
};

const obzSample = await exportObz(parse(OT_COLLECTIONS.choiceBoards.schema, sample.choiceBoards) as never);

/** A valid package with a few bytes changed. */
const damagedPackage = fc
  .array(fc.tuple(fc.nat(obzSample.length - 1), fc.nat(255)), { minLength: 1, maxLength: 8 })
  .map((changes) => {
    const bytes = obzSample.slice();
    for (const [at, byte] of changes) bytes[at] = byte;
    return bytes;
  });

const obzTarget: FuzzTarget = {
  name: 'OBZ import: importObz (and its zip reader)',
  arbitrary: fc.oneof(damagedPackage, fc.uint8Array({ maxLength: 300 }), hostileValue),
  run: (input) => settles(() => importObz(input as never)),
};

/** Every fuzz target; its `run` builds the exotic values of an input first (see {@link materialise}). */
export const FUZZ_TARGETS: readonly FuzzTarget[] = (<FuzzTarget[]>[
  ...schemaTargets,
  sessionTarget,
  urlTarget('checkImageUrl', checkImageUrl, /^(https:|blob:https?:|data:image\/)/),
  urlTarget('checkLinkUrl', checkLinkUrl, /^(https:|mailto:)/),
  urlTarget('checkAudioUrl', checkAudioUrl, /^(https:|blob:https?:|data:audio\/)/),
  urlTarget('checkPageUrl', checkPageUrl, /^(https:\/\/|http:\/\/(localhost|127\.0\.0\.1|\[::1\])[:/])/),
  embedTarget,
  documentTarget,
  obfTarget,
  obzTarget,
]).map((target) => ({ ...target, run: (input: unknown) => target.run(materialise(input)) }));
