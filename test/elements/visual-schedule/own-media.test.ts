import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createStore } from '@otkit/sdk';
import '@otkit/elements/define.js';
import type { OtVisualSchedule } from '@otkit/elements';
import { controlledAdapter, deferred } from '../../helpers/sdk-testing.js';
import { button, items, parts, schoolDay, stateOf } from './helpers.js';

/** A 1×1 PNG, as an own picture would be stored. */
const DOT =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
const SOUND = 'data:audio/wav;base64,UklGRiQAAABXQVZFZm10IBAAAAABAAEAQB8AAEAfAAABAAgAZGF0YQAAAAA=';

/** Records the sources the page asks to play (headless Chromium may refuse to really play them). */
function listenForPlays(): { played: string[]; restore: () => void } {
  const played: string[] = [];
  const play = HTMLMediaElement.prototype.play;
  HTMLMediaElement.prototype.play = function (this: HTMLMediaElement) {
    played.push(this.src);
    return Promise.resolve();
  };
  return { played, restore: () => (HTMLMediaElement.prototype.play = play) };
}

describe('<ot-visual-schedule> own pictures and sounds', () => {
  it('shows an own picture with <img> and plays a step’s own sound when it is tapped', async () => {
    const steps = schoolDay().map((step, i) =>
      i === 0 ? { ...step, image: { src: DOT }, sound: { src: SOUND } } : step,
    );
    const el = await fixture<OtVisualSchedule>(html`<ot-visual-schedule .steps=${steps}></ot-visual-schedule>`);
    expect(items(el)[0]!.querySelector('img')!.getAttribute('src')).to.equal(DOT);
    const { played, restore } = listenForPlays();
    try {
      button(el, 1).click();
      await el.updateComplete;
      expect(played, 'a step without a sound plays nothing').to.deep.equal([]);
      button(el, 0).click();
      await el.updateComplete;
      expect(played).to.deep.equal([SOUND]);
      expect(stateOf(el, 0)).to.equal('done');
    } finally {
      restore();
    }
    await expect(el).to.be.accessible();
  });

  it('refuses a step sound the URL policy refuses, naming the field', async () => {
    const steps = schoolDay().map((step, i) => (i === 1 ? { ...step, sound: { src: 'javascript:alert(1)' } } : step));
    const el = await fixture<OtVisualSchedule>(html`<ot-visual-schedule .steps=${steps}></ot-visual-schedule>`);
    expect(parts(el, 'error')[0]!.textContent).to.match(/steps\[1\]\.sound\.src/);
  });
});

describe('<ot-visual-schedule> saving', () => {
  it('shows a step change as saving until the store has committed it, then as saved', async () => {
    const adapter = controlledAdapter({
      seed: { schedules: [{ id: 'monday', title: 'Monday', kind: 'list', steps: schoolDay(), createdAt: 1 }] },
    });
    const release = deferred();
    const store = createStore({ adapter });
    const provider = await fixture(
      html`<ot-provider .store=${store}><ot-visual-schedule schedule-id="monday"></ot-visual-schedule></ot-provider>`,
    );
    const el = provider.querySelector('ot-visual-schedule')!;
    await store.ready;
    await el.updateComplete;
    expect(parts(el, 'save-state')).to.deep.equal([]);
    adapter.hold = release.promise;
    const committed = adapter.attempts.length;
    button(el, 0).click();
    await waitUntil(() => adapter.attempts.length === committed + 1, 'the commit held');
    await el.updateComplete;
    // The store shows the change at once; the schedule says it is not on disk yet.
    expect(stateOf(el, 0)).to.equal('done');
    expect(items(el)[0]!.getAttribute('part')!.split(' ')).to.include('pending');
    const saving = parts(el, 'save-state')[0]!;
    expect(saving.textContent!.trim()).to.equal('Saving…');
    expect(saving.getAttribute('role')).to.equal('status');
    await expect(el).to.be.accessible();
    release.resolve();
    await waitUntil(() => parts(el, 'save-state')[0]?.textContent!.trim() === 'Saved', 'saved');
    expect(items(el)[0]!.getAttribute('part')!.split(' ')).not.to.include('pending');
    expect(store.schedules.get('monday')!.steps[0]!.state).to.equal('done');
  });
});
