import { fixture, html, waitUntil } from '@open-wc/testing';
import type { OtChoiceBoard, OtChoiceBoardData, OtSpeechSynthesis } from '@otkit/elements';

export const LABELS = [
  'Swing',
  'Trampoline',
  'Snack',
  'Blocks',
  'Bubbles',
  'Music',
  'Puzzle',
  'Ball',
  'Paint',
  'Sand',
  'Book',
  'Slide',
];

/** A board of `n` choices (ids c0, c1, …), optionally with extra board fields. */
export function makeBoard(n = 3, extra: Partial<OtChoiceBoardData> = {}): OtChoiceBoardData {
  return {
    id: 'break',
    name: 'Break time',
    choices: Array.from({ length: n }, (_, i) => ({
      id: `c${i}`,
      label: LABELS[i % LABELS.length]! + (i >= LABELS.length ? ` ${i}` : ''),
    })),
    ...extra,
  };
}

/** The choices as a user finds them: gridcells with part "choice". */
export const choices = (el: OtChoiceBoard) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="choice"]')];
export const choice = (el: OtChoiceBoard, label: string) => choices(el).find((c) => c.textContent!.includes(label))!;
export const rows = (el: OtChoiceBoard) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="row"]')];
export const focused = (el: OtChoiceBoard) => el.shadowRoot!.activeElement as HTMLElement | null;
export const announcer = (el: OtChoiceBoard) => el.shadowRoot!.querySelector('[role="status"]')!;

/** Elements wearing the scan highlight: the 6 px outline a switch user looks for. */
export const highlighted = (el: OtChoiceBoard) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="choice"], [role="row"], [part="confirm"] button')].filter(
    (e) => getComputedStyle(e).outlineWidth === '6px',
  );
export const highlightedLabels = (el: OtChoiceBoard) =>
  highlighted(el).map((e) => e.textContent!.trim().replace(/\s+/g, ' '));

export async function announced(el: OtChoiceBoard, text: string): Promise<void> {
  await waitUntil(
    () => announcer(el).textContent === text,
    `announcement "${text}" (got "${announcer(el).textContent}")`,
  );
}

/** A speech engine that records what it was asked to say. */
export function fakeSpeech(): OtSpeechSynthesis & { said: { text: string; lang: string; rate: number }[] } {
  const said: { text: string; lang: string; rate: number }[] = [];
  return {
    said,
    speak: (u) => said.push({ text: u.text, lang: u.lang, rate: u.rate }),
    cancel: () => undefined,
    getVoices: () => [],
  };
}

/** Records the events a host page would see. */
export function record(el: EventTarget, ...types: string[]): CustomEvent[] & { types: string[] } {
  const seen = Object.assign([] as CustomEvent[], { types: [] as string[] });
  for (const type of types)
    el.addEventListener(type, (e) => {
      seen.push(e as CustomEvent);
      seen.types.push(type);
    });
  return seen;
}

/** A board of three choices (or the given markup) whose speech goes to a fake synthesiser. */
export async function board(markup = html`<ot-choice-board .board=${makeBoard(3)}></ot-choice-board>`) {
  const el = await fixture<OtChoiceBoard>(markup);
  el.speech.synth = fakeSpeech();
  return el;
}
