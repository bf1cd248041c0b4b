import { expect, fixture } from '@open-wc/testing';
import type { OtSessionTimer } from '@otkit/elements';
import * as stories from '../../../stories/ot-session-timer.stories.js';
import { settle } from './helpers.js';

type AnyStory = {
  args?: object;
  render?: (args: never, context: never) => unknown;
  play?: (context: { canvasElement: HTMLElement }) => Promise<void>;
};

/** "Axe-clean in every story state": each story, rendered as Storybook would (args, render, play). */
describe('<ot-session-timer> stories', () => {
  const meta = stories.default as AnyStory;
  for (const [name, story] of Object.entries(stories) as [string, AnyStory][]) {
    if (name === 'default') continue;
    it(`${name} renders and is accessible`, async () => {
      const render = (story.render ?? meta.render)!;
      const host = await fixture<HTMLElement>(render({ ...meta.args, ...story.args } as never, {} as never) as never);
      const el = (
        host.localName === 'ot-session-timer' ? host : host.querySelector('ot-session-timer')
      ) as OtSessionTimer;
      await settle(el);
      await story.play?.({ canvasElement: host.parentElement! });
      await settle(el);
      const shown = el.shadowRoot!.querySelector('[part="base"]')!;
      // The child view shows the phase as its picture only; every other story names it.
      const expected =
        name === 'BadInput' ? '[part="error"]' : name.startsWith('ChildView') ? '[part~="picture"]' : '[part="phase"]';
      expect(shown.querySelector(expected), name).to.exist;
      await expect(host).to.be.accessible();
    });
  }

  it('the emergency story opens the incident form', async () => {
    const story = stories.Emergency as AnyStory;
    const host = await fixture<HTMLElement>(
      meta.render!({ ...meta.args, ...story.args } as never, {} as never) as never,
    );
    await story.play!({ canvasElement: host.parentElement! });
    await settle(host as OtSessionTimer);
    expect(host.shadowRoot!.querySelector('form[part="panel"]')).to.exist;
  });
});
