/** What the goal-stack tests share: sample data, and finding controls the way a person does (by name). */
import { waitUntil } from '@open-wc/testing';
import type { OtGoalStack, OtGoalStackGoal } from '@otkit/elements';

export const T0 = Date.UTC(2026, 10, 23, 14, 30);

export const GOALS: OtGoalStackGoal[] = [
  { id: 'shoes', description: 'Shoe-tying', image: { symbol: 'swing', alt: 'Swing' } },
  { id: 'drink', description: 'Getting a drink from the cafeteria line' },
  { id: 'zip', description: 'Zipping a coat' },
  { id: 'write', description: 'Writing my name' },
  { id: 'scissors', description: 'Cutting on a line' },
];

/** Text the element shows, white space collapsed. */
export function shown(el: OtGoalStack): string {
  return (el.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function nameOf(node: Element): string {
  const label = node.getAttribute('aria-label');
  if (label) return label;
  const labels = (node as HTMLInputElement).labels;
  if (labels?.length) return labels[0]!.textContent!.trim();
  return (node.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Every button, field and list box whose accessible name is `name` (or starts with it, with `prefix`). */
export function controls<T extends HTMLElement = HTMLButtonElement>(
  el: OtGoalStack,
  name: string,
  prefix = false,
): T[] {
  return [...el.shadowRoot!.querySelectorAll<T>('button, input, select')].filter((n) =>
    prefix ? nameOf(n).startsWith(name) : nameOf(n) === name,
  );
}

/** The one control named `name`; fails when there is none. */
export function control<T extends HTMLElement = HTMLButtonElement>(el: OtGoalStack, name: string): T {
  const found = controls<T>(el, name);
  if (!found.length) throw new Error(`no control named "${name}" in: ${shown(el)}`);
  return found[0]!;
}

/** The goals of the "All goals" list, in order. */
export function listed(el: OtGoalStack): string[] {
  return [...el.shadowRoot!.querySelectorAll('[part="item"] button[aria-keyshortcuts]')].map((b) =>
    [...b.childNodes]
      .filter((n) => n.nodeType === Node.TEXT_NODE)
      .map((n) => n.textContent)
      .join('')
      .trim(),
  );
}

/** The notes of the "To Get To" pile, in order. */
export function pile(el: OtGoalStack): string[] {
  return [...el.shadowRoot!.querySelectorAll('[part="note"] p:first-child')].map((p) => p.textContent ?? '');
}

/** The text on the current card. */
export function card(el: OtGoalStack): string {
  return el.shadowRoot!.querySelector('[part="card-title"]')?.textContent?.trim() ?? '';
}

/** Waits for the live region to say `text`. */
export async function announced(el: OtGoalStack, text: string): Promise<void> {
  const region = () => el.shadowRoot!.querySelector('[part="announcer"]')?.textContent ?? '';
  await waitUntil(() => region().includes(text), `expected the announcement "${text}", the region says "${region()}"`, {
    timeout: 2000,
  });
}

/** The element that has focus, inside shadow roots. */
export function focused(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
