import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createManualClock, createStore, listRecords, memoryAdapter, type OtStore } from '@otkit/sdk';
import '@otkit/elements/ot-service-minutes.js';
import '@otkit/elements/ot-provider.js';
import type { OtServiceLogChangeEvent, OtServiceLogEvent, OtServiceMinutes } from '@otkit/elements';
import { elementContract } from '../../helpers/element-contract.js';
import { STUDENTS, T0, TODAY, entries, services } from './helpers.js';

function caseload(options: { lang?: string; dir?: string; openService?: string } = {}): Promise<OtServiceMinutes> {
  return fixture<OtServiceMinutes>(html`
    <ot-service-minutes
      lang=${options.lang ?? 'en'}
      dir=${options.dir ?? 'ltr'}
      open-service=${options.openService ?? ''}
      today=${TODAY}
      time-zone="America/Chicago"
      .clock=${createManualClock(T0)}
      .services=${services()}
      .entries=${entries()}
      .students=${STUDENTS}
    ></ot-service-minutes>
  `);
}

const root = (el: OtServiceMinutes) => el.shadowRoot!;
const parts = (el: OtServiceMinutes, part: string) => [...root(el).querySelectorAll<HTMLElement>(`[part~="${part}"]`)];
const part = (el: OtServiceMinutes, name: string) => parts(el, name)[0]!;
const text = (node: Element | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The caseload row of a student, by label. */
function row(el: OtServiceMinutes, label: string): HTMLElement {
  const found = parts(el, 'student').find((li) => text(li).includes(label));
  if (!found) throw new Error(`no row for ${label}`);
  return found;
}

async function pick(el: OtServiceMinutes, label: string): Promise<void> {
  row(el, label).querySelector<HTMLInputElement>('[part="pick"]')!.click();
  await el.updateComplete;
}

function logs(el: OtServiceMinutes) {
  return listRecords(el.store!.getState(), 'serviceLogs');
}

async function setField(el: OtServiceMinutes, name: string, value: string): Promise<void> {
  const field = part(el, name) as HTMLInputElement | HTMLSelectElement;
  field.value = value;
  field.dispatchEvent(new Event(field instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
  await el.updateComplete;
}

describe('<ot-service-minutes>', () => {
  describe('contract', () => {
    elementContract<OtServiceMinutes>({
      tag: 'ot-service-minutes',
      states: {
        caseload: () => caseload(),
        detail: () => caseload({ openService: 's-ben' }),
        empty: () => fixture(html`<ot-service-minutes today=${TODAY}></ot-service-minutes>`),
        'bad data': () =>
          fixture(
            html`<ot-service-minutes today=${TODAY} .services=${[{ id: 's', model: 'group' }]}></ot-service-minutes>`,
          ),
      },
      // Clicking every control of the plain state picks every student and logs one group session.
      badAttributes: { model: 'group', setting: 'moon' },
      propertySets: { model: 'push-in', setting: 'classroom', selected: ['s-ana'], heading: 'Caseload' },
    });
  });

  describe('caseload', () => {
    it('lists students furthest behind first, with the bar in words and a "behind by" cue', async () => {
      const el = await caseload();
      expect(parts(el, 'student').map((li) => text(li.querySelector('.name')!))).to.deep.equal([
        'Student B',
        'Student C',
        'Student A',
      ]);
      expect(text(row(el, 'Student B').querySelector('[part="pace"]')!)).to.equal('Behind by 30 minutes');
      expect(text(row(el, 'Student A').querySelector('[part="pace"]')!)).to.equal('Ahead by 30 minutes');
      expect(row(el, 'Student B').querySelector('[part="bar"]')!.getAttribute('aria-label')).to.equal(
        // Remaining is mandated − provided: the missed minutes are not provided.
        '0 of 60 minutes provided, 30 missed, 60 remaining',
      );
    });

    it('filters by delivery model and by setting', async () => {
      const el = await caseload();
      const [modelSelect, settingSelect] = part(el, 'filters').querySelectorAll('select');
      modelSelect!.value = 'push-in';
      modelSelect!.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(parts(el, 'student').map((li) => text(li.querySelector('.name')!))).to.deep.equal(['Student B']);
      modelSelect!.value = '';
      modelSelect!.dispatchEvent(new Event('change'));
      settingSelect!.value = 'therapy-room';
      settingSelect!.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(parts(el, 'student').map((li) => text(li.querySelector('.name')!))).to.deep.equal(['Student A']);
    });

    it('speaks Spanish and lays out right to left', async () => {
      const el = await caseload({ lang: 'es', dir: 'rtl' });
      expect(text(row(el, 'Student B').querySelector('[part="pace"]')!)).to.equal('Atrasado 30 minutos');
      expect(getComputedStyle(part(el, 'base')).direction).to.equal('rtl');
      await expect(el).to.be.accessible();
    });
  });

  describe('logging', () => {
    it('logs a session by pointer: intent, then the entry with the mandate’s minutes, then the change', async () => {
      const el = await caseload();
      await pick(el, 'Student C');
      expect((part(el, 'minutes-input') as HTMLInputElement).value).to.equal('45');
      await setField(el, 'setting-input', 'gym');
      const intent = oneEvent(el, 'ot-service-log') as Promise<OtServiceLogEvent>;
      const change = oneEvent(el, 'ot-service-log-change') as Promise<OtServiceLogChangeEvent>;
      part(el, 'log-button').click();
      expect((await intent).detail).to.include({ action: 'provided', date: TODAY });
      const { detail } = await change;
      expect(detail.entries).to.have.length(1);
      expect(detail.entries[0]).to.include({ serviceId: 's-caz', minutes: 45, setting: 'gym', status: 'provided' });
      expect(detail.log).to.have.length(5);
      await el.updateComplete;
      expect(text(row(el, 'Student C').querySelector('[part="pace"]')!)).to.equal('Ahead by 45 minutes');
    });

    it('logs a session by keyboard alone', async () => {
      const el = await caseload();
      row(el, 'Student B').querySelector<HTMLInputElement>('[part="pick"]')!.focus();
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      (part(el, 'minutes-input') as HTMLInputElement).focus();
      (part(el, 'minutes-input') as HTMLInputElement).select();
      await sendKeys({ type: '25' });
      const change = oneEvent(el, 'ot-service-log-change') as Promise<OtServiceLogChangeEvent>;
      await sendKeys({ press: 'Enter' });
      expect((await change).detail.entries[0]).to.include({ serviceId: 's-ben', minutes: 25 });
    });

    it('logs a group: every picked student gets an entry of the same minutes and the group size', async () => {
      const el = await caseload();
      await pick(el, 'Student A');
      await pick(el, 'Student B');
      await setField(el, 'model-input', 'small-group');
      expect(text(part(el, 'log-form').querySelector('h3')!)).to.equal('Log for 2 students');
      const change = oneEvent(el, 'ot-service-log-change') as Promise<OtServiceLogChangeEvent>;
      part(el, 'log-button').click();
      const { entries: written } = (await change).detail;
      expect(written.map((e) => [e.serviceId, e.minutes, e.groupSize, e.model])).to.deep.equal([
        ['s-ana', 30, 2, 'small-group'],
        ['s-ben', 30, 2, 'small-group'],
      ]);
      expect(written[0]!.groupId).to.be.a('string').and.equal(written[1]!.groupId);
    });

    it('logs a missed session with its reason', async () => {
      const el = await caseload();
      await pick(el, 'Student C');
      await setField(el, 'reason-input', 'holiday');
      const change = oneEvent(el, 'ot-service-log-change') as Promise<OtServiceLogChangeEvent>;
      part(el, 'miss-button').click();
      expect((await change).detail.entries[0]).to.include({ serviceId: 's-caz', status: 'holiday', minutes: 45 });
    });

    it('does nothing when the page cancels the intent', async () => {
      const el = await caseload();
      el.addEventListener('ot-service-log', (e) => e.preventDefault());
      await pick(el, 'Student C');
      part(el, 'log-button').click();
      await aTimeout(20);
      expect(logs(el)).to.have.length(4);
    });

    it('works connected: writes go to the provider’s store', async () => {
      const store: OtStore = createStore({
        adapter: memoryAdapter({
          seed: {
            clients: STUDENTS.map((s) => ({ ...s, createdAt: T0 })),
            iepServices: services(),
            serviceLogs: entries(),
          },
        }),
      });
      await store.ready;
      const provider = await fixture(
        html`<ot-provider .store=${store}><ot-service-minutes today=${TODAY}></ot-service-minutes></ot-provider>`,
      );
      const el = provider.querySelector('ot-service-minutes')!;
      await waitUntil(() => parts(el, 'student').length === 3);
      await pick(el, 'Student C');
      const change = oneEvent(el, 'ot-service-log-change');
      part(el, 'log-button').click();
      await change;
      expect(listRecords(store.getState(), 'serviceLogs')).to.have.length(5);
    });
  });

  describe('detail', () => {
    it('shows the period’s entries (voided ones struck through) and the math in words', async () => {
      const el = await caseload({ openService: 's-ben' });
      expect(text(part(el, 'period'))).to.equal('2026-09-14 – 2026-09-20');
      expect(parts(el, 'math').length).to.equal(1);
      expect(text(part(el, 'math'))).to.include('The IEP mandates 60 minutes for this period.');
      expect(text(part(el, 'math'))).to.include('30 minutes were not provided (Student absent: 30).');
      expect(text(part(el, 'math'))).to.include('Make-ups owed: 0 minutes');
      expect(parts(el, 'entry')).to.have.length(2);
      expect(text(part(el, 'voided'))).to.include('Voided');
    });

    it('edits an entry and voids one; the voided entry stays, marked', async () => {
      const el = await caseload({ openService: 's-ana' });
      const first = () => parts(el, 'entry')[0]!;
      [...first().querySelectorAll('button')].find((b) => text(b) === 'Edit')!.click();
      await el.updateComplete;
      const input = first().querySelector('input')!;
      input.value = '20';
      input.dispatchEvent(new Event('input'));
      const edited = oneEvent(el, 'ot-service-log-change') as Promise<OtServiceLogChangeEvent>;
      [...first().querySelectorAll('button')].find((b) => text(b) === 'Save')!.click();
      expect((await edited).detail.entries[0]).to.include({ id: 'e1', minutes: 20 });
      await el.updateComplete;
      const voided = oneEvent(el, 'ot-service-log-change') as Promise<OtServiceLogChangeEvent>;
      [...first().querySelectorAll('button')].find((b) => text(b) === 'Void')!.click();
      expect((await voided).detail.entries[0]!.voidedAt).to.equal(T0);
      await el.updateComplete;
      expect(logs(el).find((e) => e.id === 'e1')).to.include({ minutes: 20, voidedAt: T0 });
      expect(text(first())).to.include('Voided');
      expect(text(part(el, 'math'))).to.include('30 minutes were provided.');
    });
  });

  describe('bad input: a named error, nothing lost', () => {
    it('negative minutes', async () => {
      const el = await caseload();
      await pick(el, 'Student A');
      await setField(el, 'minutes-input', '-5');
      await setField(el, 'note-input', 'Worked on scissors');
      const error = oneEvent(el, 'ot-error');
      part(el, 'log-button').click();
      await error;
      await el.updateComplete;
      expect(text(part(el, 'log-form').querySelector('[part="error"]')!)).to.include('minutes: must be at least 1');
      expect((part(el, 'minutes-input') as HTMLInputElement).value).to.equal('-5');
      expect((part(el, 'note-input') as HTMLTextAreaElement).value).to.equal('Worked on scissors');
      expect(logs(el)).to.have.length(4);
    });

    it('a date outside the service', async () => {
      const el = await caseload();
      await pick(el, 'Student A');
      await setField(el, 'date-input', '2026-10-12');
      const error = oneEvent(el, 'ot-error');
      part(el, 'log-button').click();
      await error;
      await el.updateComplete;
      expect(text(part(el, 'error'))).to.include('date: is after IEP service "s-ana" ends (2026-10-09');
      expect(logs(el)).to.have.length(4);
    });

    it('an unknown student', async () => {
      const el = await caseload();
      el.selected = ['s-ghost'];
      await el.updateComplete;
      const error = oneEvent(el, 'ot-error');
      part(el, 'log-button').click();
      await error;
      await el.updateComplete;
      expect(text(part(el, 'error'))).to.include('serviceIds[0]: names no IEP service ("s-ghost")');
      expect(logs(el)).to.have.length(4);
    });

    it('bad page data shows an error naming the property', async () => {
      const el = await fixture<OtServiceMinutes>(
        html`<ot-service-minutes
          today=${TODAY}
          .services=${[{ ...services()[0], minutesPerSession: -1 }]}
        ></ot-service-minutes>`,
      );
      await waitUntil(() => root(el).querySelector('[part="error"]'));
      expect(text(part(el, 'error'))).to.include('services[0].minutesPerSession');
    });
  });
});
