/**
 * Every crash and slow input the fuzzing ever found (issue 18's report and our own runs), each a named case
 * that stays: the target answers with a result or the SDK's typed error, in bounded time.
 */
import { expect } from '@open-wc/testing';
import {
  OT_COLLECTIONS,
  OtError,
  applySessionEvent,
  checkImageUrl,
  checkLinkUrl,
  checkPageUrl,
  checkPhases,
  checkSessionEvent,
  decodeScheduleFragment,
  encodeScheduleFragment,
  safeParse,
  sessionFlow,
  sessionTemplate,
  validateDocument,
} from '@otkit/sdk';
import { importObf } from '@otkit/sdk/obf';
import { T0, examples } from '../helpers/sdk-examples.js';
import { deepArray, deepObject, longString } from './hostile.js';

/** Runs `call` and returns how long it took; fails on anything thrown but the SDK's typed errors. */
async function answers(call: () => unknown): Promise<number> {
  const t = performance.now();
  try {
    await call();
  } catch (error) {
    if (!(error instanceof OtError)) throw error;
  }
  return performance.now() - t;
}

const sample = examples();
const board = () => structuredClone(sample.choiceBoards) as Record<string, unknown>;
const thrower = () => {
  throw new Error('hostile getter');
};
const revoked = () => {
  const { proxy, revoke } = Proxy.revocable([], {});
  revoke();
  return proxy;
};

