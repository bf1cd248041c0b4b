import { OT_COLOR_CODINGS, number, picklist, string } from '@otkit/sdk';
import { OT_SCAN_MODES, OT_SCAN_PATTERNS } from '../controllers/scan-controller.js';
import { check } from '../internal/checked-properties.js';

/** The cues a board can give on each scan highlight and keyboard move. */
export const OT_CHOICE_BOARD_CUES = ['none', 'tone', 'speech'] as const;
/** A cue of `<ot-choice-board>`. */
export type OtChoiceBoardCue = (typeof OT_CHOICE_BOARD_CUES)[number];

/**
 * The properties of `<ot-choice-board>` checked whenever they change (`OtElement.checkedProperties`), with their
 * defaults: a removed attribute goes back to its default, a bad value leaves the last good one in effect.
 */
export const choiceBoardChecks = {
  columns: check(number({ min: 0, max: 36, integer: true }), 0),
  scan: check(picklist(OT_SCAN_MODES), 'off'),
  scanPattern: check(picklist(OT_SCAN_PATTERNS), 'linear'),
  scanInterval: check(number({ min: 100 }), 2000),
  scanFirstDelay: check(number({ min: 0 }), 1000),
  scanRounds: check(number({ min: 1, integer: true }), 3),
  nextKeys: check(string({ min: 1 }), 'Space'),
  selectKeys: check(string({ min: 1 }), 'Enter'),
  cue: check(picklist(OT_CHOICE_BOARD_CUES), 'none'),
  dwellTime: check(number({ min: 0 }), 0),
  rate: check(number({ min: 0.1, max: 10 }), 1),
  colorCoding: check(picklist(OT_COLOR_CODINGS), 'none'),
};
