import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { OtValidationError, createStore, memoryAdapter, type OtAdapter, type OtStore } from '@otkit/sdk';
import '@otkit/elements/define.js';
import type { OtErrorEvent, OtVisualSchedule } from '@otkit/elements';
import { button, click, items, parts, schoolDay, stateOf } from './helpers.js';

const stored = () => ({ id: 'monday', title: 'Monday', kind: 'list' as const, steps: schoolDay(), createdAt: 1 });

async function connected(
  store: OtStore,
  inner = html`<ot-visual-schedule schedule-id="monday"></ot-visual-schedule>`,
): Promise<OtVisualSchedule> {
  const provider = await fixture(html`<ot-provider .store=${store}>${inner}</ot-provider>`);
  const el = provider.querySelector('ot-visual-schedule')!;
  await store.ready;
  await el.updateComplete;
  return el;
}

describe('<ot-visual-schedule> connected to the store', () => {
  it('shows the stored schedule named by schedule-id', async () => {
    const store = createStore({ adapter: memoryAdapter({ seed: { schedules: [stored()] } }) });
    const el = await connected(store);
    expect(parts(el, 'heading')[0]!.textContent).to.equal('Monday');
    expect(items(el)).to.have.length(4);
    await expect(el).to.be.accessible();
  });

  it('persists a check-off, and a new element on the same store shows it (a reload)', async () => {
    const store = createStore({ adapter: memoryAdapter({ seed: { schedules: [stored()] } }) });
    const el = await connected(store);
    await click(button(el, 0));
    await waitUntil(() => store.schedules.get('monday')!.steps[0]!.state === 'done');
    expect(store.schedules.get('monday')!.steps[1]!.state).to.equal('now');
    const again = await connected(store);
    expect([stateOf(again, 0), stateOf(again, 1)]).to.deep.equal(['done', 'now']);
  });

  it('follows changes other code makes to the store', async () => {
    const store = createStore({ adapter: memoryAdapter({ seed: { schedules: [stored()] } }) });
    const el = await connected(store);
    await store.schedules.update('monday', (s) => ({
      steps: s.steps.map((st, i) => (i === 3 ? { ...st, state: 'skipped' as const } : st)),
    }));
    await el.updateComplete;
    expect(stateOf(el, 3)).to.equal('skipped');
  });

  it('saves a schedule written as markup at its first change', async () => {
    const store = createStore({ adapter: memoryAdapter() });
    const el = await connected(
      store,
      html`<ot-visual-schedule schedule-id="plain" heading="Therapy"
        ><ot-step symbol="swing" minutes="5">Swing</ot-step
        ><ot-step symbol="scissors">Cutting</ot-step></ot-visual-schedule
      >`,
    );
    expect(store.schedules.get('plain')).to.equal(undefined);
    await click(button(el, 0));
    await waitUntil(() => store.schedules.get('plain'));
    const saved = store.schedules.get('plain')!;
    expect(saved.title).to.equal('Therapy');
    expect(saved.steps.map((s) => [s.label, s.state])).to.deep.equal([
      ['Swing', 'done'],
      ['Cutting', 'now'],
    ]);
  });

  it('lets steps set by the page win over the store, and then leaves the store alone', async () => {
    const store = createStore({ adapter: memoryAdapter({ seed: { schedules: [stored()] } }) });
    const el = await connected(store);
    el.steps = [{ id: 'x', label: 'Portal step' }];
    await el.updateComplete;
    expect(items(el)).to.have.length(1);
    await click(button(el, 0));
    await el.updateComplete;
    expect(stateOf(el, 0)).to.equal('done');
    expect(store.schedules.get('monday')!.steps.every((s) => s.state === 'upcoming')).to.equal(true);
  });

  it('shows a readable error and keeps the stored state when a save fails', async () => {
    const base = memoryAdapter({ seed: { schedules: [stored()] } });
    const failing: OtAdapter = {
      ...base,
      kind: 'failing',
      load: () => base.load(),
      changes: () => base.changes(),
      commit: () => Promise.reject(new Error('disk full')),
    };
    const store = createStore({ adapter: failing });
    const el = await connected(store);
    const error = oneEvent(el, 'ot-error');
    await click(button(el, 0));
    expect(((await error) as OtErrorEvent).detail.error.message).to.contain('disk full');
    await el.updateComplete;
    expect(parts(el, 'error')[0]!.textContent).to.contain('disk full');
    expect(stateOf(el, 0)).to.equal('upcoming');
    expect(store.schedules.get('monday')!.steps[0]!.state).to.equal('upcoming');
  });
});