describe('fuzz regressions: schema library', () => {
  const parse = (value: unknown) => safeParse(OT_COLLECTIONS.choiceBoards.schema, value);
  const issuesAt = (value: unknown) => {
    const r = parse(value);
    expect(r.success).to.equal(false);
    return r.success ? [] : r.issues;
  };

  it('an array with holes: each hole is an issue at its index (was "value.forEach is not a function")', () => {
    const b = board();
    // eslint-disable-next-line no-sparse-arrays -- the hole is the case
    b.choices = [, (b.choices as unknown[])[0]];
    expect(issuesAt(b)[0]!.path).to.deep.equal(['choices', 0]);
  });

  it('an array whose forEach or prototype was replaced is walked by index', () => {
    const b = board();
    const choices = b.choices as unknown[];
    Object.defineProperty(choices, 'forEach', { value: 1 });
    expect(parse(b).success).to.equal(true);
    Object.setPrototypeOf(choices, Set.prototype); // was "Set.prototype.forEach called on incompatible receiver"
    expect(parse(b).success).to.equal(true);
  });

  it('an object that only looks like an array is not one', () => {
    const b = board();
    b.choices = { length: 1, 0: (b.choices as unknown[])[0] };
    expect(issuesAt(b)[0]).to.deep.include({ path: ['choices'], code: 'type' });
  });

  it('getters and proxy traps that throw, and revoked proxies, are issues with their path', () => {
    const b = board();
    Object.defineProperty(b, 'name', { get: thrower, enumerable: true });
    expect(issuesAt(b)[0]).to.deep.include({ path: ['name'], code: 'invalid' });
    expect(issuesAt({ ...board(), choices: new Proxy([], { get: thrower }) })[0]!.path).to.deep.equal(['choices']);
    expect(issuesAt(new Proxy({}, { ownKeys: thrower }))[0]!.code).to.equal('invalid');
    expect(issuesAt(revoked())[0]!.code).to.equal('invalid');
    expect(issuesAt({ ...board(), choices: revoked() })[0]!.path).to.deep.equal(['choices']);
  });

  it('frozen input and __proto__ / constructor keys are read as data', () => {
    expect(parse(Object.freeze(board())).success).to.equal(true);
    const withKeys = JSON.parse(`{"__proto__": {"polluted": 1}, "constructor": {"prototype": {"polluted": 1}}}`);
    const issues = issuesAt(Object.assign(withKeys, board()));
    expect(issues.map((i) => i.path)).to.deep.include.members([['__proto__'], ['constructor']]);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('a proxy claiming 10¹² items takes bounded time (was 10 s)', async () => {
    const b = board();
    b.grid = {
      rows: 1,
      columns: 1,
      order: new Proxy([[null]], { get: (t, k) => (k === 'length' ? 1e12 : t[k as never]) }),
    };
    expect(await answers(() => parse(b))).to.be.below(2000);
    expect(issuesAt(b)[0]).to.deep.include({ path: ['grid', 'order'], code: 'too-big' });
  });

  it('10 MB strings and 100,000-deep nesting are refused without a stack overflow', async () => {
    const b = board();
    b.name = longString(10_000_000);
    b.license = deepObject(100_000, 'type');
    expect(await answers(() => parse(b))).to.be.below(2000);
    expect(issuesAt(b).map((i) => i.path[0])).to.deep.equal(['name', 'license']);
  });
});

describe('fuzz regressions: session clock (never throws)', () => {
  const phases = sessionTemplate(30);
  const start = { type: 'start', at: T0 } as const;

  for (const [name, bad] of [
    // eslint-disable-next-line no-sparse-arrays -- the hole is the case
    ['a phase list with holes (was reading "budget" of undefined)', [, ...phases]],
    ['a null phase (was reading "id" of null)', [null, ...phases]],
    ['a phase whose getter throws', [Object.defineProperty({}, 'id', { get: thrower })]],
    ['a revoked proxy', revoked()],
  ] as const)
    it(`refuses ${name} with a reason`, () => {
      const r = applySessionEvent(bad as never, [], start);
      expect(r.ok).to.equal(false);
      expect(checkSessionEvent(bad as never, [], start).ok).to.equal(false);
      expect(sessionFlow(bad as never, [start], T0 + 1000).problem).to.not.equal(undefined);
      expect(() => checkPhases(bad)).to.not.throw();
    });

  it('reads a phase list whose map was replaced by index (was ".map is not a function")', () => {
    const odd = Object.assign([...phases], { map: 1, forEach: 1 });
    expect(applySessionEvent(odd as never, [], start).ok).to.equal(true);
    expect(sessionFlow(odd as never, [start], T0 + 60_000).phase.id).to.equal(phases[0]!.id);
    expect(checkPhases(odd)).to.deep.equal([]);
  });

  it('events with throwing getters, BigInt minutes and toString bombs are refused with a reason', () => {
    const started = [start];
    const bomb = { toString: thrower, valueOf: thrower };
    expect(checkSessionEvent(phases, started, { type: 'extend', at: T0 + 1, minutes: bomb } as never)).to.deep.equal({
      ok: false,
      reason: 'cannot extend: it must add more than 0 minutes',
    });
    expect(checkSessionEvent(phases, started, { type: 'extend', at: T0 + 1, minutes: 2n } as never).ok).to.equal(false);
    expect(checkSessionEvent(phases, started, Object.defineProperty({}, 'at', { get: thrower }) as never).ok).to.equal(
      false,
    );
    expect(checkSessionEvent(phases, new Proxy([], { get: thrower }) as never, start).ok).to.equal(true);
  });
});

describe('fuzz regressions: URL policy', () => {
  it('10 MB URLs are refused in bounded time (checkImageUrl took over a second)', async () => {
    for (const url of [
      `https://example.org/${longString(10_000_000)}`,
      `data:image/png;base64,${longString(10_000_000, 'A')}!`,
      longString(10_000_000, 'javascript:'),
    ]) {
      for (const check of [checkImageUrl, checkLinkUrl, checkPageUrl]) {
        let result;
        expect(await answers(() => (result = check(url)))).to.be.below(1000);
        expect(result).to.deep.include({ ok: false });
      }
    }
  });

  it('values that are not strings get a reason, never a throw (checkLinkUrl threw)', () => {
    for (const value of [new String('https://example.org'), { toString: thrower }, revoked(), Symbol('x'), 1n])
      expect(checkLinkUrl(value)).to.deep.equal({ ok: false, reason: 'must be a URL string' });
  });
});

describe('fuzz regressions: imports and the embed codec', () => {
  it('100,000-deep JSON is a typed error or a report, never a stack overflow', async () => {
    const deep = JSON.stringify(deepArray(100_000));
    expect(await answers(() => importObf(deep))).to.be.below(5000);
    expect(validateDocument(deep)[0]!.path).to.deep.equal([]);
    expect(validateDocument({ format: 'otkit', version: 1, collections: deepObject(100_000) })).to.have.length.above(0);
  });

  it('an OBF board whose buttons are a proxy claiming 10¹² of them is read in bounded time (the long run hung)', async () => {
    const buttons = new Proxy([], { get: (t, k) => (k === 'length' ? 1e12 : t[k as never]) });
    const grid = { rows: 1, columns: 1, order: buttons };
    expect(await answers(() => importObf({ format: 'open-board-0.1', id: 'b', buttons, grid }))).to.be.below(2000);
  });

  it('a document whose getters throw or holds a BigInt is reported, not thrown', () => {
    const doc = {
      format: 'otkit',
      version: 1,
      collections: { goals: [Object.defineProperty({}, 'id', { get: thrower, enumerable: true })] },
    };
    expect(validateDocument(doc)[0]!.message).to.match(/^is not valid JSON/);
    expect(validateDocument({ format: 'otkit', version: 1n })[0]!.message).to.match(/^is not valid JSON/);
    expect(validateDocument(revoked())[0]!.message).to.match(/^is not valid JSON/);
  });

  it('the encoder reads a hostile schedule as data: a proxy of 10¹² steps, getters that throw', async () => {
    const steps = new Proxy([], { get: (t, k) => (k === 'length' ? 1e12 : t[k as never]) });
    expect(await answers(() => encodeScheduleFragment({ title: 'x', steps } as never))).to.be.below(2000);
    const title = Object.defineProperty({ steps: [{ label: 'a' }] }, 'title', { get: thrower });
    let error: unknown;
    await encodeScheduleFragment(title as never).catch((e: unknown) => (error = e));
    expect(error).to.be.instanceOf(OtError);
    const huge = `#v1.${longString(10_000_000, 'A')}`;
    expect(await answers(() => decodeScheduleFragment(huge))).to.be.below(1000);
  });
});
