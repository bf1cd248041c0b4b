/** The two forms of the countdown: a disc like a Time Timer (a face of 5, 10, 20 or 60 minutes), or a bar. */
export const OT_TIMER_APPEARANCES = ['disc', 'bar'] as const;
/** A form of the countdown. */
export type OtTimerAppearance = (typeof OT_TIMER_APPEARANCES)[number];
/** How time over a phase shows: a count-up in a full calm ring, or calm ("Time is up", a check mark). */
export const OT_TIMER_OVERTIMES = ['count', 'calm'] as const;
/** A way of showing time over. */
export type OtTimerOvertime = (typeof OT_TIMER_OVERTIMES)[number];

/** The panel the timer shows over its controls, if any. */
export type TimerPanel = 'pause' | 'end' | 'incident' | undefined;
/** The panels that ask for a reason. */
export type TimerReasons = 'pause' | 'end';
