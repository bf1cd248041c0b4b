import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import {
  createStore,
  listRecords,
  memoryAdapter,
  planHomeProgram,
  planPracticeLog,
  type OtHomeProgram as OtHomeProgramRecord,
} from '@otkit/sdk';
import '@otkit/elements/define.js';
import type { OtHomeProgram, OtProgramChangeEvent } from '@otkit/elements';
import { elementContract } from '../../helpers/element-contract.js';

const T0 = new Date(2026, 11, 7, 9).getTime();
const TODAY = '2026-12-09';
const PROGRAM: OtHomeProgramRecord = planHomeProgram(
  { activities: [{ libraryId: 'calm-breathing' }, { libraryId: 'putty' }] },
  { at: T0, id: 'p1' },
);
const LOG = [
  planPracticeLog(PROGRAM, { homeProgramId: 'p1', activityId: 'a1', date: '2026-12-08' }, { at: T0, id: 'l1' }),
];

const shadow = (el: OtHomeProgram) => el.shadowRoot!;
const buttons = (el: OtHomeProgram, selector: string) => [...shadow(el).querySelectorAll<HTMLButtonElement>(selector)];
const button = (el: OtHomeProgram, name: string) =>
  buttons(el, 'button').find((b) => (b.getAttribute('aria-label') ?? b.textContent!.trim()) === name);
const names = (el: OtHomeProgram) =>
  [...shadow(el).querySelectorAll('[part~="activity"] .name')].map((n) => n.textContent);
const family = () =>
  fixture<OtHomeProgram>(html`<ot-home-program today=${TODAY} .program=${PROGRAM} .log=${LOG}></ot-home-program>`);

/** Does `action` and waits for the element's `type` event (listening first: the store may answer at once). */
async function after<K extends 'ot-program-change' | 'ot-practice-change'>(
  el: OtHomeProgram,
  type: K,
  action: () => Promise<unknown>,
): Promise<GlobalEventHandlersEventMap[K]> {
  const event = oneEvent(el, type) as Promise<GlobalEventHandlersEventMap[K]>;
  await action();
  return event;
}

async function center(target: Element): Promise<void> {
  target.scrollIntoView({ block: 'center' });
  const box = target.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
}

