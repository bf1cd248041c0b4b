/**
 * Choice boards (1–36 choices, an optional grid, Open Board Format links kept for round trips; boards imported
 * from Open Board Format up to 150 buttons, grouped in board sets) and the selections made on them. Instants
 * (`…At`, `at`) are whole milliseconds since the epoch; URLs pass the URL policy.
 */
import { buildSchema } from './build-schema.js';
import { OT_ACCESS_METHODS } from './enums.js';
import {
  colorField,
  freeTextField,
  idField,
  instantField,
  languageField,
  licenseSchema,
  linkUrlField,
  soundRefSchema,
  symbolIdField,
  textField,
} from './fields.js';
import { checkChoiceImageUrl } from '../safety/choice-image-url.js';

export { checkChoiceImageUrl } from '../safety/choice-image-url.js';
import {
  array,
  boolean,
  nullable,
  number,
  object,
  optional,
  picklist,
  record,
  refine,
  string,
  type Input,
  type Output,
} from './schema.js';

/** Limits of a choice board: a children's board (the default) and a board imported from an AAC app. */
export const OT_CHOICE_BOARD_LIMITS = {
  /** Choices of a board made for a child (not imported). */
  choices: 36,
  /** Characters of a label on a board made for a child. */
  label: 80,
  /** Buttons kept of an imported AAC board (Open Board Format). */
  importedChoices: 150,
  /** Characters of a label on an imported board (shown shortened, spoken whole). */
  importedLabel: 1000,
  /** Rows and columns of a grid. */
  gridSide: 24,
} as const;

/** A choice's picture: a built-in `symbol` or an image `src` (raster or SVG; exactly one), alt text, licence. */
export const choiceImageSchema = /*#__PURE__*/ buildSchema(() =>
  refine(
    object(
      {
        src: optional(
          refine(
            string(),
            (url) => {
              const r = checkChoiceImageUrl(url);
              return r.ok ? undefined : r.reason;
            },
            'url',
          ),
        ),
        symbol: optional(symbolIdField()),
        alt: optional(freeTextField(300)),
        license: optional(licenseSchema),
      },
      { title: 'ChoiceImage' },
    ),
    (img) => {
      if ((img.src === undefined) === (img.symbol === undefined))
        return [{ path: ['src'], code: 'invalid', message: 'give either "src" (an image URL) or "symbol", not both' }];
      return undefined;
    },
  ),
);

/** A link from a choice to another board: the board it opens in its set, and the Open Board Format link. */
export const boardLinkSchema = /*#__PURE__*/ buildSchema(() =>
  object({
    /** The stored board this choice opens (a board of the same set). */
    boardId: optional(idField()),
    id: optional(textField(1000)),
    name: optional(textField(120)),
    url: optional(linkUrlField()),
    path: optional(textField(500)),
  }),
);

/** A translation of a choice (Open Board Format `strings`): the label and spoken text in another language. */
export const choiceTranslationSchema = /*#__PURE__*/ buildSchema(() =>
  object({
    label: optional(freeTextField(OT_CHOICE_BOARD_LIMITS.importedLabel)),
    spokenText: optional(textField(1000)),
  }),
);

/** Word classes of the Fitzgerald key, the colour coding many AAC boards use. */
export const OT_WORD_CLASSES = [
  'noun',
  'verb',
  'adjective',
  'adverb',
  'pronoun',
  'social',
  'question',
  'negation',
  'preposition',
  'determiner',
  'conjunction',
  'misc',
] as const;
/** A word class of the Fitzgerald key. */
export type OtWordClass = (typeof OT_WORD_CLASSES)[number];

/** One choice of a choice board. */
export const choiceSchema = /*#__PURE__*/ buildSchema(() =>
  object(
    {
      id: idField(),
      /** Empty for a blank or picture-only button (kept from imported boards). */
      label: freeTextField(OT_CHOICE_BOARD_LIMITS.importedLabel),
      image: optional(choiceImageSchema),
      spokenText: optional(textField(1000)),
      /** A recorded sound played instead of speech (Open Board Format `sound_id`). */
      sound: optional(soundRefSchema),
      /** Language of the label when it differs from the board's (e.g. `ar`), for rendering and speech. */
      language: optional(languageField()),
      background: optional(colorField()),
      /** Shown crossed out; cannot be chosen. */
      unavailable: optional(boolean()),
      /** Not shown at all (kept for round trips). */
      hidden: optional(boolean()),
      loadBoard: optional(boardLinkSchema),
      /** Colour of the border (Open Board Format `border_color`). */
      border: optional(colorField()),
      /** Word class, for colour coding by the Fitzgerald key. */
      wordClass: optional(picklist(OT_WORD_CLASSES)),
      /** Translations by language tag (Open Board Format `strings`): shown when the page is in that language. */
      strings: optional(record(choiceTranslationSchema, /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/, 'language tag')),
      /** The button's id in the Open Board Format file when it is not a valid id here; written back on export. */
      obfId: optional(textField(1000)),
    },
    { title: 'Choice' },
  ),
);
export type OtChoice = Output<typeof choiceSchema>;

