/**
 * Clients. Instants (`…At`) are whole milliseconds since the epoch; ids are strings (see {@link createId});
 * free text is trimmed.
 */
import { buildSchema } from './build-schema.js';
import { idField, instantField, languageField, textField } from './fields.js';
import { object, optional, type Input, type Output } from './schema.js';

/** A client, pseudonymous on purpose: an alias chosen by the therapist, never a legal name or a record number. */
export const clientSchema = /*#__PURE__*/ buildSchema(() =>
  object(
    {
      id: idField(),
      alias: textField(80),
      language: optional(languageField()),
      createdAt: instantField(),
      updatedAt: optional(instantField()),
    },
    { title: 'Client' },
  ),
);
export type OtClient = Output<typeof clientSchema>;
export type OtClientInput = Input<typeof clientSchema>;
