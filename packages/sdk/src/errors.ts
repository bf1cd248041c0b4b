/**
 * Typed errors of the SDK. Every error has a stable `code`; validation errors list every problem found
 * with the path of the field and a readable message, so a portal can show them next to its own fields.
 */

/** One problem found in a value: where it is (`path`) and what is wrong (`message`). */
export interface OtIssue {
  /** Path segments from the root of the checked value, e.g. `['steps', 2, 'image', 'url']`. */
  readonly path: readonly (string | number)[];
  /** A stable machine-readable kind, e.g. `too-small`, `enum`, `url`. */
  readonly code: OtIssueCode;
  /** A readable sentence that names the problem, e.g. `must not be empty`. */
  readonly message: string;
}

/** The kinds of {@link OtIssue}. */
export const OT_ISSUE_CODES = [
  'type',
  'required',
  'unknown-key',
  'too-small',
  'too-big',
  'integer',
  'pattern',
  'enum',
  'literal',
  'url',
  'duplicate',
  'reference',
  'order',
  'invalid',
] as const;
/** A kind of {@link OtIssue}. */
export type OtIssueCode = (typeof OT_ISSUE_CODES)[number];

/**
 * Formats a path as people read it: `steps[2].image.url`. The empty path is `(root)`.
 *
 * @example
 * formatPath(['steps', 2, 'label']); // 'steps[2].label'
 */
export function formatPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out ? `.${seg}` : seg;
  }
  return out || '(root)';
}

/** Formats one issue as `path: message`. */
export function formatIssue(issue: OtIssue): string {
  return `${formatPath(issue.path)}: ${issue.message}`;
}

/** Base class of every error the SDK throws or rejects with. */
export class OtError extends Error {
  /** A stable machine-readable code, e.g. `validation`, `not-found`. */
  readonly code: string;
  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'OtError';
    this.code = code;
  }
}

/**
 * Invalid data: a command, an import or a property got a value that does not match its schema.
 * `issues` lists every problem, not only the first.
 *
 * @example
 * try { await store.goals.add({ description: '' }); }
 * catch (e) { if (e instanceof OtValidationError) console.log(e.issues[0].path); } // ['description']
 */
export class OtValidationError extends OtError {
  /** Every problem found, each with a path and a message. */
  readonly issues: readonly OtIssue[];
  /** What was being checked, e.g. `goal` or `import document`. */
  readonly subject: string;
  constructor(subject: string, issues: readonly OtIssue[]) {
    const shown = issues.slice(0, 5).map(formatIssue).join('; ');
    const more = issues.length > 5 ? `; and ${issues.length - 5} more` : '';
    super('validation', `Invalid ${subject}: ${shown}${more}`);
    this.name = 'OtValidationError';
    this.issues = issues;
    this.subject = subject;
  }
}

/** A command named a record that does not exist. */
export class OtNotFoundError extends OtError {
  readonly collection: string;
  readonly id: string;
  constructor(collection: string, id: string) {
    super('not-found', `No record "${id}" in ${collection}`);
    this.name = 'OtNotFoundError';
    this.collection = collection;
    this.id = id;
  }
}

/** Saving to or loading from the adapter (IndexedDB, a server) failed; the store kept its previous state. */
export class OtPersistenceError extends OtError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('persistence', message, options);
    this.name = 'OtPersistenceError';
  }
}

/**
 * The stored data was written by a newer version of OT Kit than this one. The store shows what it can read
 * and refuses every write (status `read-only`), so the newer version's data is never overwritten or lost.
 *
 * @example
 * if (store.error instanceof OtVersionError) showNotice(`Update OT Kit: data is at version ${store.error.found}`);
 */
export class OtVersionError extends OtPersistenceError {
  /** The version found in storage (NaN when storage did not say). */
  readonly found: number;
  /** The newest version this SDK reads. */
  readonly supported: number;
  constructor(message: string, found: number, supported: number) {
    super(message);
    this.name = 'OtVersionError';
    // A persistence error (storage refused us) with its own code, so a host can tell it apart.
    (this as { code: string }).code = 'newer-version';
    this.found = found;
    this.supported = supported;
  }
}

/**
 * A write could not be settled against what another tab stored at the same moment, after several tries.
 * Nothing was written; the command can be tried again.
 *
 * @example
 * try { await store.goals.update(id, (g) => ({ order: g.order + 1 })); }
 * catch (e) { if (e instanceof OtConflictError) retryLater(); }
 */
export class OtConflictError extends OtError {
  constructor(message: string) {
    super('conflict', message);
    this.name = 'OtConflictError';
  }
}

/** The message of a thrown value, whatever was thrown (an Error, a string, anything), for another error's text. */
export function describeCause(cause: unknown): string {
  return String((cause as Error)?.message ?? cause);
}
