import { property } from 'lit/decorators.js';
import type { OtScanMode, OtScanPattern, OtScheduler } from '../controllers/scan-controller.js';
import { OtFormElement } from '../internal/ot-form-element.js';
import type { OtChoiceBoardCue } from './choice-board.attributes.js';

/**
 * The access settings of `<ot-choice-board>`: switch scanning, dwell, cues and speech. Kept apart from the board
 * itself so the element's file holds what it shows and does; the values are checked by `choiceBoardChecks`.
 */
export class OtChoiceBoardAccess extends OtFormElement {
  /** Switch scanning: `off`, `auto` (one switch) or `step` (two switches). */
  @property() scan: OtScanMode = 'off';
  /** `linear` (choice after choice) or `row-column` (a row, then the choices in it). */
  @property({ attribute: 'scan-pattern' }) scanPattern: OtScanPattern = 'linear';
  /** Time each highlight stays in auto scanning, ms. */
  @property({ attribute: 'scan-interval', type: Number }) scanInterval = 2000;
  /** Extra time on the first item of each round, ms. */
  @property({ attribute: 'scan-first-delay', type: Number }) scanFirstDelay = 1000;
  /** Rounds without a choice before auto scanning resets (and at the top, stops). */
  @property({ attribute: 'scan-rounds', type: Number }) scanRounds = 3;
  /** Keys that move the highlight in step scanning, space-separated `KeyboardEvent.key` values (`Space` for the space bar). */
  @property({ attribute: 'next-keys' }) nextKeys = 'Space';
  /** Keys that choose the highlighted item (in auto scanning the next keys choose too). */
  @property({ attribute: 'select-keys' }) selectKeys = 'Enter';
  /** A cue on each scan highlight and keyboard move: `none`, `tone` or `speech` (the label is spoken). */
  @property() cue: OtChoiceBoardCue = 'none';
  /** Dwell selection: resting the pointer this many ms on a choice chooses it; 0 is off. */
  @property({ attribute: 'dwell-time', type: Number }) dwellTime = 0;
  /** Turns off speaking (or playing the sound of) a choice when it is chosen. */
  @property({ attribute: 'no-speech', type: Boolean }) noSpeech = false;
  /** Name of the speech voice to prefer. */
  @property() voice = '';
  /** Speaking rate, 0.1–10 (1 is normal). */
  @property({ type: Number }) rate = 1;
  /**
   * The host allows switch presses anywhere on the page: while scanning, a switch key pressed with focus outside
   * the board (not on another control) starts, resumes or drives the scan, so a switch user needs no Tab.
   */
  @property({ attribute: 'switch-anywhere', type: Boolean }) switchAnywhere = false;
  /** Time and timers for scanning and dwell; the page's by default (tests pass a manual one). */
  @property({ attribute: false }) scheduler: OtScheduler | undefined;
}
