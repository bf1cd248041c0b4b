import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  OT_GAS_LEVELS,
  OtGasEmptyError,
  OtValidationError,
  gasTScore,
  gasWeight,
  type OtGasLevel,
  type OtGasScore,
} from '@otkit/sdk';

const t = (scores: OtGasScore[], rho?: number) => gasTScore(scores, rho === undefined ? {} : { rho }).tScore;
const unweighted = (...levels: OtGasLevel[]) => levels.map((level) => ({ level }));
const level = fc.constantFrom(...OT_GAS_LEVELS);

describe('gasTScore (Goal Attainment Scaling)', () => {
  describe('the published and recomputed vectors, to three decimals', () => {
    it('gives 55.000 for scores (−2, 0, −1, 2, 0, 1) with weights (3, 5, 1, 4, 2, 6)', () => {
      const levels = [-2, 0, -1, 2, 0, 1] as const;
      const weights = [3, 5, 1, 4, 2, 6];
      const result = gasTScore(levels.map((l, i) => ({ level: l, weight: weights[i] })));
      expect(result.tScore.toFixed(3)).to.equal('55.000');
      expect(result).to.include({ counted: 6, missing: 0, weightedSum: 7 });
    });

    const vectors: [string, OtGasScore[], string][] = [
      ['three unweighted goals at 0', unweighted(0, 0, 0), '50.000'],
      ['three unweighted goals at −1', unweighted(-1, -1, -1), '36.307'],
      ['three unweighted goals at −2', unweighted(-2, -2, -2), '22.614'],
      ['one goal at +1', unweighted(1), '60.000'],
      ['four goals (+2, +1, 0, 0)', unweighted(2, 1, 0, 0), '60.882'],
      [
        'weights (6, 4, 2, 9) with levels (0, 1, −1, 2)',
        [
          { level: 0, weight: 6 },
          { level: 1, weight: 4 },
          { level: -1, weight: 2 },
          { level: 2, weight: 9 },
        ],
        '63.240',
      ],
    ];
    for (const [name, scores, expected] of vectors) {
      it(`gives ${expected} for ${name}`, () => expect(t(scores).toFixed(3)).to.equal(expected));
    }

    it('follows the unweighted three-goal table T = 50 + 4.5644·Σx', () => {
      const table = ['22.61', '27.18', '31.74', '36.31', '40.87', '45.44', '50.00', '54.56', '59.13', '63.69'];
      const sets: OtGasLevel[][] = [
        [-2, -2, -2],
        [-2, -2, -1],
        [-2, -1, -1],
        [-1, -1, -1],
        [-1, -1, 0],
        [-1, 0, 0],
        [0, 0, 0],
        [0, 0, 1],
        [0, 1, 1],
        [1, 1, 1],
      ];
      expect(sets.map((levels) => t(unweighted(...levels)).toFixed(2))).to.deep.equal(table);
    });
  });

  describe('missing scores and bad input', () => {
    it('leaves out goals with no level and counts them as missing', () => {
      const result = gasTScore([{ level: 1 }, { level: null }, { level: undefined, weight: 4 }]);
      expect(result).to.include({ counted: 1, missing: 2 });
      expect(result.tScore.toFixed(3)).to.equal('60.000');
    });

    it('refuses an empty set, and a set with no scored goal, with a named error', () => {
      expect(() => gasTScore([])).to.throw(OtGasEmptyError, /at least one scored goal/);
      expect(() => gasTScore([{ level: null }])).to.throw(OtGasEmptyError);
    });

    it('names the goal and the field of a bad level or weight, and a bad rho', () => {
      try {
        gasTScore([{ level: 3 as OtGasLevel }, { level: 0, weight: -1 }, { level: 0, weight: Number.NaN }], {
          rho: 1,
        });
        expect.fail('should throw');
      } catch (error) {
        expect(error).to.be.instanceOf(OtValidationError);
        const paths = (error as OtValidationError).issues.map((issue) => issue.path.join('.'));
        expect(paths).to.deep.equal(['rho', '0.level', '1.weight', '2.weight']);
      }
      expect(() => gasTScore([{ level: 1, weight: 0 }])).to.throw(OtValidationError, /weight above 0/);
    });
  });

  describe('properties', () => {
    it('weights of 1 give the unweighted form', () => {
      fc.assert(
        fc.property(fc.array(level, { minLength: 1, maxLength: 12 }), (levels) => {
          const plain = t(unweighted(...levels));
          const ones = t(levels.map((l) => ({ level: l, weight: 1 })));
          expect(ones).to.equal(plain);
        }),
      );
    });

    it('a higher score for one goal never lowers T', () => {
      fc.assert(
        fc.property(
          fc.array(fc.record({ level, weight: fc.integer({ min: 1, max: 9 }) }), { minLength: 1, maxLength: 10 }),
          fc.nat(),
          (scores, pick) => {
            const index = pick % scores.length;
            const current = scores[index]!.level;
            if (current === 2) return;
            const raised = scores.map((s, i) => (i === index ? { ...s, level: (current + 1) as OtGasLevel } : s));
            expect(t(raised)).to.be.at.least(t(scores));
          },
        ),
      );
    });

    it('is 50 exactly when every goal meets its expected outcome, whatever the weights and rho', () => {
      fc.assert(
        fc.property(
          fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 10 }),
          fc.double({ min: 0, max: 0.99, noNaN: true }),
          (weights, rho) => {
            expect(
              t(
                weights.map((weight) => ({ level: 0, weight })),
                rho,
              ),
            ).to.equal(50);
          },
        ),
      );
    });

    it('scaling every weight by the same factor does not change T', () => {
      fc.assert(
        fc.property(
          fc.array(fc.record({ level, weight: fc.integer({ min: 1, max: 9 }) }), { minLength: 1, maxLength: 8 }),
          fc.integer({ min: 2, max: 5 }),
          (scores, factor) => {
            const scaled = scores.map((s) => ({ ...s, weight: s.weight * factor }));
            expect(t(scaled)).to.be.closeTo(t(scores), 1e-9);
          },
        ),
      );
    });
  });
});

describe('gasWeight', () => {
  it('is importance × difficulty, each rated 0–3', () => {
    expect(gasWeight({ importance: 3, difficulty: 2 })).to.equal(6);
    expect(gasWeight({ importance: 0, difficulty: 3 })).to.equal(0);
  });

  it('names a rating outside 0–3', () => {
    expect(() => gasWeight({ importance: 4, difficulty: 1.5 })).to.throw(OtValidationError, /importance.*difficulty/);
  });
});
