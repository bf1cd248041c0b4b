import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { createManualClock } from '@otkit/sdk';
import '@otkit/elements/define.js';
import { findLowTextContrast } from '../../scripts/text-contrast.mjs';
import { makeBoard } from './choice-board/helpers.js';
import { GOALS, T0 } from './goal-stack/helpers.js';
import { schoolDay } from './visual-schedule/helpers.js';
import { loadTokens } from '../helpers/media.js';

// Issue 16, case 2: the elements painted no background but switched to light text, so a dark theme (chosen, or
// the device's) on a white portal page gave white on white. Each element must paint its own themed surface.

const ELEMENTS: Record<string, () => TemplateResult> = {
  'ot-session-timer': () => html`<ot-session-timer .clock=${createManualClock(T0)}></ot-session-timer>`,
  'ot-visual-schedule': () => html`<ot-visual-schedule .steps=${schoolDay()}></ot-visual-schedule>`,
  'ot-choice-board': () => html`<ot-choice-board label="Break" .board=${makeBoard(6)}></ot-choice-board>`,
  'ot-goal-stack': () => html`<ot-goal-stack .clock=${createManualClock(T0)} .goals=${GOALS}></ot-goal-stack>`,
};

/** A portal's own white page, with OT Kit's tokens loaded. */
async function whitePage(): Promise<void> {
  const page = document.createElement('style');
  page.textContent = 'html, body { background: #ffffff; color: #1b1f24; }';
  document.head.append(page);
  await loadTokens();
}

async function lowContrast(host: Element): Promise<string[]> {
  for (const el of host.querySelectorAll('*'))
    await (el as Partial<{ updateComplete: Promise<unknown> }>).updateComplete;
  return findLowTextContrast(host).map((f) => `"${f.text}" ${f.color} on ${f.background} ${f.ratio}:1 (${f.where})`);
}

describe('themes on a white portal page', () => {
  before(whitePage);
  afterEach(() => executeServerCommand('otkit-emulate-media', { colorScheme: 'light' }));

  for (const [tag, template] of Object.entries(ELEMENTS)) {
    describe(`<${tag}>`, () => {
      for (const theme of ['light', 'dark', 'high-contrast']) {
        it(`is readable with data-ot-theme="${theme}" on a wrapper`, async () => {
          const host = await fixture(html`<div data-ot-theme=${theme}>${template()}</div>`);
          expect(await lowContrast(host)).to.deep.equal([]);
        });
      }

      it('is readable inside <ot-provider theme="dark">', async () => {
        const host = await fixture(html`<ot-provider storage="memory" theme="dark">${template()}</ot-provider>`);
        expect(await lowContrast(host)).to.deep.equal([]);
      });

      it('is readable with no theme chosen on a device in dark mode', async () => {
        await executeServerCommand('otkit-emulate-media', { colorScheme: 'dark' });
        const host = await fixture(html`<div>${template()}</div>`);
        expect(await lowContrast(host)).to.deep.equal([]);
      });
    });
  }

  it('leaves the page’s own text inside <ot-provider theme="dark"> in the page’s colours', async () => {
    const host = await fixture(html`<ot-provider storage="memory" theme="dark"><p>Portal text</p></ot-provider>`);
    expect(await lowContrast(host)).to.deep.equal([]);
  });
});
