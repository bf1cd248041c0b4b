/** The two forms of the countdown: a disc like a Time Timer (a 60-minute face), or a bar. */
export const OT_TIMER_APPEARANCES = ['disc', 'bar'] as const;
/** A form of the countdown. */
export type OtTimerAppearance = (typeof OT_TIMER_APPEARANCES)[number];
