import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { OtTimerCue } from '@otkit/sdk';

/** One tone: when (clock time) and its pitch. */
interface Tone {
  readonly at: number;
  readonly hz: number;
}

const LOW = 660;
const HIGH = 880;

/**
 * Plays the timer's chimes with Web Audio: one tone at a warning, two at the end of a phase's time. The tones
 * of the coming cues are scheduled ahead on the audio clock, so they sound on time in a background tab whose
 * timers are throttled. Audio may only start from a user gesture: call {@link allow} in a click handler.
 */
export class ChimeController implements ReactiveController {
  #audio: AudioContext | undefined;
  #oscillators: OscillatorNode[] = [];
  #scheduled: string | undefined;

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    // Closing the context silences what it scheduled; a new one (next click) gets a new schedule.
    void this.#audio?.close().catch(() => {});
    this.#audio = undefined;
    this.#scheduled = undefined;
  }

  /** Creates (or wakes) the audio context; call it from a click, which is what lets audio start. */
  allow(): void {
    if (!this.#audio && typeof AudioContext !== 'undefined') this.#audio = new AudioContext();
    void this.#audio?.resume().catch(() => {});
  }

  /** Schedules the tones of `cues` (none: silence), as seen at clock time `now`; the same schedule is left alone. */
  schedule(cues: readonly OtTimerCue[], now: number): void {
    const audio = this.#audio;
    if (!audio) return;
    const tones: Tone[] = cues.flatMap((cue) =>
      cue.kind === 'warning'
        ? [{ at: cue.at, hz: LOW }]
        : [
            { at: cue.at, hz: LOW },
            { at: cue.at + 400, hz: HIGH },
          ],
    );
    // The same instants (to a quarter second) on the same audio clock: nothing to reschedule.
    const offset = Math.round(now / 1000 - audio.currentTime);
    const key = `${tones.map((t) => `${Math.round(t.at / 250)}:${t.hz}`).join()}|${offset}`;
    if (key === this.#scheduled) return;
    this.#scheduled = key;
    this.#oscillators.forEach((o) => o.disconnect());
    this.#oscillators = tones.map((tone) => this.#play(audio, audio.currentTime + (tone.at - now) / 1000, tone.hz));
  }

  #play(audio: AudioContext, at: number, hz: number): OscillatorNode {
    const oscillator = audio.createOscillator();
    const gain = audio.createGain();
    oscillator.frequency.value = hz;
    gain.gain.setValueAtTime(0.001, at);
    gain.gain.exponentialRampToValueAtTime(0.3, at + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.001, at + 0.8);
    oscillator.connect(gain).connect(audio.destination);
    oscillator.start(at);
    oscillator.stop(at + 0.8);
    return oscillator;
  }
}
