import { aTimeout, expect, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { type OtSessionEvent } from '@otkit/sdk';
import type { OtIncidentEvent, OtPhaseChangeEvent, OtSessionChangeEvent, OtSessionTimer } from '@otkit/elements';
import {
  M,
  T0,
  announced,
  button,
  click,
  hasButton,
  part,
  root,
  settle,
  text,
  tick,
  timeLeft,
  timer,
} from './helpers.js';

const focused = (el: OtSessionTimer) => root(el).activeElement as HTMLElement | null;

async function press(el: OtSessionTimer, key: string): Promise<void> {
  await sendKeys({ press: key });
  await settle(el);
}

/** Tabs until the focused button says `name` (at most 20 presses). */
async function tabTo(el: OtSessionTimer, name: string): Promise<void> {
  for (let i = 0; i < 20; i++) {
    if (focused(el)?.textContent?.trim() === name) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`could not tab to "${name}"; focus is on "${focused(el)?.textContent?.trim()}"`);
}

describe('<ot-session-timer> controls', () => {
  it('shows the phase, its time, what comes next and the session progress', async () => {
    const { el, clock } = await timer(html`<ot-session-timer minutes="30"></ot-session-timer>`);
    expect(text(el, 'phase')).to.equal('Check-in & plan');
    expect(timeLeft(el)).to.equal('3:00');
    expect(text(el, 'status')).to.equal('Phase 1 of 6 · Next: Warm-up & regulation');
    await click(el, 'Start session');
    await tick(el, clock, 65_000);
    expect(timeLeft(el)).to.equal('1:55');
    await click(el, 'Next phase');
    await tick(el, clock, 3 * M);
    expect(text(el, 'phase')).to.equal('Warm-up & regulation');
    expect(part(el, 'progress')!.getAttribute('aria-valuetext')).to.equal('Session: 4 of 30 min');
  });

  it('is fully operable from the keyboard, with focus kept where the work is', async () => {
    const { el, clock } = await timer(html`<ot-session-timer minutes="30"></ot-session-timer>`);
    await tabTo(el, 'Start session');
    await press(el, 'Enter');
    expect(el.events!.map((e) => e.type)).to.deep.equal(['start']);
    // The same button now pauses; it opens the reasons and moves focus into them.
    expect(focused(el)?.textContent?.trim()).to.equal('Pause');
    await press(el, 'Space');
    expect(focused(el)?.textContent?.trim()).to.equal('Interruption');
    // Escape closes the reasons and gives focus back.
    await press(el, 'Escape');
    expect(part(el, 'panel')).to.equal(null);
    expect(focused(el)?.textContent?.trim()).to.equal('Pause');
    await press(el, 'Enter');
    await tabTo(el, 'Break');
    clock.advance(M);
    await press(el, 'Enter');
    expect(el.events!.map((e) => e.type)).to.deep.equal(['start', 'pause']);
    expect(focused(el)?.textContent?.trim()).to.equal('Resume');
    await press(el, 'Enter');
    await tabTo(el, 'Next phase');
    await press(el, 'Enter');
    await tabTo(el, '+5 min');
    await press(el, 'Enter');
    await tabTo(el, 'Previous phase');
    await press(el, 'Enter');
    await tabTo(el, 'Skip phase');
    await press(el, 'Enter');
    await tabTo(el, 'End session');
    await press(el, 'Enter');
    expect(focused(el)?.textContent?.trim()).to.equal('Completed');
    await press(el, 'Enter');
    expect(el.events!.map((e) => e.type)).to.deep.equal([
      'start',
      'pause',
      'resume',
      'next',
      'extend',
      'back',
      'skip',
      'end',
    ]);
    expect(focused(el)?.textContent?.trim()).to.equal('New session');
  });

  it('greys out moves that make no sense instead of failing', async () => {
    const { el } = await timer(html`<ot-session-timer .phases=${[{ id: 'warm-up', minutes: 5 }]}></ot-session-timer>`);
    await click(el, 'Start session');
    for (const name of ['Previous phase', 'Next phase', 'Skip phase']) {
      expect(button(el, name).getAttribute('aria-disabled')).to.equal('true');
      await click(el, name);
    }
    expect(el.events!.map((e) => e.type)).to.deep.equal(['start']);
    expect(part(el, 'error')).to.equal(null);
  });

  it('fires a cancelable intent event for each action, then ot-session-change with the new log', async () => {
    const { el, clock } = await timer();
    const order: string[] = [];
    el.addEventListener('ot-session-start', (e) => order.push(`${e.type} cancelable=${e.cancelable}`));
    el.addEventListener('ot-session-change', (e) => order.push(`${e.type} ${JSON.stringify(e.detail.events)}`));
    await click(el, 'Start session');
    expect(order).to.deep.equal([
      `ot-session-start cancelable=true`,
      `ot-session-change [{"type":"start","at":${T0}}]`,
    ]);
    await settle(el);

    clock.advance(M);
    setTimeout(() => button(el, '+1 min').click());
    expect((await oneEvent(el, 'ot-session-extend')).detail.event).to.deep.equal({
      type: 'extend',
      at: T0 + M,
      minutes: 1,
    });
    await settle(el);
    setTimeout(() => button(el, 'Next phase').click());
    const phase = (await oneEvent(el, 'ot-phase-change')) as OtPhaseChangeEvent;
    expect(phase.cancelable).to.equal(true);
    expect(phase.detail).to.deep.include({ from: 'check-in', to: 'warm-up' });
    expect(phase.detail.event).to.deep.equal({ type: 'next', at: T0 + M });
    await settle(el);
    await click(el, 'Pause');
    setTimeout(() => button(el, 'Interruption').click());
    expect((await oneEvent(el, 'ot-session-pause')).detail.event).to.deep.include({
      type: 'pause',
      reason: 'interruption',
    });
    await settle(el);
    setTimeout(() => button(el, 'Resume').click());
    expect((await oneEvent(el, 'ot-session-resume')).detail.event.type).to.equal('resume');
    await settle(el);
    await click(el, 'End session');
    setTimeout(() => button(el, 'Client request').click());
    expect((await oneEvent(el, 'ot-session-end')).detail.event).to.deep.include({
      type: 'end',
      reason: 'client-request',
    });
  });

  it('changes nothing when the host cancels an intent', async () => {
    const { el } = await timer();
    let changes = 0;
    el.addEventListener('ot-session-change', () => changes++);
    el.addEventListener('ot-session-start', (e) => e.preventDefault());
    await click(el, 'Start session');
    expect(el.events).to.equal(undefined);
    expect(hasButton(el, 'Start session')).to.equal(true);
    expect(changes).to.equal(0);
  });

  it('fires nothing when the page sets properties', async () => {
    const { el } = await timer();
    const fired: string[] = [];
    for (const type of ['ot-session-start', 'ot-session-change', 'ot-phase-change', 'ot-session-pause'])
      el.addEventListener(type, () => fired.push(type));
    el.events = [
      { type: 'start', at: T0 - 10 * M },
      { type: 'next', at: T0 - 3 * M },
      { type: 'pause', at: T0 - M, reason: 'break' },
    ];
    el.minutes = 45;
    await settle(el);
    expect(text(el, 'phase')).to.equal('Warm-up & regulation');
    expect(fired).to.deep.equal([]);
  });

  it('announces what the therapist does in the polite region', async () => {
    const { el } = await timer();
    await click(el, 'Start session');
    await announced(el, /^Now: Check-in & plan\.$/);
    await click(el, 'Next phase');
    await announced(el, /^Now: Warm-up & regulation\.$/);
    await click(el, '+5 min');
    await announced(el, /^15:00 left in Warm-up & regulation\.$/);
    await click(el, 'Pause');
    await click(el, 'Break');
    await announced(el, /^Paused: break$/);
    expect(text(el, 'status')).to.equal('Phase 2 of 6 · Paused: break');
  });

  it('runs the emergency: pause, incident form, saved incident, then ends early with a reason', async () => {
    const { el, clock } = await timer();
    await click(el, 'Start session');
    clock.advance(2 * M);
    await click(el, 'Pause');
    await click(el, 'Emergency');
    // Time stops at once; the form opens with focus in its first field.
    expect(el.events!.at(-1)).to.deep.equal({ type: 'pause', at: T0 + 2 * M, reason: 'emergency' });
    expect(text(el, 'panel')).to.contain('Emergency: record what happened');
    expect(focused(el)?.getAttribute('name')).to.equal('what');

    // Missing fields are named, and focus goes to the first one.
    await click(el, 'Save incident');
    expect(root(el).querySelectorAll('.hint').length).to.equal(2);
    expect(focused(el)?.getAttribute('name')).to.equal('what');
    await sendKeys({ type: 'Client fell from the swing' });
    // Escape (like "Later") closes the form, keeps the draft, and gives focus back; "Record incident" reopens it.
    await press(el, 'Escape');
    expect(part(el, 'panel')).to.equal(null);
    expect(focused(el)?.textContent?.trim()).to.equal('Resume');
    await click(el, 'Record incident');
    expect((root(el).querySelector('textarea[name="what"]') as HTMLTextAreaElement).value).to.equal(
      'Client fell from the swing',
    );
    (root(el).querySelector('textarea[name="actions"]') as HTMLTextAreaElement).focus();
    await sendKeys({ type: 'First aid; called the parent' });
    (root(el).querySelector('input[name="followUp"]') as HTMLInputElement).click();
    setTimeout(() => button(el, 'Save incident').click());
    const saved = (await oneEvent(el, 'ot-incident')) as OtIncidentEvent;
    expect(saved.detail.incident).to.deep.equal({
      at: T0 + 2 * M,
      what: 'Client fell from the swing',
      actions: 'First aid; called the parent',
      followUpNeeded: true,
    });
    await settle(el);
    await announced(el, /Incident saved/);
    expect(hasButton(el, 'Record incident')).to.equal(false);
    clock.advance(8 * M);
    await click(el, 'End session');
    await click(el, 'Emergency');
    const log = el.events!;
    expect(log.at(-1)).to.deep.equal({ type: 'end', at: T0 + 10 * M, reason: 'emergency' });
    const summary = text(el, 'summary');
    expect(summary).to.contain('Active time: 2 min of 60 min planned. Ended: emergency.');
    expect(summary).to.contain('09:02, emergency, 8 min');
    expect(summary).to.contain(
      'What happened: Client fell from the swing; What was done: First aid; called the parent; Follow-up needed: yes',
    );
  });

  it('copies the summary text for a note, and starts afresh with New session', async () => {
    const { el } = await timer();
    const events: OtSessionEvent[] = [
      { type: 'start', at: T0 - 30 * M },
      { type: 'end', at: T0 - 2 * M, reason: 'completed' },
    ];
    el.events = events;
    await settle(el);
    let copied = '';
    const original = navigator.clipboard.writeText;
    navigator.clipboard.writeText = async (t: string) => {
      copied = t;
    };
    try {
      await click(el, 'Copy summary');
    } finally {
      navigator.clipboard.writeText = original;
    }
    expect(copied).to.equal(part(el, 'summary')!.textContent);
    expect(copied).to.contain('Active time: 28 min of 60 min planned. Ended: completed.');
    await announced(el, /Summary copied/);
    setTimeout(() => button(el, 'New session').click());
    expect(((await oneEvent(el, 'ot-session-change')) as OtSessionChangeEvent).detail.events).to.deep.equal([]);
    await settle(el);
    expect(hasButton(el, 'Start session')).to.equal(true);
    expect(events.length).to.equal(2);
  });

  it('has no controls in the locked client view', async () => {
    const { el } = await timer(html`<ot-session-timer locked></ot-session-timer>`);
    el.events = [{ type: 'start', at: T0 }];
    await settle(el);
    expect(root(el).querySelectorAll('button').length).to.equal(0);
    expect(text(el, 'phase')).to.equal('Check-in & plan');
  });

  it('speaks Spanish and flips the bar in right-to-left pages', async () => {
    const { el, clock } = await timer(
      html`<ot-session-timer lang="es-MX" dir="rtl" appearance="bar" minutes="45"></ot-session-timer>`,
    );
    expect(text(el, 'phase')).to.equal('Saludo y plan');
    expect(text(el, 'status')).to.equal('Fase 1 de 6 · Después: Calentamiento y regulación');
    await click(el, 'Empezar sesión');
    await emulateMedia({ reducedMotion: 'reduce' });
    await tick(el, clock, 2 * M);
    getComputedStyle(part(el, 'bar')!.querySelector('span')!).inlineSize; // starts the (near-instant) transition
    await aTimeout(50);
    // Half of the 4-minute phase is left: the fill keeps to the start edge, which is the right in RTL.
    const bar = part(el, 'bar')!.getBoundingClientRect();
    const fill = part(el, 'bar')!.querySelector('span')!.getBoundingClientRect();
    expect(fill.width).to.be.closeTo((bar.width - 4) / 2, 1);
    expect(fill.right).to.be.closeTo(bar.right - 2, 1);
    await click(el, 'Pausa');
    expect(text(el, 'panel')).to.contain('¿Por qué pausar?');
    expect(hasButton(el, 'Descanso')).to.equal(true);
    await emulateMedia({ reducedMotion: 'no-preference' });
  });
});
