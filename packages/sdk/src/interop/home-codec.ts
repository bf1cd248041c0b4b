/**
 * The home-program link: a whole home program in the fragment of a link (`https://…/home.html#h1.<data>`),
 * so a family with no portal account opens it on a phone and keeps its log there. Like the schedule link it is
 * versioned, compressed and carries content only (words, pictures, minutes, how often, the start day) — never
 * a record id, a client, a name or a log.
 *
 * Format (docs/embed-url-format.md, "Home-program links"): `#h1.` + base64url( deflate-raw( UTF-8 JSON ) ), the
 * JSON `[title, activities, startDate, options?, endDate?, activityNumbers?]`, each activity
 * `[name, picture, minutes, times, period, when, safety, instructions, libraryId]` with `period` `d` or `w`.
 */
import { OtValidationError, type OtIssue } from '../errors.js';
import { homeProgramSchema, type OtHomeProgram } from '../model/home-programs.js';
import { safeParse } from '../model/schema.js';
import { OtFragmentError, pack, packImage, packJson, unpack, unpackImage, unpackJson } from './fragment.js';

/** The home-program link version this SDK writes and reads. */
export const OT_HOME_LINK_VERSION = 1;
/**
 * Longest home-program fragment, in characters: larger than a schedule's because an activity may carry a small
 * picture of the host's own; well under what browsers and messaging apps keep of a link.
 */
export const OT_HOME_MAX_FRAGMENT = 32_000;
/** Largest inflated JSON accepted, in bytes. */
export const OT_HOME_MAX_JSON = 65_536;

const WORDS = { thing: 'home program' } as const;
const ACTIVITY_KEYS = [
  'name',
  'image',
  'minutes',
  'timesPerPeriod',
  'period',
  'when',
  'safety',
  'instructions',
  'libraryId',
] as const;
const LANG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;

/** What {@link decodeHomeProgramFragment} gives. */
export interface OtHomeLink {
  /**
   * The checked program. Its id is `home-<fingerprint>`, so the same link opened again finds the same program
   * (and its log) on the device; activities are `a1`, `a2` as the therapist's program names them.
   */
  readonly program: OtHomeProgram;
  /** See {@link homeProgramFingerprint}. */
  readonly fingerprint: string;
}

/** FNV-1a, 32 bits, in base 36: a short checksum, not a secret. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

/**
 * A short checksum of what a program asks the family to practise (start day and activity names, by activity
 * id): a practice log sent back carries it, so it is only imported into the program it was kept for. Changing
 * how often or reordering keeps it; renaming an activity changes it.
 *
 * @example
 * homeProgramFingerprint(program); // e.g. '1x8k2qf'
 */
export function homeProgramFingerprint(program: Pick<OtHomeProgram, 'startDate' | 'activities'>): string {
  const names = [...program.activities]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((activity) => `${activity.id}=${activity.name}`);
  return fnv1a([program.startDate, ...names].join('\u0000'));
}

const positional = (program: OtHomeProgram) => program.activities.every((a, i) => a.id === `a${i + 1}`);
const reversed = (program: OtHomeProgram) =>
  program.activities.length === 2 && program.activities[0]!.id === 'a2' && program.activities[1]!.id === 'a1';
const ACTIVITY_ID = /^a([1-9]\d{0,5})$/;
/** Activity ids past `a1`/`a2` (an activity added after a removal) travel as their numbers. */
const numbered = (program: OtHomeProgram) =>
  positional(program) || reversed(program)
    ? undefined
    : program.activities.map((activity) => Number(ACTIVITY_ID.exec(activity.id)?.[1]));

/**
 * Packs a home program into a link fragment: `#h1.` + base64url(deflate-raw(compact JSON)). The program is
 * checked first; its id, client, session and times stay out.
 *
 * @throws {OtValidationError} when the program breaks the schema, or its activity ids are not `a` and a number
 * (as the commands make them) — the returned log refers to activities by those numbers.
 * @throws {OtFragmentError} (`oversize`) when the fragment would be longer than {@link OT_HOME_MAX_FRAGMENT}.
 * @example
 * const link = `https://widgets.example.org/home.html${await encodeHomeProgramFragment(program)}`;
 */
export async function encodeHomeProgramFragment(program: OtHomeProgram): Promise<string> {
  const result = safeParse(homeProgramSchema, program);
  if (!result.success) throw new OtValidationError('home program for a link', result.issues);
  const checked = result.data;
  const numbers = numbered(checked);
  if (numbers?.some((number) => Number.isNaN(number)))
    throw new OtValidationError('home program for a link', [
      { path: ['activities'], code: 'invalid', message: 'activity ids must be "a" and a number to be shared' },
    ]);
  const flags = `${reversed(checked) ? 'r' : ''}${checked.language ? `@${checked.language}` : ''}`;
  const packed = pack(['title', 'activities', 'startDate', 'flags', 'endDate', 'numbers'], {
    title: checked.title,
    activities: checked.activities.map((activity) =>
      pack(ACTIVITY_KEYS, { ...activity, image: packImage(activity.image), period: activity.period[0] }),
    ),
    startDate: checked.startDate,
    flags: flags || null,
    endDate: checked.endDate,
    numbers,
  });
  const fragment = `#h${OT_HOME_LINK_VERSION}.${await packJson(packed)}`;
  if (fragment.length > OT_HOME_MAX_FRAGMENT)
    throw new OtFragmentError(
      'oversize',
      `Too big for a link (${fragment.length} characters; at most ${OT_HOME_MAX_FRAGMENT}): use a smaller picture or fewer words.`,
    );
  return fragment;
}

