/**
 * The embed-URL codec: a whole visual schedule in the fragment of a link, so a static page can show it with
 * no server (`https://…/schedule.html#v1.<data>`). Browsers never send the fragment to a server, but LMS
 * pages store the link where every course member can read it: the format carries schedule content only
 * (labels, pictures, times, minutes), never ids, names or progress.
 *
 * Format (docs/embed-url-format.md): `#v1.` + base64url( deflate-raw( UTF-8 JSON ) ), the JSON a compact
 * array `[title, steps, options?]`. Decoding never throws anything but a typed error: an
 * {@link OtFragmentError} for a link that is empty, malformed, truncated, of an unknown version or too big,
 * and an {@link OtValidationError} (every problem with its path) for content that breaks the schedule schema.
 */
import { OtValidationError, type OtIssue } from '../errors.js';
import { scheduleSchema, type OtScheduleStep } from '../model/entities.js';
import type { OtScheduleKind } from '../model/enums.js';
import type { OtImageRef, OtSoundRef } from '../model/fields.js';
import { isArraySafe, readField, readItems, safeParse } from '../model/schema.js';
import { OtFragmentError, pack, packImage, packJson, unpack, unpackImage, unpackJson } from './fragment.js';

export { OT_FRAGMENT_PROBLEMS, OtFragmentError, type OtFragmentProblem } from './fragment.js';

const SCHEDULE = { thing: 'schedule' } as const;

/** The fragment version this SDK writes and reads. */
export const OT_EMBED_VERSION = 1;
/** Longest fragment accepted, in characters (RFC 9110 asks URL support for at least 8000 octets). */
export const OT_EMBED_MAX_FRAGMENT = 8000;
/** Most steps in a schedule (as the schedule schema says). */
const OT_EMBED_MAX_STEPS = 50;
/** Largest inflated JSON accepted, in bytes (stops a "zip bomb" link). */
export const OT_EMBED_MAX_JSON = 65_536;

/** Layouts of a visual schedule. */
export const OT_SCHEDULE_LAYOUTS = ['vertical', 'horizontal'] as const;
/** A schedule layout. */
export type OtScheduleLayout = (typeof OT_SCHEDULE_LAYOUTS)[number];
/** What each step shows: picture and words, the picture only, or the words only. */
export const OT_SCHEDULE_SHOWS = ['both', 'picture', 'text'] as const;
/** What each step shows. */
export type OtScheduleShow = (typeof OT_SCHEDULE_SHOWS)[number];
/** Views of a schedule: every step, or only the current and the next. */
export const OT_SCHEDULE_VIEWS = ['all', 'now-next'] as const;
/** A schedule view. */
export type OtScheduleView = (typeof OT_SCHEDULE_VIEWS)[number];

/** A picture in an embedded schedule (as {@link OtImageRef}). */
export type OtEmbedImage = OtImageRef;

/** One option of a choice step in an embedded schedule. */
export interface OtEmbedChoiceInput {
  readonly label: string;
  readonly image?: OtEmbedImage | undefined;
  readonly spokenText?: string | undefined;
}

/** One step of an embedded schedule: content only (ids, states and times of progress are not carried). */
export interface OtEmbedStepInput {
  readonly label: string;
  readonly image?: OtEmbedImage | undefined;
  readonly spokenText?: string | undefined;
  readonly timeOfDay?: string | undefined;
  readonly minutes?: number | undefined;
  readonly choices?: readonly OtEmbedChoiceInput[] | undefined;
  /** A recorded sound (an `https:` or `data:audio/…` URL), written last so older v1 pages ignore it. */
  readonly sound?: OtSoundRef | undefined;
}

/** Display settings carried with an embedded schedule. */
export interface OtEmbedDisplay {
  readonly layout?: OtScheduleLayout | undefined;
  readonly show?: OtScheduleShow | undefined;
  readonly view?: OtScheduleView | undefined;
  /** Only the check-off button on each step (the child's view). */
  readonly checkOnly?: boolean | undefined;
  /** Language of the schedule's words (BCP 47), e.g. `es`; the page shows its own words in it. */
  readonly lang?: string | undefined;
}

/** What {@link encodeScheduleFragment} takes: a schedule's content and display settings. */
export interface OtEmbedScheduleInput extends OtEmbedDisplay {
  readonly title: string;
  readonly kind?: OtScheduleKind | undefined;
  readonly steps: readonly OtEmbedStepInput[];
}

