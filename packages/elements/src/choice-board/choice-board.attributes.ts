import { OtValidationError, number, picklist, string, type OtIssue, type Schema } from '@otkit/sdk';
import { OT_SCAN_MODES, OT_SCAN_PATTERNS } from '../controllers/scan-controller.js';

/** The cues a board can give on each scan highlight and keyboard move. */
export const OT_CHOICE_BOARD_CUES = ['none', 'tone', 'speech'] as const;
/** A cue of `<ot-choice-board>`. */
export type OtChoiceBoardCue = (typeof OT_CHOICE_BOARD_CUES)[number];

/**
 * The properties of `<ot-choice-board>` checked whenever they change, with their schema and default: a removed
 * attribute (null) goes back to its default, a bad value leaves the last good one in effect.
 */
const CHECKED_PROPERTIES: Record<string, { schema: Schema<unknown>; fallback: unknown }> = {
  columns: { schema: number({ min: 0, max: 36, integer: true }), fallback: 0 },
  scan: { schema: picklist(OT_SCAN_MODES), fallback: 'off' },
  scanPattern: { schema: picklist(OT_SCAN_PATTERNS), fallback: 'linear' },
  scanInterval: { schema: number({ min: 100 }), fallback: 2000 },
  scanFirstDelay: { schema: number({ min: 0 }), fallback: 1000 },
  scanRounds: { schema: number({ min: 1, integer: true }), fallback: 3 },
  nextKeys: { schema: string({ min: 1 }), fallback: 'Space' },
  selectKeys: { schema: string({ min: 1 }), fallback: 'Enter' },
  cue: { schema: picklist(OT_CHOICE_BOARD_CUES), fallback: 'none' },
  dwellTime: { schema: number({ min: 0 }), fallback: 0 },
  rate: { schema: number({ min: 0.1, max: 10 }), fallback: 1 },
  value: { schema: string(), fallback: '' },
};

/** `scanPattern` → `scan-pattern`: errors name the attribute a page writes. */
const attributeName = (property: string) => property.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

/**
 * Checks the changed properties of a board, puts back the last good value of each bad one (the value before
 * this update, or the default on the first), and keeps each property's problems in `problems` until it gets a
 * good value. Returns the error that lists every problem still open (undefined when none), and whether a new
 * problem came with this update (so it is reported once).
 */
export function checkBoardAttributes(
  host: object,
  changed: ReadonlyMap<PropertyKey, unknown>,
  problems: Map<string, OtIssue[]>,
): { error: OtValidationError | undefined; fresh: boolean } {
  const values = host as Record<string, unknown>;
  let fresh = false;
  for (const [property, { schema, fallback }] of Object.entries(CHECKED_PROPERTIES)) {
    if (!changed.has(property)) continue;
    const issues: OtIssue[] = [];
    const value = schema.run(values[property] ?? fallback, [attributeName(property)], issues);
    if (issues.length) {
      problems.set(property, issues);
      fresh = true;
      values[property] = changed.get(property) ?? fallback;
    } else {
      problems.delete(property);
      values[property] = value;
    }
  }
  const open = [...problems.values()].flat();
  return { error: open.length ? new OtValidationError('attributes', open) : undefined, fresh };
}
