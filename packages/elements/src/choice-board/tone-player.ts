/**
 * Short tones through Web Audio (a scan cue). The audio context is made at the first tone, after a person's
 * action has allowed sound, and kept for the next ones.
 */
export class TonePlayer {
  #audio: AudioContext | undefined;

  /** Plays a soft tone of `frequency` Hz for `seconds`; silent where Web Audio is missing or refused. */
  play(frequency: number, seconds = 0.08): void {
    try {
      const audio = (this.#audio ??= new AudioContext());
      const tone = audio.createOscillator();
      const gain = audio.createGain();
      gain.gain.value = 0.08;
      tone.frequency.value = frequency;
      tone.connect(gain).connect(audio.destination);
      tone.start();
      tone.stop(audio.currentTime + seconds);
    } catch {
      // No Web Audio here: a cue is a nicety.
    }
  }
}
