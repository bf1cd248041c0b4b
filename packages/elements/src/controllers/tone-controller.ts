import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** One tone: a soft sine with a quick rise and a long fall. */
export interface OtTone {
  /** Pitch in hertz, e.g. 660. */
  readonly frequency: number;
  /** Milliseconds from now (`play`) or the time on the caller's clock (`schedule`) at which it starts. Default: 0. */
  readonly at?: number;
  /** How long it sounds, in milliseconds. Default: 800. */
  readonly duration?: number;
  /** Loudness from 0 to 1. Default: 0.3. */
  readonly volume?: number;
}

/** Options of {@link ToneController}. */
export interface ToneControllerOptions {
  /** Makes the audio context (tests pass an `OfflineAudioContext`). Default: a new `AudioContext`. */
  createContext?: () => BaseAudioContext;
}

/** Silence, for the exponential ramps (which cannot reach 0). */
const QUIET = 0.001;

/**
 * Sounds for an element: the session timer's chimes, scheduled ahead on the audio clock so they ring on time in
 * a hidden tab, and the choice board's short scan cue. Browsers let audio start only after a user gesture: call
 * {@link unlock} from a click or key handler. Without Web Audio, every call is a no-op (sound is a nicety). The
 * audio context closes when the element leaves the page, silencing what was scheduled.
 *
 * @example
 * readonly #tones = new ToneController(this);
 * #onStart() { this.#tones.unlock(); }
 * #onScanStep() { this.#tones.play([{ frequency: 660, duration: 80, volume: 0.08 }]); }
 * updated() { this.#tones.schedule([{ at: phaseEndsAt, frequency: 660 }, { at: phaseEndsAt + 400, frequency: 880 }], now); }
 */
export class ToneController implements ReactiveController {
  readonly #createContext: () => BaseAudioContext;
  #context: BaseAudioContext | undefined;
  #scheduled: OscillatorNode[] = [];
  /** What `schedule` last set up, so the same tones asked for again are not set up twice. */
  #scheduledKey: string | undefined;

  constructor(host: ReactiveControllerHost, options: ToneControllerOptions = {}) {
    this.#createContext = options.createContext ?? (() => new AudioContext());
    host.addController(this);
  }

  /** The audio context, once {@link unlock} or {@link play} made one. */
  get context(): BaseAudioContext | undefined {
    return this.#context;
  }

  /** Makes (or resumes) the audio context. Call it from a user gesture, before the first tone is due. */
  unlock(): void {
    const context = this.#ensureContext();
    if (context && context.state === 'suspended' && 'resume' in context)
      void (context as AudioContext).resume().catch(() => {});
  }

  /** Plays tones now (`at` in milliseconds from now), alongside anything scheduled. */
  play(tones: readonly OtTone[]): void {
    const context = this.#ensureContext();
    if (!context) return;
    for (const tone of tones) this.#start(context, context.currentTime + (tone.at ?? 0) / 1000, tone);
  }

  /**
   * Replaces the scheduled tones with these, placed on the audio clock from `now` on the caller's clock (each
   * `at` is a time on that clock); tones already due are dropped. Asking for the same tones again (to a quarter
   * second) changes nothing, so it is safe on every update. Does nothing before {@link unlock}.
   */
  schedule(tones: readonly OtTone[], now: number): void {
    const context = this.#context;
    if (!context) return;
    const offset = Math.round(now / 1000 - context.currentTime);
    const key = `${offset}|${tones.map((tone) => `${Math.round((tone.at ?? 0) / 250)}:${tone.frequency}`)}`;
    if (key === this.#scheduledKey) return;
    this.cancel();
    this.#scheduledKey = key;
    for (const tone of tones) {
      const at = context.currentTime + ((tone.at ?? 0) - now) / 1000;
      if (at >= context.currentTime) this.#scheduled.push(this.#start(context, at, tone));
    }
  }

  /** Silences the scheduled tones. */
  cancel(): void {
    for (const oscillator of this.#scheduled) oscillator.disconnect();
    this.#scheduled = [];
    this.#scheduledKey = undefined;
  }

  hostDisconnected(): void {
    this.cancel();
    const context = this.#context;
    this.#context = undefined;
    if (context && 'close' in context) void (context as AudioContext).close().catch(() => {});
  }

  #ensureContext(): BaseAudioContext | undefined {
    if (this.#context) return this.#context;
    try {
      this.#context = this.#createContext();
    } catch {
      // No Web Audio here (or it refused): the element works silently.
    }
    return this.#context;
  }

  #start(context: BaseAudioContext, at: number, tone: OtTone): OscillatorNode {
    const duration = (tone.duration ?? 800) / 1000;
    const volume = Math.max(QUIET, Math.min(1, tone.volume ?? 0.3));
    const oscillator = context.createOscillator();
    const gain = context.createGain();
    oscillator.frequency.value = tone.frequency;
    gain.gain.setValueAtTime(QUIET, at);
    gain.gain.exponentialRampToValueAtTime(volume, at + Math.min(0.02, duration / 4));
    gain.gain.exponentialRampToValueAtTime(QUIET, at + duration);
    oscillator.connect(gain).connect(context.destination);
    oscillator.start(at);
    oscillator.stop(at + duration);
    return oscillator;
  }
}
