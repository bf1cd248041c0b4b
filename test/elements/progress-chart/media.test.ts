import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import type { OtGoal } from '@otkit/sdk';
import '@otkit/elements/ot-progress-chart.js';
import type { OtProgressChart } from '@otkit/elements/ot-progress-chart.js';
import { PROGRESS_CASELOAD } from '../../../stories/data/progress-caseload.js';

const goals = PROGRESS_CASELOAD.goals as OtGoal[];
const chart = () =>
  fixture<OtProgressChart>(
    html`<ot-progress-chart .goals=${goals} .entries=${PROGRESS_CASELOAD.progressEntries}></ot-progress-chart>`,
  );
const inChart = (el: OtProgressChart, selector: string) =>
  el.shadowRoot!.querySelector<SVGElement>(`[part=chart] ${selector}`)!;
const shown = (node: Element) => getComputedStyle(node).display !== 'none';

describe('<ot-progress-chart> media', () => {
  afterEach(async () => {
    await emulateMedia({ media: 'screen', reducedMotion: 'no-preference' });
    // emulateMedia drops forcedColors under this launcher: the config's command speaks CDP directly.
    await executeServerCommand('otkit-emulate-media', { forcedColors: 'none' });
  });

  it('draws with system colours in forced-colours mode', async () => {
    const el = await chart();
    const accent = getComputedStyle(inChart(el, '.series.percent')).stroke;
    await executeServerCommand('otkit-emulate-media', { forcedColors: 'active' });
    const text = getComputedStyle(el.shadowRoot!.querySelector('[part=chart]')!).color;
    expect(getComputedStyle(inChart(el, '.series.percent')).stroke).to.equal(text);
    expect(getComputedStyle(inChart(el, '.series.assistance')).stroke).to.equal(text);
    expect(getComputedStyle(inChart(el, '.marker.percent')).fill).to.equal(text);
    expect(text).to.not.equal(accent);
    await expect(el).to.be.accessible();
  });

  it('prints the chart without its buttons', async () => {
    const el = await chart();
    const views = el.shadowRoot!.querySelector('[part=views]')!;
    expect(shown(views)).to.equal(true);
    await emulateMedia({ media: 'print' });
    expect(shown(views)).to.equal(false);
    expect(shown(el.shadowRoot!.querySelector('[part=chart]')!)).to.equal(true);
    expect(getComputedStyle(inChart(el, '.series.percent')).stroke).to.equal('rgb(0, 0, 0)');
  });

  it('drops the focus transition with reduced motion', async () => {
    const el = await chart();
    expect(parseFloat(getComputedStyle(inChart(el, '.column')).transitionDuration)).to.be.above(0.05);
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(parseFloat(getComputedStyle(inChart(el, '.column')).transitionDuration)).to.be.below(0.001);
  });
});
