import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, type TemplateResult } from 'lit';
import { DwellController, ScanController, type OtScanOptions } from '@otkit/elements';
import { manualScheduler, type ManualScheduler } from '../helpers/manual-scheduler.js';

/** A minimal host: what another element reusing the controllers would write. */
class TestScanHost extends LitElement {
  rows: string[][] = [
    ['a', 'b', 'c'],
    ['d', 'e'],
  ];
  options: OtScanOptions = {
    mode: 'auto',
    pattern: 'linear',
    interval: 100,
    firstDelay: 50,
    rounds: 2,
    nextKeys: ['Space'],
    selectKeys: ['Enter'],
  };
  time: ManualScheduler = manualScheduler();
  chosen: string[] = [];
  cues: string[] = [];
  stops = 0;
  readonly scan = new ScanController<string>(this, {
    rows: () => this.rows,
    options: () => this.options,
    select: (item) => this.chosen.push(item),
    cue: (items, group) => this.cues.push(group ? `row:${items.join('')}` : items[0]!),
    stopped: () => this.stops++,
    scheduler: () => this.time,
  });
  readonly dwell = new DwellController<string>(this, {
    time: () => 300,
    select: (t) => this.chosen.push(`dwell:${t}`),
    scheduler: () => this.time,
  });
  override render(): TemplateResult {
    return html`${this.scan.highlight.join('')}`;
  }
}
customElements.define('test-scan-host', TestScanHost);

const key = (k: string, repeat = false) => new KeyboardEvent('keydown', { key: k, repeat });

async function host(options: Partial<OtScanOptions> = {}) {
  const el = await fixture<TestScanHost>(html`<test-scan-host></test-scan-host>`);
  el.options = { ...el.options, ...options };
  return el;
}

describe('ScanController', () => {
  it('does nothing until started, then highlights and re-renders its host', async () => {
    const el = await host();
    expect(el.scan.running).to.equal(false);
    el.scan.start();
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.equal('a');
    expect(el.cues).to.deep.equal(['a']);
  });

  it('auto: steps each interval, extra time on the first item, stops after the rounds and says so', async () => {
    const el = await host();
    el.scan.start();
    const seen: string[] = [];
    for (let t = 0; t < 12; t++) {
      seen.push(el.scan.highlight.join(''));
      el.time.advance(50);
    }
    expect(seen.join(' ')).to.equal('a a a b b c c d d e e a');
    el.time.advance(2000);
    expect(el.scan.running).to.equal(false);
    expect(el.stops).to.equal(1);
    expect(el.scan.highlight).to.deep.equal([]);
  });

  it('plans each step from the planned time, so late timers do not add up; after a long stall it starts afresh', async () => {
    const el = await host({ firstDelay: 0, rounds: 99 });
    const base = el.time;
    let lateBy = 30;
    // Every timer fires `lateBy` ms late, as busy pages do.
    el.time = { ...base, now: base.now, set: (run, ms) => base.set(run, ms + lateBy), clear: base.clear };
    el.scan.start();
    base.advance(130);
    expect(el.scan.highlight).to.deep.equal(['b']);
    base.advance(100); // planned at 200, fired at 230
    expect(el.scan.highlight).to.deep.equal(['c']);
    base.advance(100); // planned at 300, fired at 330: late, but not later and later
    expect(el.scan.highlight).to.deep.equal(['d']);
    lateBy = 10_000; // a sleeping laptop
    base.advance(10_070);
    expect(el.scan.highlight).to.deep.equal(['e']);
    lateBy = 0;
    base.advance(99);
    expect(el.scan.highlight).to.deep.equal(['e']);
    base.advance(1);
    expect(el.scan.highlight).to.deep.equal(['a']);
  });

  it('row–column: a select enters the row; rounds inside a row go back to rows', async () => {
    const el = await host({ pattern: 'row-column', firstDelay: 0, rounds: 1 });
    el.scan.start();
    expect([el.scan.group, el.scan.highlight]).to.deep.equal([true, ['a', 'b', 'c']]);
    el.time.advance(100);
    expect(el.scan.highlight).to.deep.equal(['d', 'e']);
    el.scan.handleKey(key('Enter'));
    expect([el.scan.group, el.scan.highlight]).to.deep.equal([false, ['d']]);
    el.time.advance(200);
    expect([el.scan.group, el.scan.highlight]).to.deep.equal([true, ['a', 'b', 'c']]);
    expect(el.cues).to.deep.equal(['row:abc', 'row:de', 'd', 'e', 'row:abc']);
  });

  it('row–column with one row scans its items directly', async () => {
    const el = await host({ pattern: 'row-column' });
    el.rows = [['x', 'y'], []];
    el.scan.start();
    expect([el.scan.group, el.scan.highlight]).to.deep.equal([false, ['x']]);
  });

  it('step: next and select keys; Escape stops; a switch starts it again; repeats and other keys are ignored', async () => {
    const el = await host({ mode: 'step' });
    expect(el.scan.handleKey(key('Space'))).to.equal(true);
    expect(el.scan.highlight).to.deep.equal(['a']);
    el.time.advance(10_000);
    expect(el.scan.highlight).to.deep.equal(['a']);
    el.scan.handleKey(key('Space'));
    el.scan.handleKey(key('Space', true));
    expect(el.scan.highlight).to.deep.equal(['b']);
    expect(el.scan.handleKey(key('x'))).to.equal(false);
    el.scan.handleKey(key('Enter'));
    expect(el.chosen).to.deep.equal(['b']);
    expect(el.scan.highlight).to.deep.equal(['a']);
    expect(el.scan.handleKey(key('Escape'))).to.equal(true);
    expect(el.scan.running).to.equal(false);
    expect(el.scan.handleKey(key('Escape'))).to.equal(false);
  });

  it('pause holds the highlight; a switch or resume goes on', async () => {
    const el = await host({ firstDelay: 0 });
    el.scan.start();
    el.scan.pause();
    el.time.advance(1000);
    expect(el.scan.highlight).to.deep.equal(['a']);
    el.scan.handleKey(key('Space'));
    expect(el.scan.paused).to.equal(false);
    el.time.advance(100);
    expect(el.scan.highlight).to.deep.equal(['b']);
  });

  it('follows items that change while scanning, and stops its timer when the host leaves the page', async () => {
    const el = await host({ firstDelay: 0 });
    el.scan.start();
    el.rows = [['z']];
    el.time.advance(100);
    expect(el.scan.highlight).to.deep.equal(['z']);
    el.remove();
    expect(el.time.pending).to.equal(0);
  });

  it('is off when the mode is off', async () => {
    const el = await host({ mode: 'off' });
    expect(el.scan.handleKey(key('Space'))).to.equal(false);
  });
});

describe('DwellController', () => {
  it('chooses after the dwell time, once per visit; leaving cancels', async () => {
    const el = await host();
    el.dwell.enter('a');
    expect(el.dwell.target).to.equal('a');
    el.time.advance(299);
    el.dwell.enter('a');
    el.time.advance(1);
    expect(el.chosen).to.deep.equal(['dwell:a']);
    expect(el.dwell.target).to.equal(undefined);
    el.dwell.enter('a');
    el.time.advance(1000);
    expect(el.chosen).to.deep.equal(['dwell:a']);
    el.dwell.leave();
    el.dwell.enter('a');
    el.time.advance(100);
    el.dwell.leave();
    el.time.advance(1000);
    expect(el.chosen).to.deep.equal(['dwell:a']);
  });
});
