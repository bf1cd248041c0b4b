import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  OT_DRAFT_MAX,
  createStore,
  decodeScheduleFragment,
  encodeScheduleFragment,
  indexedDbAdapter,
  indexedDbDrafts,
  type OtStore,
} from '@otkit/sdk';
import '../../packages/embed/src/builder/define.js';
import type { OtScheduleBuilder } from '../../packages/embed/src/builder/schedule-builder.js';
import { draftOf } from '../../packages/embed/src/builder/builder-drafts.js';
import { BUILDER_FORM_KEY, keptFormText, readKeptForm } from '../../packages/embed/src/builder/builder-kept-form.js';

/** The builder's default settings, as a kept form without any reads them. */
const SETTINGS = readKeptForm(JSON.stringify({ v: 1, settings: {}, steps: [] }))!.settings;

// Issue 16: a half-built schedule survives a reload of the builder (a device-local draft in its store).

const $ = <T extends Element = HTMLElement>(el: OtScheduleBuilder, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector)!;
const title = (el: OtScheduleBuilder) => labelled<HTMLInputElement>(el, /^\s*(Title|Título)/);
const button = (el: OtScheduleBuilder, text: string) =>
  [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim().startsWith(text))!;

/** The form control whose label says `text`. */
function labelled<T extends HTMLElement>(el: OtScheduleBuilder, text: RegExp): T {
  const label = [...el.shadowRoot!.querySelectorAll('label')].find((l) => text.test(l.textContent!));
  if (!label) throw new Error(`no field labelled ${text}`);
  return label.querySelector<T>('input, textarea, select')!;
}

async function snippetSchedule(el: OtScheduleBuilder) {
  const src = /src="([^"]+)"/.exec($<HTMLTextAreaElement>(el, 'textarea').value)![1]!;
  return decodeScheduleFragment(new URL(src.replace(/&amp;/g, '&')).hash);
}

async function typeInto(input: HTMLInputElement, text: string): Promise<void> {
  input.focus();
  input.select();
  await sendKeys({ type: text });
}

/**
 * Builder page loads on a database of their own per test (a drafts database still open in this page would hold
 * up deleting and reopening it): `open` is a page load (a new store on the same database, a new builder;
 * `fragmentIn`: the page's own link), `leave` the builder going and its store closing.
 */
