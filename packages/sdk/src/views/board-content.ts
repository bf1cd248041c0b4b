/**
 * What a choice board shows of an imported board's content: the translations (`strings`) for the page's
 * language, the colours of the Fitzgerald key by word class, and the parts of a board it cannot show (each
 * named, so a page can tell the person who imported it).
 */
import type { OtChoice, OtChoiceBoard } from '../model/entities.js';
import type { OtWordClass } from '../model/choice-boards.js';
import { shownChoices } from '../commands/board.js';

/**
 * What a choice is called to someone who cannot see it: its label, or — for a picture-only choice, as some AAC
 * apps export them — the words it speaks, or its picture's description. Empty only when the board gives none.
 *
 * @example
 * choiceName({ id: 'b1', label: '', spokenText: 'I want a biscuit' }); // 'I want a biscuit'
 */
export function choiceName(choice: Pick<OtChoice, 'label' | 'spokenText' | 'image'>): string {
  return choice.label || choice.spokenText || choice.image?.alt || '';
}

const baseOf = (tag: string) => tag.split('-')[0]!.toLowerCase();

/**
 * The translation of a choice for `language`: the exact tag first, then its base language (not when the board is
 * already in that base language: `en-GB` on an `en` board keeps the board's words).
 */
function translationOf(
  choice: OtChoice,
  language: string,
  boardLanguage: string | undefined,
): { tag: string; label?: string; spokenText?: string } | undefined {
  const strings = choice.strings;
  if (!strings) return undefined;
  const tags = Object.keys(strings);
  const exact = tags.find((tag) => tag.toLowerCase() === language.toLowerCase());
  const sameBase = boardLanguage !== undefined && baseOf(boardLanguage) === baseOf(language);
  const tag = exact ?? (sameBase ? undefined : tags.find((t) => baseOf(t) === baseOf(language)));
  return tag === undefined ? undefined : { tag, ...strings[tag] };
}

/**
 * The board in `language`: each choice with a translation (Open Board Format `strings`) for it shows and speaks
 * the translated label and spoken text, marked with that language; a choice without one, and a board already in
 * that language, stay as they are. Ids, links and pictures never change, so a selection is the same either way.
 *
 * @example
 * localizeBoard(board, 'es').choices[0].label; // 'Columpio' when strings.es.label says so
 */
export function localizeBoard<B extends Pick<OtChoiceBoard, 'choices' | 'language'>>(board: B, language: string): B {
  if (!language || !board.choices.some((choice) => choice.strings)) return board;
  let changed = false;
  const choices = board.choices.map((choice) => {
    const translation = translationOf(choice, language, board.language);
    if (!translation || (translation.label === undefined && translation.spokenText === undefined)) return choice;
    changed = true;
    return {
      ...choice,
      label: translation.label ?? choice.label,
      // A translated label is spoken as written unless the translation has its own spoken text.
      spokenText: translation.spokenText ?? (translation.label === undefined ? choice.spokenText : undefined),
      language: translation.tag,
    };
  });
  return changed ? { ...board, choices } : board;
}

/** Ways a board colours its choices: none, or by word class with the Fitzgerald key. */
export const OT_COLOR_CODINGS = ['none', 'fitzgerald'] as const;
/** A way of colouring choices. */
export type OtColorCoding = (typeof OT_COLOR_CODINGS)[number];

/**
 * The Fitzgerald key (after the modified key AAC boards use): one light colour per word class. Every colour is
 * light enough that dark text on it has a contrast of at least 7:1, in any theme (the tile brings its own text
 * colour). People and pronouns yellow, verbs green, descriptors blue, nouns orange, social words pink,
 * questions purple, negation red, prepositions lavender, determiners grey, conjunctions and the rest white.
 */
export const OT_FITZGERALD_COLORS: Readonly<Record<OtWordClass, string>> = Object.freeze({
  pronoun: '#fff2a8',
  verb: '#c6efc0',
  adjective: '#c4e1fb',
  adverb: '#d6ebfd',
  noun: '#ffd9b0',
  social: '#ffd0e6',
  question: '#e2d2f7',
  negation: '#ffc9c9',
  preposition: '#ece4fa',
  determiner: '#e3e3e3',
  conjunction: '#f5f5f5',
  misc: '#ffffff',
});

/**
 * The background a choice is shown on: with the Fitzgerald key, its word class's colour (a choice with no word
 * class keeps its own); else its own background, if any.
 *
 * @example
 * choiceColor({ wordClass: 'verb', background: 'rgb(255, 255, 255)' }, 'fitzgerald'); // '#c6efc0'
 */
export function choiceColor(
  choice: Pick<OtChoice, 'wordClass' | 'background'>,
  coding: OtColorCoding = 'none',
): string | undefined {
  if (coding === 'fitzgerald' && choice.wordClass) return OT_FITZGERALD_COLORS[choice.wordClass];
  return choice.background;
}

/** A part of a board that cannot be shown, and why. */
export interface OtUnshownPart {
  /** Where it is: `choices.3.loadBoard` or `choices.7`. */
  readonly path: string;
  /** The choice's label (or id when it has none), to name it to a person. */
  readonly label: string;
  /**
   * - `not-in-grid`: a choice the board's grid has no cell for;
   * - `link-outside-set`: a link to a board that is not in the set (left out of the import, or on the web).
   */
  readonly reason: 'not-in-grid' | 'link-outside-set';
}

/**
 * The parts of a board a choice board cannot show: choices the grid leaves out, and links to boards that
 * `hasBoard` does not find. Hidden choices are hidden on purpose and not listed.
 *
 * @example
 * unshownParts(board, (id) => hasRecord(state, 'choiceBoards', id));
 * // [{ path: 'choices.2.loadBoard', label: 'Colors', reason: 'link-outside-set' }]
 */
export function unshownParts(
  board: Pick<OtChoiceBoard, 'choices' | 'grid'>,
  hasBoard: (id: string) => boolean,
): OtUnshownPart[] {
  const placed = board.grid ? new Set(board.grid.order.flat()) : undefined;
  const shown = new Set(shownChoices(board));
  const out: OtUnshownPart[] = [];
  board.choices.forEach((choice, index) => {
    if (!shown.has(choice)) return;
    const label = choice.label || choice.id;
    if (placed && !placed.has(choice.id)) out.push({ path: `choices.${index}`, label, reason: 'not-in-grid' });
    else if (choice.loadBoard && !(choice.loadBoard.boardId !== undefined && hasBoard(choice.loadBoard.boardId)))
      out.push({ path: `choices.${index}.loadBoard`, label, reason: 'link-outside-set' });
  });
  return out;
}