type GridProblem = { path: (string | number)[]; message: string; code: 'invalid' | 'reference' };

/**
 * A choice board: 1–36 choices (1–150 when imported from Open Board Format) with an optional grid layout;
 * boards imported from one package share a `setId`, and links between them name each other's ids.
 */
export const choiceBoardSchema = /*#__PURE__*/ buildSchema(() =>
  refine(
    object(
      {
        id: idField(),
        name: textField(120),
        language: optional(languageField()),
        choices: array(choiceSchema, {
          min: 1,
          max: OT_CHOICE_BOARD_LIMITS.importedChoices,
          uniqueBy: (c) => c.id,
          uniqueLabel: 'choice id',
        }),
        /** Grid layout: rows × columns of choice ids, null for an empty cell. */
        grid: optional(
          object({
            rows: number({ integer: true, min: 1, max: OT_CHOICE_BOARD_LIMITS.gridSide }),
            columns: number({ integer: true, min: 1, max: OT_CHOICE_BOARD_LIMITS.gridSide }),
            order: array(array(nullable(idField()))),
          }),
        ),
        /**
         * Where an imported board came from: its Open Board Format id (any the spec allows) and its path in the
         * package, written back on export. An imported board may hold up to 150 choices and long labels.
         */
        obf: optional(object({ id: textField(1000), path: optional(textField(500)) })),
        /** The board set (one imported package) the board belongs to. */
        setId: optional(idField()),
        /** The home board of its set. */
        setRoot: optional(boolean()),
        /** On the home board of a set: the boards opened from it, in order (kept across reloads). */
        openPath: optional(array(idField(), { max: 50 })),
        license: optional(licenseSchema),
        createdAt: instantField(),
        updatedAt: optional(instantField()),
      },
      { title: 'ChoiceBoard' },
    ),
    (board) => {
      const problems: GridProblem[] = [];
      if (!board.obf) {
        // A board made for a child stays small and short-worded; only imported AAC boards go past that.
        if (board.choices.length > OT_CHOICE_BOARD_LIMITS.choices)
          problems.push({
            path: ['choices'],
            code: 'invalid',
            message: `has ${board.choices.length} choices; at most ${OT_CHOICE_BOARD_LIMITS.choices} (150 on a board imported from Open Board Format)`,
          });
        board.choices.forEach((choice, index) => {
          if (choice.label.length < 1 || choice.label.length > OT_CHOICE_BOARD_LIMITS.label)
            problems.push({
              path: ['choices', index, 'label'],
              code: 'invalid',
              message: choice.label
                ? `must be at most ${OT_CHOICE_BOARD_LIMITS.label} characters (got ${choice.label.length})`
                : 'must not be empty (blank buttons come only with boards imported from Open Board Format)',
            });
        });
      }
      const grid = board.grid;
      if (!grid) return problems;
      const ids = new Set(board.choices.map((c) => c.id));
      if (grid.order.length !== grid.rows)
        problems.push({
          path: ['grid', 'order'],
          code: 'invalid',
          message: `has ${grid.order.length} rows; grid.rows says ${grid.rows}`,
        });
      grid.order.forEach((row, r) => {
        if (row.length !== grid.columns)
          problems.push({
            path: ['grid', 'order', r],
            code: 'invalid',
            message: `has ${row.length} cells; grid.columns says ${grid.columns}`,
          });
        row.forEach((cell, c) => {
          if (cell !== null && !ids.has(cell))
            problems.push({
              path: ['grid', 'order', r, c],
              code: 'reference',
              message: `names no choice of this board (got "${cell}")`,
            });
        });
      });
      return problems;
    },
  ),
);
export type OtChoiceBoard = Output<typeof choiceBoardSchema>;
export type OtChoiceBoardInput = Input<typeof choiceBoardSchema>;

/** One selection on a choice board: which choice, when, and by which access method. */
export const selectionSchema = /*#__PURE__*/ buildSchema(() =>
  object(
    {
      id: idField(),
      boardId: idField(),
      choiceId: idField(),
      method: picklist(OT_ACCESS_METHODS),
      sessionId: optional(idField()),
      at: instantField(),
    },
    { title: 'Selection' },
  ),
);
export type OtSelection = Output<typeof selectionSchema>;