describe('<ot-home-program>', () => {
  afterEach(async () => {
    await resetMouse();
    await setViewport({ width: 800, height: 600 });
  });

  describe('contract', () => {
    elementContract<OtHomeProgram>({
      tag: 'ot-home-program',
      states: {
        family,
        therapist: () =>
          fixture(html`<ot-home-program view="therapist" today=${TODAY} .program=${PROGRAM}></ot-home-program>`),
        'therapist, sharing': () =>
          fixture(
            html`<ot-home-program
              view="therapist"
              home-page="https://widgets.example.org/home.html"
              .program=${PROGRAM}
            ></ot-home-program>`,
          ),
        'therapist, one activity': () =>
          fixture(
            html`<ot-home-program
              view="therapist"
              .program=${planHomeProgram({ activities: [{ libraryId: 'putty' }] }, { at: T0 })}
            ></ot-home-program>`,
          ),
        logged: async () => {
          const el = await family();
          button(el, 'Done today: Calm breathing')!.click();
          await oneEvent(el, 'ot-practice-change');
          await el.updateComplete;
          return el;
        },
        'bad view': () => fixture(html`<ot-home-program view="sideways"></ot-home-program>`),
        'bad program': () =>
          fixture(html`<ot-home-program .program=${{ ...PROGRAM, activities: [] }}></ot-home-program>`),
      },
      act: async (el) => {
        button(el, 'Done today: Putty hand strengthening')!.click();
        await oneEvent(el, 'ot-practice-change');
      },
      badAttributes: { view: 'sideways', today: 'Tuesday' },
      propertySets: { view: 'therapist', today: '2026-12-10', heading: 'At home' },
    });
  });

  describe('therapist view', () => {
    it('builds a program by keyboard: add two ideas from the library, reorder, set how often', async () => {
      const el = await fixture<OtHomeProgram>(html`<ot-home-program view="therapist"></ot-home-program>`);
      const changes: OtProgramChangeEvent[] = [];
      el.addEventListener('ot-program-change', (e) => changes.push(e));
      button(el, 'Add Heavy work')!.focus();
      await after(el, 'ot-program-change', () => sendKeys({ press: 'Enter' }));
      button(el, 'Add Calm breathing')!.focus();
      await after(el, 'ot-program-change', () => sendKeys({ press: 'Space' }));
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['Heavy work', 'Calm breathing']);
      expect(button(el, 'Add Putty hand strengthening')!.disabled).to.equal(true);
      button(el, 'Move Calm breathing up')!.focus();
      await after(el, 'ot-program-change', () => sendKeys({ press: 'Enter' }));
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['Calm breathing', 'Heavy work']);
      await new Promise((resolve) => setTimeout(resolve, 80));
      expect(shadow(el).querySelector('[part="announcer"]')!.textContent).to.equal(
        'Calm breathing moved to position 1',
      );
      // The focus stays on the moved card (its "up" button is now disabled).
      expect(shadow(el).activeElement!.getAttribute('aria-label')).to.equal('Move Calm breathing down');
      const times = shadow(el).querySelector<HTMLInputElement>('[data-activity="a1"] input[name="timesPerPeriod"]')!;
      times.focus();
      times.select();
      await sendKeys({ type: '3' });
      const changed = await after(el, 'ot-program-change', () => sendKeys({ press: 'Tab' }));
      expect(changed.detail.program.activities.find((a) => a.id === 'a1')!.timesPerPeriod).to.equal(3);
      expect(changes.map((c) => c.detail.action)).to.deep.equal(['add', 'add', 'move', 'change']);
    });

    it('builds a program by pointer, stored in the provider’s store for the session', async () => {
      const store = createStore({ adapter: memoryAdapter() });
      const provider = await fixture(
        html`<ot-provider .store=${store}>
          <ot-home-program view="therapist" lang="es"></ot-home-program>
        </ot-provider>`,
      );
      const el = provider.querySelector<OtHomeProgram>('ot-home-program')!;
      await el.updateComplete;
      await after(el, 'ot-program-change', () => center(button(el, 'Añadir Caminar como animales')!));
      await el.updateComplete;
      await after(el, 'ot-program-change', () => center(button(el, 'Añadir Saltar')!));
      const [stored] = listRecords(store.getState(), 'homePrograms');
      expect(stored!.activities.map((a) => a.name)).to.deep.equal(['Caminar como animales', 'Saltar']);
      expect(stored!.language).to.equal('es');
      await el.updateComplete;
      await after(el, 'ot-program-change', () => center(button(el, 'Quitar Saltar')!));
      expect(listRecords(store.getState(), 'homePrograms')[0]!.activities).to.have.length(1);
    });
    it('keeps every activity id after a removal, so a logged practice stays with its activity', async () => {
      const store = createStore({ adapter: memoryAdapter() });
      await store.homePrograms.put(PROGRAM);
      await store.practiceLogs.put(
        planPracticeLog(PROGRAM, { homeProgramId: 'p1', activityId: 'a2', date: '2026-12-08' }, { at: T0, id: 'l2' }),
      );
      const provider = await fixture(
        html`<ot-provider .store=${store}>
          <ot-home-program view="therapist" program-id="p1" today=${TODAY}></ot-home-program>
        </ot-provider>`,
      );
      const el = provider.querySelector<OtHomeProgram>('ot-home-program')!;
      await el.updateComplete;
      await after(el, 'ot-program-change', () => center(button(el, 'Remove Calm breathing')!));
      await el.updateComplete;
      await after(el, 'ot-program-change', () => center(button(el, 'Add Heavy work')!));
      const activities = listRecords(store.getState(), 'homePrograms')[0]!.activities;
      const [entry] = listRecords(store.getState(), 'practiceLogs');
      expect(activities.find((a) => a.id === entry!.activityId)!.name).to.equal('Putty hand strengthening');
      // The new activity takes neither the removed id nor the logged one.
      expect(activities.map((a) => a.id)).to.deep.equal(['a2', 'a3']);
    });
  });

  describe('family view', () => {
    it('logs today with one tap on a 390 px wide phone, shows it in the week strip, and takes it back', async () => {
      await setViewport({ width: 390, height: 844 });
      const el = await family();
      const log = button(el, 'Done today: Calm breathing')!;
      const box = log.getBoundingClientRect();
      expect(box.height).to.be.at.least(44);
      expect(box.right).to.be.at.most(390);
      expect(shadow(el).querySelector('[data-activity="a1"] [part="count"]')!.textContent).to.equal('0 of 2 today');
      const event = await after(el, 'ot-practice-change', () => center(log));
      expect(event.detail.entry).to.include({ activityId: 'a1', date: TODAY, done: true, minutes: 2 });
      expect(el.log!.map((e) => e.date)).to.deep.equal(['2026-12-08', TODAY]);
      await el.updateComplete;
      expect(shadow(el).querySelector('[data-activity="a1"] [part="count"]')!.textContent).to.equal('1 of 2 today');
      const today = shadow(el).querySelector('[part~="today"]')!;
      expect(today.getAttribute('aria-label')).to.match(/1 done$/);
      // How it went: one more tap, nothing to type.
      const rated = await after(el, 'ot-practice-change', () =>
        center(shadow(el).querySelector('[data-activity="a1"] [data-rating="good"]')!),
      );
      expect(rated.detail.entry!.rating).to.equal('good');
      await el.updateComplete;
      await after(el, 'ot-practice-change', () => center(button(el, 'Undo')!));
      expect(el.log!.map((e) => e.date)).to.deep.equal(['2026-12-08']);
    });

    it('a cancelled ot-practice-log changes nothing', async () => {
      const el = await family();
      el.addEventListener('ot-practice-log', (e) => e.preventDefault());
      button(el, 'Done today: Calm breathing')!.click();
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(el.log).to.equal(LOG);
    });

    it('reads Spanish words and keeps the log in the store when connected', async () => {
      const store = createStore({ adapter: memoryAdapter() });
      await store.transaction((tx) => void tx.homePrograms.put(PROGRAM));
      const provider = await fixture(
        html`<ot-provider .store=${store}>
          <ot-home-program lang="es" today=${TODAY} program-id="p1"></ot-home-program>
        </ot-provider>`,
      );
      const el = provider.querySelector<OtHomeProgram>('ot-home-program')!;
      await el.updateComplete;
      expect(shadow(el).querySelector('[part="week"] h3')!.textContent).to.equal('Esta semana');
      button(el, 'Hecho hoy: Calm breathing')!.click();
      await oneEvent(el, 'ot-practice-change');
      expect(listRecords(store.getState(), 'practiceLogs').map((e) => [e.activityId, e.date])).to.deep.equal([
        ['a1', TODAY],
      ]);
    });

    it('shows a readable error for a bad program and keeps nothing broken', async () => {
      const el = await fixture<OtHomeProgram>(
        html`<ot-home-program .program=${{ ...PROGRAM, activities: [] }}></ot-home-program>`,
      );
      await el.updateComplete;
      expect(shadow(el).querySelector('[part="error"]')!.textContent).to.contain('activities');
    });
  });
});
