/**
 * Goal Attainment Scaling (GAS): each goal is scored on five levels, −2 (much less than expected) … +2 (much
 * more than expected), and a set of goals gives one T-score (Kiresuk & Sherman 1968; the weighted form with the
 * erratum of Turner-Stokes 2009):
 *
 *   T = 50 + 10·Σwᵢxᵢ / √((1−ρ)·Σwᵢ² + ρ·(Σwᵢ)²)
 *
 * with xᵢ the level of goal i, wᵢ its weight (1 when unweighted) and ρ the expected correlation between the goals'
 * scores (0.3 by default). T is 50 when every goal lands on its expected outcome; about 40–60 holds two thirds of
 * results.
 */
import { OtError, OtValidationError, type OtIssue } from '../errors.js';
import { OT_GAS_LEVELS, type OtGasLevel } from '../model/enums.js';

/** The correlation between goal scores that GAS assumes when none is given. */
export const OT_GAS_DEFAULT_RHO = 0.3;

/** One goal in a GAS T-score: its level (missing when it was not scored) and optional weight. */
export interface OtGasScore {
  /** The level reached, −2 … +2; `null` or `undefined` when the goal was not scored (it is left out). */
  readonly level: OtGasLevel | null | undefined;
  /** How much the goal counts (e.g. importance × difficulty); 1 when left out. */
  readonly weight?: number | undefined;
}

/** Options of {@link gasTScore}. */
export interface OtGasOptions {
  /** Expected correlation between the goals' scores, 0 ≤ ρ < 1; default {@link OT_GAS_DEFAULT_RHO}. */
  readonly rho?: number;
}

/** A GAS T-score and what it was computed from. */
export interface OtGasResult {
  /** The T-score (not rounded). */
  readonly tScore: number;
  /** How many goals were scored and counted. */
  readonly counted: number;
  /** How many goals were left out because they had no level. */
  readonly missing: number;
  /** The weighted sum Σwᵢxᵢ. */
  readonly weightedSum: number;
}

/** There is nothing to compute a GAS T-score from: no goal in the set has a level. */
export class OtGasEmptyError extends OtError {
  constructor() {
    super('gas-empty', 'A GAS T-score needs at least one scored goal (every goal in the set has no level)');
    this.name = 'OtGasEmptyError';
  }
}

const isLevel = (value: unknown): value is OtGasLevel => OT_GAS_LEVELS.includes(value as OtGasLevel);

/**
 * The weight of a goal from the importance and difficulty the therapist and client rated, each 0–3 (the
 * King's College London scheme): weight = importance × difficulty.
 *
 * @example
 * gasWeight({ importance: 3, difficulty: 2 }); // 6
 */
export function gasWeight(rating: { readonly importance: number; readonly difficulty: number }): number {
  const issues: OtIssue[] = [];
  for (const field of ['importance', 'difficulty'] as const) {
    const value = rating[field];
    if (!Number.isInteger(value) || value < 0 || value > 3)
      issues.push({ path: [field], code: 'enum', message: `must be 0, 1, 2 or 3 (got ${String(value)})` });
  }
  if (issues.length) throw new OtValidationError('GAS rating', issues);
  return rating.importance * rating.difficulty;
}

/**
 * The GAS T-score of a set of goals. Goals with no level are left out; weights default to 1. Throws an
 * {@link OtGasEmptyError} when no goal is scored, and an {@link OtValidationError} naming the goal for a level
 * outside −2 … +2, a negative or non-finite weight, all weights zero, or a ρ outside 0 ≤ ρ < 1.
 *
 * @example
 * gasTScore([
 *   { level: -2, weight: 3 }, { level: 0, weight: 5 }, { level: -1, weight: 1 },
 *   { level: 2, weight: 4 }, { level: 0, weight: 2 }, { level: 1, weight: 6 },
 * ]).tScore; // 55
 */
export function gasTScore(scores: readonly OtGasScore[], options: OtGasOptions = {}): OtGasResult {
  const rho = options.rho ?? OT_GAS_DEFAULT_RHO;
  const issues: OtIssue[] = [];
  if (!Number.isFinite(rho) || rho < 0 || rho >= 1)
    issues.push({ path: ['rho'], code: 'too-big', message: `must be at least 0 and less than 1 (got ${rho})` });
  let weightedSum = 0;
  let weightSum = 0;
  let squaredWeightSum = 0;
  let counted = 0;
  let missing = 0;
  scores.forEach((score, index) => {
    if (score.level === null || score.level === undefined) {
      missing++;
      return;
    }
    if (!isLevel(score.level)) {
      issues.push({
        path: [index, 'level'],
        code: 'enum',
        message: `must be -2, -1, 0, 1 or 2 (got ${String(score.level)})`,
      });
      return;
    }
    const weight = score.weight ?? 1;
    if (!Number.isFinite(weight) || weight < 0) {
      issues.push({
        path: [index, 'weight'],
        code: 'too-small',
        message: `must be a number of at least 0 (got ${weight})`,
      });
      return;
    }
    counted++;
    weightedSum += weight * score.level;
    weightSum += weight;
    squaredWeightSum += weight * weight;
  });
  if (issues.length) throw new OtValidationError('GAS scores', issues);
  if (counted === 0) throw new OtGasEmptyError();
  if (weightSum === 0)
    throw new OtValidationError('GAS scores', [
      { path: [], code: 'too-small', message: 'at least one scored goal must have a weight above 0' },
    ]);
  const spread = Math.sqrt((1 - rho) * squaredWeightSum + rho * weightSum * weightSum);
  return { tScore: 50 + (10 * weightedSum) / spread, counted, missing, weightedSum };
}