/** The activity ids of the link's activity numbers: one whole number from 1 each, no repeats. */
function idsOf(numbers: unknown, count: number, issues: OtIssue[]): string[] | undefined {
  const ids = Array.isArray(numbers) ? numbers.map((number) => `a${String(number)}`) : [];
  if (ids.length === count && new Set(ids).size === count && ids.every((id) => ACTIVITY_ID.test(id))) return ids;
  issues.push({
    path: ['activityNumbers'],
    code: 'invalid',
    message: `must be ${count} different whole numbers from 1, one for each activity`,
  });
  return undefined;
}

/** The program-shaped value of the compact JSON, for the schema to check. */
function expand(json: unknown[], issues: OtIssue[]): Record<string, unknown> {
  const [title, activities, startDate, flags, endDate, numbers] = json;
  const m = typeof flags === 'string' ? /^([a-z]*)(?:@(.+))?$/.exec(flags) : undefined;
  if ((flags !== undefined && flags !== null && !m) || (m?.[2] !== undefined && !LANG.test(m[2])))
    issues.push({
      path: ['options'],
      code: 'pattern',
      message: 'must be option letters, then optionally @ and a language',
    });
  const flip = !!m?.[1]?.includes('r');
  const list = Array.isArray(activities) ? activities : [];
  const ids = numbers === undefined || numbers === null ? undefined : idsOf(numbers, list.length, issues);
  return {
    id: 'home',
    title,
    startDate,
    createdAt: 0,
    ...(m?.[2] && { language: m[2] }),
    ...(endDate !== undefined && endDate !== null && { endDate }),
    activities: Array.isArray(activities)
      ? list.map((raw, i) => {
          const activity = unpack(ACTIVITY_KEYS, raw) as Record<string, unknown>;
          if (!Array.isArray(raw)) return activity;
          const period = { d: 'day', w: 'week' }[activity.period as string] ?? activity.period;
          const id = ids?.[i] ?? (flip && list.length === 2 ? `a${2 - i}` : `a${i + 1}`);
          return {
            ...activity,
            id,
            period,
            ...(activity.image !== undefined && { image: unpackImage(activity.image) }),
          };
        })
      : activities,
  };
}

/**
 * Reads a home program from a link fragment (with or without `#`). Rejects only with an
 * {@link OtFragmentError} (the link itself is bad: `empty`, `malformed`, `truncated`, `version`, `oversize`) or
 * an {@link OtValidationError} naming each bad field of the content.
 *
 * @example
 * const { program } = await decodeHomeProgramFragment(location.hash);
 */
export async function decodeHomeProgramFragment(fragment: string): Promise<OtHomeLink> {
  const text = (typeof fragment === 'string' ? fragment : '').trim().replace(/^#/, '');
  if (!text) throw new OtFragmentError('empty', 'There is no home program in the link.');
  if (text.length > OT_HOME_MAX_FRAGMENT - 1)
    throw new OtFragmentError(
      'oversize',
      `The link is too long (${text.length + 1} characters; at most ${OT_HOME_MAX_FRAGMENT}).`,
    );
  const m = /^h(\d+)\.(.*)$/s.exec(text);
  if (!m)
    throw new OtFragmentError(
      'malformed',
      'The link does not hold an OT Kit home program (it should start with #h1.).',
    );
  if (Number(m[1]) !== OT_HOME_LINK_VERSION)
    throw new OtFragmentError(
      'version',
      `The link was made by a newer or unknown version (h${m[1]}); this page reads h${OT_HOME_LINK_VERSION}.`,
    );
  const json = await unpackJson(m[2]!, OT_HOME_MAX_JSON, WORDS);
  if (!Array.isArray(json))
    throw new OtValidationError('home program in the link', [
      { path: [], code: 'type', message: 'must be a list [title, activities, startDate, options]' },
    ]);
  const issues: OtIssue[] = [];
  const value = expand(json, issues);
  const result = safeParse(homeProgramSchema, value);
  if (!result.success) issues.push(...result.issues);
  if (issues.length || !result.success) throw new OtValidationError('home program in the link', issues);
  const fingerprint = homeProgramFingerprint(result.data);
  return { program: { ...result.data, id: `home-${fingerprint}` }, fingerprint };
}
