/**
 * The builder's half-built schedule as one draft's text (JSON under one key of the SDK's device-local drafts),
 * and back. Pure: no DOM, no store. What comes back from the device is read field by field, never trusted.
 */
import {
  OT_DRAFT_MAX,
  OT_SCHEDULE_KINDS,
  OT_SCHEDULE_LAYOUTS,
  OT_SCHEDULE_SHOWS,
  OT_SCHEDULE_VIEWS,
  draftKey,
  imageRefSchema,
  safeParse,
  type OtImageRef,
} from '@otkit/sdk';
import { newKey, type BuilderSettings, type ChoiceDraft, type Draft } from './builder-drafts.js';

/** The one draft the builder keeps: the whole form. */
export const BUILDER_FORM_KEY = draftKey('ot-schedule-builder', 'form');

/** The form as kept: settings, steps, and the link it made last (to tell its own page link from another). */
export interface KeptForm {
  readonly settings: BuilderSettings;
  readonly drafts: Draft[];
  /** The fragment the form made when it was kept ('' while the form could not make a link). */
  readonly fragment: string;
}

type KeptChoice = Omit<ChoiceDraft, 'key'>;
type KeptStep = Omit<Draft, 'key' | 'choices'> & { choices: KeptChoice[] | undefined };

const isInline = (src: string | undefined): boolean => !!src && /^\s*data:/i.test(src);

/**
 * The form as draft text, at most {@link OT_DRAFT_MAX} characters. Own pictures and sounds kept in the page
 * (`data:` URLs) go in while they fit, in the order of the steps; those that do not are left out (a reload shows
 * those steps without them). Addresses (https) and built-in symbols are always kept.
 */
export function keptFormText(form: KeptForm): string {
  const steps: KeptStep[] = form.drafts.map((draft) => ({
    label: draft.label,
    image: isInline(draft.image?.src) ? undefined : draft.image,
    time: draft.time,
    minutes: draft.minutes,
    sound: isInline(draft.sound) ? undefined : draft.sound,
    choices: draft.choices?.map((c) => ({ label: c.label, image: isInline(c.image?.src) ? undefined : c.image })),
  }));
  const text = () => JSON.stringify({ v: 1, settings: form.settings, fragment: form.fragment, steps });
  let kept = text();
  // Each inline medium, put back while the text still fits.
  form.drafts.forEach((draft, i) => {
    const step = steps[i]!;
    const tries: (() => () => void)[] = [];
    if (isInline(draft.image?.src)) tries.push(() => ((step.image = draft.image), () => (step.image = undefined)));
    if (isInline(draft.sound)) tries.push(() => ((step.sound = draft.sound), () => (step.sound = undefined)));
    draft.choices?.forEach((choice, j) => {
      if (isInline(choice.image?.src))
        tries.push(() => ((step.choices![j]!.image = choice.image), () => (step.choices![j]!.image = undefined)));
    });
    for (const put of tries) {
      const undo = put();
      const longer = text();
      if (longer.length <= OT_DRAFT_MAX) kept = longer;
      else undo();
    }
  });
  // Labels and titles are short (120 characters at most), so the form without inline media always fits.
  return kept;
}

const str = (value: unknown, max = 200): string => (typeof value === 'string' ? value.slice(0, max) : '');
const oneOf = <T extends string>(list: readonly T[], value: unknown, fallback: T): T =>
  list.includes(value as T) ? (value as T) : fallback;

function imageOf(value: unknown): OtImageRef | undefined {
  if (value === undefined) return undefined;
  const parsed = safeParse(imageRefSchema, value);
  return parsed.success ? parsed.data : undefined;
}

/** The kept form read back from its draft text; undefined when the text is not a kept form. */
export function readKeptForm(text: string | undefined): KeptForm | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(text ?? '');
  } catch {
    return undefined;
  }
  if (typeof raw !== 'object' || raw === null || (raw as { v?: unknown }).v !== 1) return undefined;
  const {
    settings: s,
    steps,
    fragment,
  } = raw as { settings?: Record<string, unknown>; steps?: unknown; fragment?: unknown };
  if (typeof s !== 'object' || s === null || !Array.isArray(steps)) return undefined;
  const settings: BuilderSettings = {
    heading: str(s.heading),
    kind: oneOf(OT_SCHEDULE_KINDS, s.kind, 'list'),
    layout: oneOf(OT_SCHEDULE_LAYOUTS, s.layout, 'vertical'),
    show: oneOf(OT_SCHEDULE_SHOWS, s.show, 'both'),
    view: oneOf(OT_SCHEDULE_VIEWS, s.view, 'all'),
    checkOnly: s.checkOnly !== false,
    language: s.language === 'es' ? 'es' : 'en',
  };
  const drafts = steps
    .filter((step): step is Record<string, unknown> => typeof step === 'object' && step !== null)
    .map((step): Draft => {
      const sound = str(step.sound, Number.MAX_SAFE_INTEGER);
      return {
        key: newKey(),
        label: str(step.label),
        image: imageOf(step.image),
        time: str(step.time, 5),
        minutes: str(step.minutes, 4),
        sound: sound || undefined,
        choices: Array.isArray(step.choices)
          ? step.choices.map((choice: Record<string, unknown> | null) => ({
              key: newKey(),
              label: str(choice?.label),
              image: imageOf(choice?.image),
            }))
          : undefined,
      };
    });
  return { settings, drafts, fragment: str(fragment, Number.MAX_SAFE_INTEGER) };
}
