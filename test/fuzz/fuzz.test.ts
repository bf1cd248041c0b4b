/**
 * The quick fuzz run inside `npm test`: every target of ./targets.ts with a few thousand hostile inputs
 * (`npm run fuzz` runs the same targets with 100,000 each; docs/security.md has its figures).
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { FUZZ_TARGETS } from './targets.js';

/** Inputs per target; the slower targets (async, or replaying a whole session) get fewer. */
const QUICK_RUNS = 2000;
const SLOW_TARGETS = /session clock|embed codec|OBZ|OBF|document/;

describe('fuzz (quick run): hostile input gets typed errors, never a crash', () => {
  it('has a target for every parser and validator the issue names', () => {
    const names = FUZZ_TARGETS.map((t) => t.name.split(':')[0]);
    expect([...new Set(names)]).to.deep.equal([
      'schema',
      'session clock',
      'url policy',
      'embed codec',
      'document import',
      'OBF import',
      'OBZ import',
    ]);
  });

  for (const target of FUZZ_TARGETS)
    it(target.name, async function () {
      this.timeout(60_000);
      const numRuns = SLOW_TARGETS.test(target.name) ? QUICK_RUNS / 2 : QUICK_RUNS;
      await fc.assert(
        fc.asyncProperty(target.arbitrary, async (input) => {
          await target.run(input);
        }),
        { numRuns },
      );
    });
});
