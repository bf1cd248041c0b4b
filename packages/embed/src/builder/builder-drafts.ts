import type {
  OtEmbedSchedule,
  OtEmbedScheduleInput,
  OtImageRef,
  OtScheduleKind,
  OtScheduleLayout,
  OtScheduleShow,
  OtScheduleStepInput,
  OtScheduleView,
} from '@otkit/sdk';

/** One activity of a choice step as the form holds it. */
export interface ChoiceDraft {
  readonly key: number;
  label: string;
  /** A built-in symbol, or an own picture (`src`: an https address or a scaled-down data URL). */
  image: OtImageRef | undefined;
}

/** One step as the form holds it (text fields stay text until the schedule is encoded). */
export interface Draft extends ChoiceDraft {
  time: string;
  minutes: string;
  /** The step's own sound (an https address or a data URL), played when the step is tapped. */
  sound: string | undefined;
  /** The 2–4 activities of a choice step; undefined for an ordinary step. */
  choices: ChoiceDraft[] | undefined;
}

/** The schedule's settings as the form holds them. */
export interface BuilderSettings {
  heading: string;
  kind: OtScheduleKind;
  layout: OtScheduleLayout;
  show: OtScheduleShow;
  view: OtScheduleView;
  checkOnly: boolean;
  language: 'en' | 'es';
}

let nextKey = 1;

/** A key that tells drafts apart while they move (Lit keeps their fields with them). */
export const newKey = (): number => nextKey++;

/** An empty activity of a choice step. */
export const emptyChoice = (): ChoiceDraft => ({ key: newKey(), label: '', image: undefined });

/** A step with words, a symbol, a time and minutes. */
export const draftOf = (label: string, symbol?: string, time = '', minutes = ''): Draft => ({
  key: newKey(),
  label,
  image: symbol ? { symbol } : undefined,
  time,
  minutes,
  sound: undefined,
  choices: undefined,
});

/** The form's drafts of a schedule read from a link. */
export function draftsOf(schedule: OtEmbedSchedule): Draft[] {
  return schedule.steps.map((step) => ({
    key: newKey(),
    label: step.label,
    image: step.image,
    time: step.timeOfDay ?? '',
    minutes: step.minutes === undefined ? '' : String(step.minutes),
    sound: step.sound?.src,
    choices: step.choices?.map((c) => ({ key: newKey(), label: c.label, image: c.image })),
  }));
}

/** What the encoder takes: the settings and the drafts, text fields turned into values. */
export function embedInputOf(settings: BuilderSettings, drafts: readonly Draft[]): OtEmbedScheduleInput {
  return {
    title: settings.heading,
    kind: settings.kind,
    layout: settings.layout,
    show: settings.show,
    view: settings.view,
    checkOnly: settings.checkOnly,
    lang: settings.language,
    steps: drafts.map((d) => ({
      label: d.label,
      image: d.image,
      timeOfDay: d.time || undefined,
      minutes: d.minutes === '' ? undefined : Number(d.minutes),
      sound: d.sound ? { src: d.sound } : undefined,
      choices: d.choices?.map((c) => ({ label: c.label, image: c.image })),
    })),
  };
}

/**
 * The steps of a schedule as a page would read them from its link (ids `s1`, `s1c1`…): the preview of a schedule
 * whose own media do not fit in a link. The encoder has checked them already.
 */
export function previewStepsOf(input: OtEmbedScheduleInput): OtScheduleStepInput[] {
  return input.steps.map((step, i) => ({
    ...step,
    id: `s${i + 1}`,
    choices: step.choices?.map((choice, j) => ({ ...choice, id: `s${i + 1}c${j + 1}` })),
  }));
}

/** Text folded for search: no accents, lower case ("Música" finds "musica"). */
export const fold = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Text made safe inside a double-quoted HTML attribute of the snippet. */
export const attr = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The `<iframe>` snippet of a schedule page, tall enough for what it shows. */
export function snippetOf(link: string, title: string, settings: BuilderSettings, steps: number): string {
  const height =
    settings.kind === 'first-then'
      ? 420
      : settings.layout === 'horizontal'
        ? 380
        : settings.view === 'now-next'
          ? 560
          : Math.min(1400, 180 + 150 * steps);
  return `<iframe src="${attr(link)}" title="${attr(title)}" width="100%" height="${height}" sandbox="allow-scripts allow-same-origin"></iframe>`;
}
