/**
 * Registers every OT Kit element. Import this once (or the single-file CDN bundle) and use the tags.
 * To register only some elements, import their own files instead, e.g. `@otkit/elements/ot-provider.js`.
 */
import './define/ot-provider.js';
import './define/ot-session-timer.js';
import './define/ot-goal-stack.js';
import './define/ot-visual-schedule.js';
import './define/ot-choice-board.js';
import './define/ot-service-minutes.js';
import './define/ot-progress-chart.js';
import './define/ot-home-program.js';
import './define/ot-sync-indicator.js';
