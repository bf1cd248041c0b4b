import { fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { createManualClock, type OtManualClock } from '@otkit/sdk';
import '@otkit/elements/define.js';
import type { OtSessionTimer } from '@otkit/elements';

export const M = 60_000;
export const T0 = Date.UTC(2026, 10, 23, 9, 0);

/**
 * A timer on a manual clock at T0. Put lang/dir on the timer itself rather than on a wrapper: open-wc's
 * fixture waits a frame for a plain wrapper, and frames never come in a background tab (tests run two at a time).
 */
export async function timer(template?: TemplateResult, clock: OtManualClock = createManualClock(T0)) {
  const host = await fixture<HTMLElement>(template ?? html`<ot-session-timer></ot-session-timer>`);
  const el = (host.localName === 'ot-session-timer' ? host : host.querySelector('ot-session-timer')!) as OtSessionTimer;
  el.clock = clock;
  await el.updateComplete;
  return { el, clock, host };
}

/** Moves the clock and lets the element re-render, as its once-a-second tick would. */
export async function tick(el: OtSessionTimer, clock: OtManualClock, ms: number): Promise<void> {
  clock.advance(ms);
  el.requestUpdate();
  await el.updateComplete;
}

export const root = (el: HTMLElement) => el.shadowRoot!;
export const part = (el: HTMLElement, name: string) => root(el).querySelector<HTMLElement>(`[part~="${name}"]`);
export const text = (el: HTMLElement, name: string) => part(el, name)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
export const timeLeft = (el: HTMLElement) => root(el).querySelector('[role="timer"]')?.textContent?.trim() ?? '';

/** The button whose visible text is `name`. */
export function button(el: HTMLElement, name: string | RegExp): HTMLButtonElement {
  const all = [...root(el).querySelectorAll('button')];
  const found = all.find((b) =>
    typeof name === 'string' ? b.textContent!.trim() === name : name.test(b.textContent!.trim()),
  );
  if (!found) throw new Error(`no button "${name}" among: ${all.map((b) => b.textContent!.trim()).join(' | ')}`);
  return found;
}

export const hasButton = (el: HTMLElement, name: string) =>
  [...root(el).querySelectorAll('button')].some((b) => b.textContent!.trim() === name);

/** Clicks a button and waits for the element (and its store write) to settle. */
export async function click(el: OtSessionTimer, name: string | RegExp): Promise<void> {
  button(el, name).click();
  await settle(el);
}

export async function settle(el: OtSessionTimer): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
  }
}

/** Waits for the polite live region to say something matching `pattern`. */
export async function announced(el: HTMLElement, pattern: RegExp): Promise<string> {
  await waitUntil(
    () => pattern.test(text(el, 'announcer')),
    `announcer never matched ${pattern}; it says "${text(el, 'announcer')}"`,
    {
      timeout: 2000,
    },
  );
  return text(el, 'announcer');
}

/** A timer whose speech goes to a list instead of the speech engine (the stub must be there when the element is made). */
export async function speakingTimer(template: TemplateResult) {
  const spoken: string[] = [];
  const stub = { speak: (u: SpeechSynthesisUtterance) => spoken.push(u.text), cancel() {}, getVoices: () => [] };
  const original = Object.getOwnPropertyDescriptor(window, 'speechSynthesis');
  Object.defineProperty(window, 'speechSynthesis', { configurable: true, value: stub });
  try {
    return { ...(await timer(template)), spoken };
  } finally {
    if (original) Object.defineProperty(window, 'speechSynthesis', original);
    else delete (window as { speechSynthesis?: unknown }).speechSynthesis;
  }
}