function builderPages(prefix: string) {
  const pages = { database: '', drafts: indexedDbDrafts(''), opened: [] as OtStore[] };
  beforeEach(() => {
    pages.database = `${prefix}-${Math.random().toString(36).slice(2)}`;
    pages.drafts = indexedDbDrafts(`${pages.database}-drafts`);
  });
  afterEach(async () => {
    for (const store of pages.opened.splice(0)) store.adapter.close?.();
    for (const name of [pages.database, `${pages.database}-drafts`])
      await new Promise((resolve) => {
        const request = indexedDB.deleteDatabase(name);
        request.onsuccess = request.onerror = request.onblocked = resolve;
      });
  });
  /** A store on the test's database, closed after the test. */
  function store(): OtStore {
    const opened = createStore({ adapter: indexedDbAdapter({ name: pages.database }), actor: 'teacher' });
    pages.opened.push(opened);
    return opened;
  }
  async function open(options: { lang?: string; fragmentIn?: string } = {}): Promise<OtScheduleBuilder> {
    const opened = store();
    await opened.ready;
    const el = await fixture<OtScheduleBuilder>(
      html`<ot-schedule-builder
        lang=${options.lang ?? 'en'}
        base="https://widgets.example.org/otkit/"
        .fragmentIn=${options.fragmentIn}
        .store=${opened}
      ></ot-schedule-builder>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('textarea'), 'the snippet', { timeout: 5000 });
    return el;
  }
  function leave(el: OtScheduleBuilder): void {
    el.remove();
    pages.opened.pop()!.adapter.close?.();
  }
  const kept = async () => readKeptForm(await pages.drafts.read(BUILDER_FORM_KEY));
  return { pages, store, open, leave, kept };
}

describe('<ot-schedule-builder> drafts', () => {
  const { pages, open, leave } = builderPages('otkit-builder-drafts');

  it('puts a half-built schedule back after a reload: title, steps, times, minutes, choices and settings', async () => {
    const first = await open();
    await typeInto(title(first), 'Art day');
    button(first, 'Add a step').click();
    await first.updateComplete;
    await typeInto($<HTMLInputElement>(first, 'ol > li:last-child input.field'), 'Paint');
    const layout = labelled<HTMLSelectElement>(first, /Layout/);
    layout.value = 'horizontal';
    layout.dispatchEvent(new Event('change', { bubbles: true }));
    button(first, 'Make it a choice').click();
    await first.updateComplete;
    const [swing, slide] = first.shadowRoot!.querySelectorAll<HTMLInputElement>('fieldset.choices input.field');
    await typeInto(swing!, 'Swing');
    await typeInto(slide!, 'Slide');
    await waitUntil(
      async () => readKeptForm(await pages.drafts.read(BUILDER_FORM_KEY))?.drafts[0]!.choices?.[1]?.label === 'Slide',
      'kept',
    );
    expect(localStorage.length, 'nothing in localStorage').to.equal(0);
    leave(first);

    const el = await open();
    await waitUntil(() => title(el).value === 'Art day', 'the title comes back');
    await waitUntil(async () => (await snippetSchedule(el)).title === 'Art day', 'the link is made again');
    const schedule = await snippetSchedule(el);
    expect(schedule.title).to.equal('Art day');
    expect(schedule.layout).to.equal('horizontal');
    expect(schedule.steps.map((s) => s.label)).to.deep.equal(['Circle time', 'Snack', 'Recess', 'Paint']);
    expect(schedule.steps[0]!.choices?.map((c) => c.label)).to.deep.equal(['Swing', 'Slide']);
    expect(schedule.steps[0]).to.include({ timeOfDay: '08:30', minutes: 15 });
  });
});

describe('<ot-schedule-builder> drafts: replacing the schedule being built asks first', () => {
  const { pages, store: storeOnDatabase, open, leave, kept } = builderPages('otkit-builder-ask');

  it('starts a new schedule only after a yes, in Spanish, and forgets the draft', async () => {
    const el = await open({ lang: 'es' });
    await typeInto(title(el), 'Día de arte');
    await waitUntil(async () => (await kept())?.settings.heading === 'Día de arte', 'kept');
    button(el, 'Empezar un horario nuevo').click();
    await el.updateComplete;
    const question = $(el, '[part="confirm"]');
    expect(question.textContent).to.contain('¿Empezar un horario nuevo?');
    expect(el.shadowRoot!.activeElement, 'the question takes focus').to.equal(question.querySelector('button'));
    await expect(el).to.be.accessible();
    button(el, 'Conservar mi horario').click();
    await el.updateComplete;
    expect(title(el).value, 'kept: nothing changed').to.equal('Día de arte');
    expect(el.shadowRoot!.querySelector('[part="confirm"]')).to.equal(null);

    button(el, 'Empezar un horario nuevo').click();
    await el.updateComplete;
    [...$(el, '[part="confirm"]').querySelectorAll('button')].at(-1)!.click();
    await waitUntil(() => title(el).value === 'Mañana', 'the example again');
    await waitUntil(async () => (await kept()) === undefined, 'the draft is gone');
    await expect(el).to.be.accessible();
  });

  it('opens a pasted link over a schedule being built only after a yes', async () => {
    const el = await open();
    await typeInto(title(el), 'Art day');
    const fragment = await encodeScheduleFragment({ title: 'Gym', kind: 'list', steps: [{ label: 'Run' }] });
    const field = labelled<HTMLInputElement>(el, /Open a schedule from its link/);
    field.value = `https://widgets.example.org/otkit/schedule.html${fragment}`;
    field.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    expect($(el, '[part="confirm"]').textContent).to.contain('Open the schedule of this link?');
    expect(title(el).value).to.equal('Art day');
    button(el, 'Open the link’s schedule').click();
    await waitUntil(() => title(el).value === 'Gym', 'the link’s schedule');
    await waitUntil(async () => (await kept()) === undefined, 'the draft of the replaced schedule is gone');
  });

  it('asks which to keep when the page opens another schedule’s link while a draft is held', async () => {
    const first = await open();
    await typeInto(title(first), 'Art day');
    await waitUntil(async () => (await kept())?.settings.heading === 'Art day', 'kept');
    leave(first);

    const fragment = await encodeScheduleFragment({ title: 'Gym', kind: 'list', steps: [{ label: 'Run' }] });
    const el = await open({ fragmentIn: fragment });
    await waitUntil(() => el.shadowRoot!.querySelector('[part="confirm"]'), 'the question');
    expect(title(el).value, 'the link’s schedule is shown meanwhile').to.equal('Gym');
    button(el, 'Keep my schedule').click();
    await waitUntil(() => title(el).value === 'Art day', 'the draft back');
  });

  it('a draft never goes over what the teacher already typed', async () => {
    await pages.drafts.write(
      BUILDER_FORM_KEY,
      keptFormText({
        settings: SETTINGS,
        drafts: [draftOf('Old')],
        fragment: '',
      }),
    );
    const store = storeOnDatabase();
    const el = await fixture<OtScheduleBuilder>(
      html`<ot-schedule-builder base="https://widgets.example.org/otkit/"></ot-schedule-builder>`,
    );
    await typeInto(title(el), 'Typed first');
    el.store = store;
    await store.ready;
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(title(el).value).to.equal('Typed first');
  });
});

describe('the builder’s kept form', () => {
  const picture = (chars: number) => ({ src: `data:image/png;base64,${'A'.repeat(chars)}` });

  it('keeps own pictures while they fit in a draft, and always the words', () => {
    const small = { ...draftOf('Paint'), image: picture(2000) };
    const large = { ...draftOf('Music'), image: picture(OT_DRAFT_MAX) };
    const text = keptFormText({
      settings: SETTINGS,
      drafts: [small, large, draftOf('Home', 'home')],
      fragment: '#v1.x',
    });
    expect(text.length).to.be.at.most(OT_DRAFT_MAX);
    const back = readKeptForm(text)!;
    expect(back.drafts.map((d) => d.label)).to.deep.equal(['Paint', 'Music', 'Home']);
    expect(back.drafts[0]!.image).to.deep.equal(small.image);
    expect(back.drafts[1]!.image, 'too large for a draft').to.equal(undefined);
    expect(back.drafts[2]!.image).to.deep.equal({ symbol: 'home' });
    expect(back.fragment).to.equal('#v1.x');
  });

  it('reads nothing from text that is not a kept form, and no unsafe picture', () => {
    expect(readKeptForm('{')).to.equal(undefined);
    expect(readKeptForm('{"v":2}')).to.equal(undefined);
    const odd = readKeptForm(
      JSON.stringify({
        v: 1,
        settings: { kind: 'moon' },
        steps: [{ label: 3, image: { src: 'javascript:alert(1)' } }],
      }),
    )!;
    expect(odd.settings.kind).to.equal('list');
    expect(odd.drafts[0]).to.include({ label: '', image: undefined });
  });
});