describe('<ot-visual-schedule> bad input', () => {
  it('names a step without a label, fires ot-error and keeps the last good steps', async () => {
    const el = await fixture<OtVisualSchedule>(html`<ot-visual-schedule .steps=${schoolDay()}></ot-visual-schedule>`);
    const error = oneEvent(el, 'ot-error');
    el.steps = [
      { id: 'a', label: 'Fine' },
      { id: 'b', label: '   ' },
    ];
    const detail = ((await error) as OtErrorEvent).detail;
    expect(detail.error).to.be.instanceOf(OtValidationError);
    expect((detail.error as OtValidationError).issues[0]!.path).to.deep.equal(['steps', 1, 'label']);
    await el.updateComplete;
    const shownError = parts(el, 'error')[0]!;
    expect(shownError.getAttribute('role')).to.equal('alert');
    expect(shownError.textContent).to.contain('steps[1].label');
    expect(shownError.textContent).to.contain('must not be empty');
    expect(items(el), 'the last good steps stay').to.have.length(4);
    await expect(el).to.be.accessible();
    el.steps = schoolDay().slice(0, 1);
    await el.updateComplete;
    expect(parts(el, 'error')).to.have.length(0);
  });

  it('refuses a javascript: picture with a readable reason and never renders it', async () => {
    const el = await fixture<OtVisualSchedule>(
      html`<ot-visual-schedule
        .steps=${[{ id: 'a', label: 'Bad', image: { src: 'javascript:alert(1)' } }]}
      ></ot-visual-schedule>`,
    );
    expect(parts(el, 'error')[0]!.textContent).to.contain('steps[0].image.src');
    expect(parts(el, 'error')[0]!.textContent).to.contain('javascript:');
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
  });

  it('names the bad field of declarative markup', async () => {
    const el = await fixture<OtVisualSchedule>(
      html`<ot-visual-schedule
        ><ot-step symbol="snack">Snack</ot-step><ot-step minutes="soon" src="javascript:alert(1)"></ot-step
      ></ot-visual-schedule>`,
    );
    const text = parts(el, 'error')[0]!.textContent!;
    expect(text).to.contain('steps[1].label');
    expect(text).to.contain('steps[1].minutes');
    expect(text).to.contain('steps[1].image.src');
  });

  it('writes nothing to the store when the page sets bad steps on a connected schedule', async () => {
    const store = createStore({ adapter: memoryAdapter({ seed: { schedules: [stored()] } }) });
    const el = await connected(store);
    const before = (await store.changes()).length;
    el.steps = [{ id: 'a', label: '' }];
    await el.updateComplete;
    expect(parts(el, 'error')).to.have.length(1);
    expect((await store.changes()).length).to.equal(before);
    expect(store.schedules.get('monday')!.steps).to.have.length(4);
  });

  describe('enumerated attributes', () => {
    const lists = {
      kind: '"list", "first-then"',
      layout: '"vertical", "horizontal"',
      show: '"both", "picture", "text"',
      view: '"all", "now-next"',
    };

    for (const [name, list] of Object.entries(lists)) {
      it(`names an unknown ${name}, fires ot-error and keeps the last good value`, async () => {
        const el = await fixture<OtVisualSchedule>(
          html`<ot-visual-schedule .steps=${schoolDay().slice(0, 2)}></ot-visual-schedule>`,
        );
        const good =
          name === 'layout' ? 'horizontal' : name === 'show' ? 'text' : name === 'view' ? 'now-next' : 'first-then';
        el.setAttribute(name, good);
        await el.updateComplete;
        const error = oneEvent(el, 'ot-error');
        el.setAttribute(name, 'zigzag');
        const detail = ((await error) as OtErrorEvent).detail;
        expect(detail.error).to.be.instanceOf(OtValidationError);
        expect((detail.error as OtValidationError).subject).to.equal(`attribute "${name}"`);
        expect((detail.error as OtValidationError).issues).to.deep.equal([
          { path: [name], code: 'enum', message: `must be one of ${list} (got "zigzag")` },
        ]);
        await el.updateComplete;
        const shownError = parts(el, 'error')[0]!;
        expect(shownError.getAttribute('role')).to.equal('alert');
        expect(shownError.textContent).to.contain(`${name}: must be one of ${list} (got "zigzag")`);
        expect((el as unknown as Record<string, string>)[name], 'the last good value stays in effect').to.equal(good);
        expect(items(el), 'the steps stay').to.have.length(2);
        await expect(el).to.be.accessible();
        expect(el.getAttribute(name), 'the attribute says what is in effect').to.equal(good);
        // A good value clears the error.
        el.setAttribute(name, list.slice(1, list.indexOf('"', 1)));
        await el.updateComplete;
        expect(parts(el, 'error')).to.have.length(0);
      });
    }

    it('keeps the layout on screen: an unknown layout leaves a horizontal strip horizontal', async () => {
      const el = await fixture<OtVisualSchedule>(
        html`<ot-visual-schedule layout="horizontal" .steps=${schoolDay()}></ot-visual-schedule>`,
      );
      el.setAttribute('layout', 'diagonal');
      await el.updateComplete;
      const [a, b] = items(el).map((li) => li.getBoundingClientRect());
      expect(b!.left).to.be.above(a!.right - 1);
      expect(parts(el, 'error')[0]!.textContent).to.contain('layout');
    });

    it('names unknown values written in the markup, and shows the steps with the defaults', async () => {
      const el = await fixture<OtVisualSchedule>(
        html`<ot-visual-schedule kind="first-thne" show="pictures" view="next"
          ><ot-step>Work</ot-step><ot-step>Swing</ot-step></ot-visual-schedule
        >`,
      );
      const text = parts(el, 'error')[0]!.textContent!;
      for (const name of ['kind', 'show', 'view']) expect(text).to.contain(`${name}: must be one of`);
      expect(items(el).map((li) => li.querySelector('[part~="label"]')!.textContent)).to.deep.equal(['Work', 'Swing']);
      expect(parts(el, 'picture')).to.have.length(0);
    });

    it('takes a removed attribute as its default, with no error', async () => {
      const el = await fixture<OtVisualSchedule>(
        html`<ot-visual-schedule
          kind="first-then"
          layout="horizontal"
          show="text"
          view="now-next"
          .steps=${schoolDay().slice(0, 2)}
        ></ot-visual-schedule>`,
      );
      for (const name of ['kind', 'layout', 'show', 'view']) el.removeAttribute(name);
      await el.updateComplete;
      expect(parts(el, 'error')).to.have.length(0);
      expect(parts(el, 'caption')).to.have.length(0);
      const [a, b] = items(el).map((li) => li.getBoundingClientRect());
      expect(b!.top).to.be.above(a!.bottom - 1);
    });

    it('keeps a stored first–then board when the page writes an unknown kind', async () => {
      const board = {
        id: 'ft',
        title: 'Work then play',
        kind: 'first-then' as const,
        steps: schoolDay().slice(0, 2),
        createdAt: 1,
      };
      const store = createStore({ adapter: memoryAdapter({ seed: { schedules: [board] } }) });
      const el = await connected(store, html`<ot-visual-schedule schedule-id="ft" kind="board"></ot-visual-schedule>`);
      expect(parts(el, 'error')[0]!.textContent).to.contain('kind: must be one of "list", "first-then" (got "board")');
      expect(parts(el, 'caption').map((c) => c.textContent!.trim())).to.deep.equal(['First', 'Then']);
    });
  });

  it('never throws on nonsense values', async () => {
    const el = await fixture<OtVisualSchedule>(html`<ot-visual-schedule></ot-visual-schedule>`);
    for (const value of [42, 'steps', [null], [{}], { length: 2 }] as unknown[]) {
      el.steps = value as [];
      await el.updateComplete;
      expect(parts(el, 'error'), String(value)).to.have.length(1);
    }
    // null means "not set by the page": the element falls back to its markup (none here).
    el.steps = null as unknown as undefined;
    await el.updateComplete;
    expect(parts(el, 'empty')).to.have.length(1);
    el.kind = 'zigzag' as 'list';
    el.steps = [{ id: 'a', label: 'A' }];
    await el.updateComplete;
    expect(parts(el, 'error')[0]!.textContent).to.contain('kind');
  });
});
