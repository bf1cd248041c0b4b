import type { OtChoice, OtChoiceBoardViewModel } from '@otkit/sdk';
import type { SpeechController } from '../controllers/speech-controller.js';
import type { ToneController } from '../controllers/tone-controller.js';
import type { OtChoiceBoardCue } from './choice-board.attributes.js';
import type { BoardItem } from './choice-board.templates.js';

/** What {@link BoardVoice} reads from its board, again at each use. */
export interface BoardVoiceSettings {
  readonly cue: OtChoiceBoardCue;
  readonly noSpeech: boolean;
  readonly voice: string;
  readonly rate: number;
  /** The board's language, else the page's. */
  readonly lang: string;
  /** The words of the board's catalogue that are spoken. */
  word(key: 'yes' | 'back' | 'navBack' | 'navHome'): string;
  rowWord(row: number): string;
}

/**
 * What a choice board says and plays: a choice when it is chosen (its recorded sound, else its spoken text or
 * label, in its own language), and the cue on each scan highlight or keyboard move (a tone, or the name).
 */
export class BoardVoice {
  readonly #speech: SpeechController;
  readonly #settings: () => BoardVoiceSettings;
  readonly #tones: ToneController;

  constructor(speech: SpeechController, tones: ToneController, settings: () => BoardVoiceSettings) {
    this.#speech = speech;
    this.#tones = tones;
    this.#settings = settings;
  }

  /** Speaks `text` with the board's voice and rate, in `lang` (else the board's language). */
  speak(text: string, lang?: string): void {
    const { voice, rate, lang: boardLang } = this.#settings();
    this.#speech.speak(text, { lang: lang ?? boardLang, voice, rate });
  }

  /** Says what a choice says, unless speech is off. */
  say(choice: OtChoice): void {
    if (this.#settings().noSpeech) return;
    if (!choice.sound) return this.speak(choice.spokenText ?? choice.label, choice.language);
    try {
      // A page's media-src policy or autoplay rules may refuse the sound: the choice still counts.
      new Audio(choice.sound.src).play().catch(() => undefined);
    } catch {
      // no HTMLAudioElement here
    }
  }

  /** The cue for what the scan (or the keyboard) just reached: a choice, a whole row, or a confirm answer. */
  cue(item: BoardItem, wholeRow: boolean, view: OtChoiceBoardViewModel): void {
    const settings = this.#settings();
    if (settings.cue === 'tone')
      return this.#tones.play([{ frequency: wholeRow ? 440 : 660, duration: 80, volume: 0.08 }]);
    if (settings.cue !== 'speech') return;
    if (typeof item !== 'string')
      return this.speak(settings.word('nav' in item ? (item.nav === 'back' ? 'navBack' : 'navHome') : item.answer));
    const row = view.rows.findIndex((cells) => cells.some((cell) => cell.choice?.id === item));
    const choice = view.rows[row]?.find((cell) => cell.choice?.id === item)?.choice;
    if (wholeRow) this.speak(settings.rowWord(row + 1));
    else if (choice) this.speak(choice.label, choice.language);
  }
}
