import { sessionTimerCue, type OtSessionEvent, type OtSessionTimerView } from '@otkit/sdk';

/** A visible tab ticks every second, so a cue noticed later than this happened while hidden or asleep. */
export const LATE = 2500;
const MINUTE = 60_000;

/** The sentences a cue is made of, in the element's language. */
export interface CueWords {
  now(name: string): string;
  left(name: string, time: string): string;
  timeUp(name: string): string;
  endedAgo(name: string, minutes: number): string;
  paused(reason: string): string;
  ended(reason: string): string;
}

/** What to say about a change, whether to speak it aloud, and a phase change time made by itself. */
export interface Cue {
  readonly text: string;
  readonly speak: boolean;
  readonly moved: { readonly from: string; readonly to: string } | undefined;
}

/** A phase that ended while nobody looked; shown until the therapist acts. */
export interface CatchUp {
  readonly index: number;
  readonly name: string;
  readonly at: number;
}

/** Minutes since `at`, at least 1: "ended 3 min ago". */
export const minutesAgo = (now: number, at: number) => Math.max(1, Math.round((now - at) / MINUTE));

/**
 * Decides what the timer says between two updates: the therapist's action (here, in another tab or by the page)
 * or what time did (a warning, time up, an automatic move). A cue noticed late — the tab was hidden or the
 * laptop asleep — is reported as "ended 3 min ago" and not spoken, instead of being replayed.
 */
export class TimerCues {
  #seen: { key: string; count: number; view: OtSessionTimerView } | undefined;
  /** The phase that ended while nobody looked, until the log changes. */
  catchUp: CatchUp | undefined;

  notice(
    view: OtSessionTimerView,
    session: { key: string; events: readonly OtSessionEvent[]; names: (index: number) => string },
    warnMs: number,
    words: CueWords,
  ): Cue | undefined {
    const { key, events } = session;
    const count = events.length;
    const previous = this.#seen;
    this.#seen = { key, count, view };
    // Nothing to say on the first update, or when another session is shown (but do say that one started here).
    if (!previous || (previous.key !== key && !(previous.count === 0 && count === 1))) return undefined;
    if (view.status === 'not-started') return undefined;
    const s = view.state;
    const name = view.phase.name;
    if (count !== previous.count) {
      // The log changed, here, in another tab or by the page: say where the session is now.
      const last = events[count - 1]!;
      this.catchUp = undefined;
      const text =
        last.type === 'pause'
          ? words.paused(last.reason)
          : last.type === 'end'
            ? words.ended(last.reason)
            : last.type === 'extend'
              ? words.left(name, view.time.text)
              : words.now(name);
      // Of the log's changes only moves between phases are spoken (a cue for the room), and not when seen late.
      const move = last.type === 'next' || last.type === 'back' || last.type === 'skip';
      return { text, speak: move && s.at - last.at <= LATE, moved: undefined };
    }
    const cue = sessionTimerCue(previous.view, view, { warnMs });
    if (!cue) return undefined;
    const late = s.at - cue.at > LATE;
    if (cue.kind === 'warning') return { text: words.left(name, view.time.text), speak: !late, moved: undefined };
    const from = cue.kind === 'moved' ? previous.view.phase.index : s.index;
    const fromName = session.names(from);
    if (late) this.catchUp = { index: s.index, name: fromName, at: cue.at };
    const ended = late ? words.endedAgo(fromName, minutesAgo(s.at, cue.at)) : words.timeUp(fromName);
    if (cue.kind === 'time-up') return { text: ended, speak: !late, moved: undefined };
    return { text: `${ended} ${words.now(name)}`, speak: !late, moved: { from: cue.from, to: cue.to } };
  }
}
