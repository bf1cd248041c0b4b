import { fixture, html, waitUntil } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import { createStore, type OtScheduleStepInput } from '@otkit/sdk';
import { controlledAdapter } from '../../helpers/sdk-testing.js';
import type { OtVisualSchedule } from '@otkit/elements';

/** Elements of the schedule's shadow root carrying `part` (parts hold several names: `step now current`). */
export function parts<T extends Element = HTMLElement>(el: OtVisualSchedule, part: string): T[] {
  return [...el.shadowRoot!.querySelectorAll<T>(`[part~="${part}"]`)];
}

/** The list items of the schedule. */
export const items = (el: OtVisualSchedule) => parts<HTMLLIElement>(el, 'step');

/** The state of step `i` as a host page sees it: the state name among the step's parts. */
export function stateOf(el: OtVisualSchedule, i: number): string {
  const names = items(el)[i]!.getAttribute('part')!.split(' ');
  return names.find((n) => ['upcoming', 'now', 'done', 'skipped'].includes(n))!;
}

/** The button of step `i` with part `part` (`check`, `now-button`, `skip-button`, `change-button`). */
export const button = (el: OtVisualSchedule, i: number, part = 'check') =>
  items(el)[i]!.querySelector<HTMLButtonElement>(`[part~="${part}"]`)!;

/** A real pointer click in the middle of `target`. */
export async function click(target: Element): Promise<void> {
  target.scrollIntoView({ block: 'center' });
  const r = target.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)] });
}

/** Waits until the live region says `text`. */
export async function announced(el: OtVisualSchedule, text: string): Promise<void> {
  const region = parts(el, 'announcer')[0]!;
  await waitUntil(
    () => region.textContent!.includes(text),
    `announcement "${text}" (region says "${region.textContent}")`,
  );
}

/** Whether `node` is displayed (not display: none on it or an ancestor inside the shadow root). */
export const shown = (node: Element) => (node as HTMLElement).checkVisibility();

/** Four school steps. */
export function schoolDay(): OtScheduleStepInput[] {
  return [
    { id: 'circle', label: 'Circle time', image: { symbol: 'circle-time' }, timeOfDay: '08:30', minutes: 15 },
    { id: 'read', label: 'Reading', image: { symbol: 'reading' }, timeOfDay: '08:45', minutes: 30 },
    {
      id: 'snack',
      label: 'Snack',
      image: { symbol: 'snack' },
      timeOfDay: '09:15',
      minutes: 15,
      spokenText: 'Time for snack',
    },
    { id: 'recess', label: 'Recess', image: { symbol: 'recess' }, timeOfDay: '09:30', minutes: 20 },
  ];
}

/**
 * A connected schedule whose first step was just checked off on a disk that never finishes the commit: the step
 * stays pending and the schedule says "Saving…" (the state the contract and the manifest test render).
 */
export async function savingSchedule(): Promise<OtVisualSchedule> {
  const adapter = controlledAdapter({
    seed: { schedules: [{ id: 'monday', title: 'Monday', kind: 'list', steps: schoolDay(), createdAt: 1 }] },
  });
  const store = createStore({ adapter });
  const provider = await fixture(
    html`<ot-provider .store=${store}><ot-visual-schedule schedule-id="monday"></ot-visual-schedule></ot-provider>`,
  );
  const el = provider.querySelector<OtVisualSchedule>('ot-visual-schedule')!;
  await store.ready;
  await el.updateComplete;
  // The commit never finishes: the step stays saving.
  adapter.hold = new Promise(() => {});
  button(el, 0).click();
  await waitUntil(() => el.shadowRoot!.querySelector('[part="save-state"]'), 'the saving state');
  return el;
}

/** A choice step offering three activities. */
export const choiceStep: OtScheduleStepInput = {
  id: 'choice',
  label: 'Choice time',
  choices: [
    { id: 'swing', label: 'Swing', image: { symbol: 'swing' } },
    { id: 'slide', label: 'Slide', image: { symbol: 'slide' } },
    { id: 'ball', label: 'Therapy ball', image: { symbol: 'therapy-ball' } },
  ],
};

/** A Monday schedule of `steps` (the school day unless given) with `attrs` markup inside. */
export async function schedule(steps = schoolDay(), attrs = html``): Promise<OtVisualSchedule> {
  const el = await fixture<OtVisualSchedule>(
    html`<ot-visual-schedule heading="Monday" .steps=${steps}>${attrs}</ot-visual-schedule>`,
  );
  return el;
}

/** Collects the events of a kind fired by `el`. */
export function record<K extends keyof GlobalEventHandlersEventMap>(
  el: Element,
  type: K,
): GlobalEventHandlersEventMap[K][] {
  const list: GlobalEventHandlersEventMap[K][] = [];
  el.addEventListener(type, (e) => list.push(e as GlobalEventHandlersEventMap[K]));
  return list;
}
