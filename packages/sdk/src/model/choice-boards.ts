/**
 * Choice boards (1–36 choices, an optional grid, Open Board Format links kept for round trips) and the
 * selections made on them. Instants (`…At`, `at`) are whole milliseconds since the epoch; URLs pass the URL
 * policy.
 */
import { buildSchema } from './build-schema.js';
import { OT_ACCESS_METHODS } from './enums.js';
import {
  colorField,
  idField,
  imageRefSchema,
  instantField,
  languageField,
  licenseSchema,
  linkUrlField,
  soundRefSchema,
  textField,
} from './fields.js';
import {
  array,
  boolean,
  nullable,
  number,
  object,
  optional,
  picklist,
  refine,
  type Input,
  type Output,
} from './schema.js';

/** A link from a choice to another board (kept for Open Board Format round trips). */
export const boardLinkSchema = /*#__PURE__*/ buildSchema(() =>
  object({
    id: optional(textField(128)),
    name: optional(textField(120)),
    url: optional(linkUrlField()),
    path: optional(textField(500)),
  }),
);

/** One choice of a choice board. */
export const choiceSchema = /*#__PURE__*/ buildSchema(() =>
  object(
    {
      id: idField(),
      label: textField(80),
      image: optional(imageRefSchema),
      spokenText: optional(textField(200)),
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
    },
    { title: 'Choice' },
  ),
);
export type OtChoice = Output<typeof choiceSchema>;

type GridProblem = { path: (string | number)[]; message: string; code: 'invalid' | 'reference' };

/** A choice board: 1–36 choices with an optional grid layout. */
export const choiceBoardSchema = /*#__PURE__*/ buildSchema(() =>
  refine(
    object(
      {
        id: idField(),
        name: textField(120),
        language: optional(languageField()),
        choices: array(choiceSchema, { min: 1, max: 36, uniqueBy: (c) => c.id, uniqueLabel: 'choice id' }),
        /** Grid layout: rows × columns of choice ids, null for an empty cell. */
        grid: optional(
          object({
            rows: number({ integer: true, min: 1, max: 12 }),
            columns: number({ integer: true, min: 1, max: 12 }),
            order: array(array(nullable(idField()))),
          }),
        ),
        license: optional(licenseSchema),
        createdAt: instantField(),
        updatedAt: optional(instantField()),
      },
      { title: 'ChoiceBoard' },
    ),
    (board) => {
      const grid = board.grid;
      if (!grid) return undefined;
      const problems: GridProblem[] = [];
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