/** What {@link decodeScheduleFragment} gives: checked steps with ids `s1`, `s2`… (choices `s1c1`…), all upcoming. */
export interface OtEmbedSchedule extends OtEmbedDisplay {
  readonly title: string;
  readonly kind: OtScheduleKind;
  readonly steps: OtScheduleStep[];
}

const FLAGS = {
  f: ['kind', 'first-then'],
  h: ['layout', 'horizontal'],
  p: ['show', 'picture'],
  t: ['show', 'text'],
  n: ['view', 'now-next'],
  c: ['checkOnly', true],
} as const;
const LANG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;
const STEP_KEYS = ['label', 'image', 'timeOfDay', 'minutes', 'spokenText', 'choices', 'sound'] as const;
const CHOICE_KEYS = ['label', 'image', 'spokenText'] as const;

/** Turns the compact JSON back into a schedule-shaped value, with ids s1… and display settings. */
function expand(json: unknown[]): { value: Record<string, unknown>; display: OtEmbedDisplay; issues: OtIssue[] } {
  const issues: OtIssue[] = [];
  const [title, steps, flags] = json;
  const display: Record<string, unknown> = { kind: 'list' };
  const m = typeof flags === 'string' ? /^([a-z]*)(?:@(.+))?$/.exec(flags) : undefined;
  if (m && (m[2] === undefined || LANG.test(m[2]))) {
    // Letters this version does not know are ignored, so later v1 pages can add options.
    for (const letter of m[1]!) {
      const flag = FLAGS[letter as keyof typeof FLAGS];
      if (flag) display[flag[0]] = flag[1];
    }
    if (m[2]) display.lang = m[2];
  } else if (flags !== undefined && flags !== null)
    issues.push({
      path: ['options'],
      code: 'pattern',
      message: 'must be option letters, then optionally @ and a language tag',
    });
  const { kind, ...rest } = display;
  return {
    value: {
      id: 'embed',
      title,
      kind,
      createdAt: 0,
      steps: Array.isArray(steps)
        ? steps.map((raw, i) => {
            const step = unpack(STEP_KEYS, raw) as Record<string, unknown>;
            if (!Array.isArray(raw)) return step;
            const choices = step.choices;
            return {
              ...step,
              id: `s${i + 1}`,
              ...(step.image !== undefined && { image: unpackImage(step.image) }),
              ...(typeof step.sound === 'string' && { sound: { src: step.sound } }),
              ...(Array.isArray(choices) && {
                choices: choices.map((c, j) => {
                  const choice = unpack(CHOICE_KEYS, c) as Record<string, unknown>;
                  return Array.isArray(c)
                    ? {
                        ...choice,
                        id: `s${i + 1}c${j + 1}`,
                        ...(choice.image !== undefined && { image: unpackImage(choice.image) }),
                      }
                    : choice;
                }),
              }),
            };
          })
        : steps,
    },
    display: rest as OtEmbedDisplay,
    issues,
  };
}

/** Checks the content with the schedule schema (plus: at least one step) and returns it without id or dates. */
function check(value: Record<string, unknown>, display: OtEmbedDisplay, issues: OtIssue[]): OtEmbedSchedule {
  const result = safeParse(scheduleSchema, value);
  if (!result.success) for (const problem of result.issues) issues.push(problem);
  else if (!result.data.steps.length)
    issues.push({ path: ['steps'], code: 'too-small', message: 'must have at least 1 step' });
  if (issues.length || !result.success) throw new OtValidationError('schedule in the link', issues);
  const { title, kind, steps } = result.data;
  return { title, kind, steps, ...display };
}

/**
 * Packs a schedule into a link fragment: `#v1.` + base64url(deflate-raw(compact JSON)). Only content and
 * display settings go in; ids, states, progress times and any other field are left out. The content is
 * checked first.
 *
 * @throws {OtValidationError} when the content breaks the schedule schema (each problem with its path).
 * @throws {OtFragmentError} (`oversize`) when the fragment would be longer than {@link OT_EMBED_MAX_FRAGMENT}.
 * @example
 * const fragment = await encodeScheduleFragment({
 *   title: 'Morning',
 *   steps: [{ label: 'Snack', image: { symbol: 'snack' }, timeOfDay: '10:00', minutes: 15 }],
 * });
 * iframe.src = `https://widgets.example.org/schedule.html${fragment}`;
 */
