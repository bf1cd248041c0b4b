/**
 * Session plans: the 30, 45 and 60 minute templates scaled from the six default phases, and the check of a
 * custom plan.
 */
import { OtValidationError, type OtIssue } from '../errors.js';
import { sessionPlanSchema, type OtSessionPhase } from '../model/entities.js';
import { OT_DEFAULT_SESSION_PHASES, OT_SESSION_PHASE_IDS } from '../model/enums.js';
import { readField, readItems, safeParse } from '../model/schema.js';

/** Session lengths with a ready-made plan, in minutes. */
export const OT_SESSION_TEMPLATES = [30, 45, 60] as const;
/** A session length with a ready-made plan. */
export type OtSessionTemplate = (typeof OT_SESSION_TEMPLATES)[number];

/**
 * The six default phases scaled to a session of `minutes` (a whole number from 6 to 240): whole minutes per
 * phase, at least one each, that add up exactly to `minutes` (largest-remainder rounding). Throws an
 * {@link OtValidationError} for any other length.
 *
 * @example
 * sessionTemplate(30).map((p) => p.minutes); // [3, 5, 10, 5, 3, 4]
 */
export function sessionTemplate(minutes: number): OtSessionPhase[] {
  const base = OT_DEFAULT_SESSION_PHASES;
  if (!Number.isInteger(minutes) || minutes < base.length || minutes > 240)
    throw new OtValidationError('session length', [
      {
        path: [],
        code: 'too-small',
        message: `must be a whole number of minutes from ${base.length} to 240 (got ${minutes})`,
      },
    ]);
  const full = base.reduce((sum, p) => sum + p.minutes, 0);
  const raw = base.map((p) => (p.minutes * minutes) / full);
  const out = raw.map((r) => Math.max(1, Math.floor(r)));
  let rest = minutes - out.reduce((a, b) => a + b);
  // Largest remainders first; ties keep the order of the plan. Fewer minutes than phases are ever missing.
  const byRemainder = raw.map((_, i) => i).sort((a, b) => (raw[b]! % 1) - (raw[a]! % 1));
  for (let k = 0; rest > 0; rest--) out[byRemainder[k++]!]!++;
  for (; rest < 0; rest++) out[out.indexOf(Math.max(...out))]!--;
  return base.map((p, i) => ({ id: p.id, minutes: out[i]! }));
}

/**
 * Every problem of a plan's phases: the schema's (1–20 phases, minutes above 0 and at most 240, unique
 * ids) and unknown phase ids — a phase whose id is not a default one (`check-in`, `warm-up`, …) needs a
 * label. Empty when the phases are fine.
 *
 * @example
 * checkPhases([{ id: 'swing', minutes: 0 }]);
 * // [{ path: [0, 'minutes'], message: 'must be greater than 0 (got 0)' }, …]
 */
export function checkPhases(phases: unknown): OtIssue[] {
  const result = safeParse(sessionPlanSchema.shape.phases, phases);
  const issues = result.success ? [] : [...result.issues];
  // Read through readItems / readField: `phases` may be anything a host page hands over (proxies included).
  readItems(phases).forEach((p, i) => {
    const id = readField(p, 'id');
    if (
      typeof id === 'string' &&
      readField(p, 'label') === undefined &&
      !(OT_SESSION_PHASE_IDS as readonly string[]).includes(id)
    )
      issues.push({
        path: [i, 'id'],
        code: 'reference',
        message: `is not a default phase id (${OT_SESSION_PHASE_IDS.join(', ')}); a custom phase needs a label (got ${JSON.stringify(id.slice(0, 40))})`,
      });
  });
  return issues;
}
