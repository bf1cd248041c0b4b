import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Options of one utterance. */
export interface OtSpeakOptions {
  /** BCP 47 language of the text, e.g. `es` or `ar`; the voice is chosen for it. */
  lang?: string;
  /** A voice name (from `speechSynthesis.getVoices()`), tried before the language match. */
  voice?: string;
  /** Speaking rate, 0.1–10 (1 is normal). */
  rate?: number;
  /** Stop what is being said first (default true). */
  interrupt?: boolean;
}

/** The part of the Web Speech API we use; tests pass a stub. */
export interface OtSpeechSynthesis {
  speak(utterance: SpeechSynthesisUtterance): void;
  cancel(): void;
  getVoices(): SpeechSynthesisVoice[];
}

/**
 * The voice to speak with: the one named in `options.voice`, else one for `options.lang`. Voices on the device
 * come first: a network voice sends the text (a child's words, a label) to a speech server.
 */
export function pickVoice<V extends Pick<SpeechSynthesisVoice, 'name' | 'lang' | 'localService'>>(
  voices: readonly V[],
  options: Pick<OtSpeakOptions, 'voice' | 'lang'>,
): V | undefined {
  const ordered = [...voices].sort((a, b) => Number(b.localService !== false) - Number(a.localService !== false));
  const lang = options.lang?.toLowerCase();
  return (
    (options.voice ? ordered.find((v) => v.name === options.voice) : undefined) ??
    (lang ? ordered.find((v) => v.lang.toLowerCase().startsWith(lang)) : undefined)
  );
}

/**
 * Speaks text through the Web Speech API when the browser has it. Feature-detected and never blocking:
 * with no speech support (headless browsers, some kiosks) `speak` does nothing and returns false.
 */
export class SpeechController implements ReactiveController {
  /** Replace to stub speech in tests, or set to null to turn speech off. */
  synth: OtSpeechSynthesis | null = typeof speechSynthesis === 'undefined' ? null : speechSynthesis;

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.cancel();
  }

  /** Whether speech can be used here. */
  get available(): boolean {
    return this.synth !== null && typeof SpeechSynthesisUtterance !== 'undefined';
  }

  /** Says `text`; returns whether it was handed to the speech engine. */
  speak(text: string, options: OtSpeakOptions = {}): boolean {
    const synth = this.synth;
    if (!synth || !text.trim() || typeof SpeechSynthesisUtterance === 'undefined') return false;
    try {
      if (options.interrupt !== false) synth.cancel();
      const utterance = new SpeechSynthesisUtterance(text);
      if (options.lang) utterance.lang = options.lang;
      if (options.rate) utterance.rate = Math.min(10, Math.max(0.1, options.rate));
      const voice = pickVoice(synth.getVoices(), options);
      if (voice) {
        try {
          utterance.voice = voice;
        } catch {
          // a voice object the engine does not recognise: speak with its default voice for the language
        }
      }
      synth.speak(utterance);
      return true;
    } catch {
      // Speech is a nicety: a failing engine must never break the element.
      return false;
    }
  }

  /** Stops speaking. */
  cancel(): void {
    try {
      this.synth?.cancel();
    } catch {
      // ignored: see speak()
    }
  }
}