export async function encodeScheduleFragment(schedule: OtEmbedScheduleInput): Promise<string> {
  // The input is read field by field (readField, readItems): it may be anything a page hands over, proxies
  // and throwing getters included, and only the schema's own errors may come out of here.
  const pick = (keys: readonly string[], from: unknown) => Object.fromEntries(keys.map((k) => [k, readField(from, k)]));
  const list = <T>(raw: unknown, each: (item: unknown, index: number) => T) =>
    isArraySafe(raw) ? readItems(raw).map(each) : raw;
  const rawSteps = readField(schedule, 'steps');
  // A list longer than a schedule may be is refused before its steps are read: a proxy may claim 2³² of them.
  const count = isArraySafe(rawSteps) ? readField(rawSteps, 'length') : undefined;
  if (typeof count === 'number' && count > OT_EMBED_MAX_STEPS)
    throw new OtValidationError('schedule in the link', [
      { path: ['steps'], code: 'too-big', message: `must have at most ${OT_EMBED_MAX_STEPS} items (got ${count})` },
    ]);
  const steps = list(rawSteps, (s, i) => ({
    ...pick(STEP_KEYS, s),
    id: `s${i + 1}`,
    choices: list(readField(s, 'choices'), (c, j) => ({ ...pick(CHOICE_KEYS, c), id: `s${i + 1}c${j + 1}` })),
  }));
  const issues: OtIssue[] = [];
  const lang = readField(schedule, 'lang');
  if (lang !== undefined && !(typeof lang === 'string' && LANG.test(lang)))
    issues.push({ path: ['lang'], code: 'pattern', message: 'must be a language tag such as en, es-MX or ar' });
  const checked = check(
    {
      id: 'embed',
      title: readField(schedule, 'title'),
      kind: readField(schedule, 'kind') ?? 'list',
      steps,
      createdAt: 0,
    },
    {},
    issues,
  );
  let flags = '';
  for (const [letter, [key, value]] of Object.entries(FLAGS))
    if ((Object.hasOwn(checked, key) ? readField(checked, key) : readField(schedule, key)) === value) flags += letter;
  if (lang) flags += `@${lang}`;
  const packed = pack(['title', 'steps', 'flags'], {
    title: checked.title,
    steps: checked.steps.map((st) =>
      pack(STEP_KEYS, {
        ...st,
        image: packImage(st.image),
        sound: st.sound?.src,
        choices: st.choices?.map((c) => pack(CHOICE_KEYS, { ...c, image: packImage(c.image) })),
      }),
    ),
    flags: flags || null,
  });
  const fragment = `#v${OT_EMBED_VERSION}.${await packJson(packed)}`;
  if (fragment.length > OT_EMBED_MAX_FRAGMENT)
    throw new OtFragmentError(
      'oversize',
      `Too big for a link (${fragment.length} characters; at most ${OT_EMBED_MAX_FRAGMENT}): use fewer or shorter steps.`,
    );
  return fragment;
}

/**
 * Reads a schedule from a link fragment (with or without the leading `#`). Resolves to the checked
 * schedule; rejects only with an {@link OtFragmentError} (the link itself is bad) or an
 * {@link OtValidationError} (the content is bad, e.g. a step without a label or a `javascript:` picture).
 *
 * @example
 * try {
 *   const schedule = await decodeScheduleFragment(location.hash);
 * } catch (e) {
 *   if (e instanceof OtFragmentError) showMessage(e.problem); // 'truncated', 'version', …
 * }
 */
export async function decodeScheduleFragment(fragment: string): Promise<OtEmbedSchedule> {
  const text = (typeof fragment === 'string' ? fragment : '').trim().replace(/^#/, '');
  if (!text) throw new OtFragmentError('empty', 'There is no schedule in the link.');
  if (text.length > OT_EMBED_MAX_FRAGMENT - 1)
    throw new OtFragmentError(
      'oversize',
      `The link is too long (${text.length + 1} characters; at most ${OT_EMBED_MAX_FRAGMENT}).`,
    );
  const m = /^v(\d+)\.(.*)$/s.exec(text);
  if (!m)
    throw new OtFragmentError('malformed', 'The link does not hold an OT Kit schedule (it should start with #v1.).');
  if (Number(m[1]) !== OT_EMBED_VERSION)
    throw new OtFragmentError(
      'version',
      `The link was made by a newer or unknown version (v${m[1]}); this page reads v${OT_EMBED_VERSION}.`,
    );
  const json = await unpackJson(m[2]!, OT_EMBED_MAX_JSON, SCHEDULE);
  if (!Array.isArray(json))
    throw new OtValidationError('schedule in the link', [
      { path: [], code: 'type', message: 'must be a list [title, steps, options]' },
    ]);
  const { value, display, issues } = expand(json);
  return check(value, display, issues);
}
