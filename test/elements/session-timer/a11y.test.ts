import { expect, html } from '@open-wc/testing';
import { emulateMedia } from '../../helpers/media.js';
import { sessionTemplate } from '@otkit/sdk';
import { M, click, part, root, text, tick, timeLeft, timer } from './helpers.js';

describe('<ot-session-timer> accessibility', () => {
  afterEach(async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    await emulateMedia({ forcedColors: 'none' });
  });

  it('is accessible before the start, with a timer role and a polite status region', async () => {
    const { el } = await timer();
    await expect(el).to.be.accessible();
    expect(root(el).querySelector('[role="timer"]')).to.exist;
    const region = part(el, 'announcer')!;
    expect(region.getAttribute('role')).to.equal('status');
    expect(region.getAttribute('aria-live')).to.equal('polite');
    const progress = part(el, 'progress')!;
    expect(progress.getAttribute('role')).to.equal('progressbar');
    expect(progress.getAttribute('aria-valuetext')).to.equal('Session: 0 of 60 min');
  });

  it('is accessible running, in the warning, over time, paused, with each panel open, and ended', async () => {
    const { el, clock } = await timer();
    await click(el, 'Start session');
    await expect(el).to.be.accessible();
    await tick(el, clock, 4.5 * M);
    expect(part(el, 'base')!.className).to.contain('warn');
    await expect(el).to.be.accessible();
    await tick(el, clock, M);
    expect(timeLeft(el)).to.equal('+0:30');
    await expect(el).to.be.accessible();
    await click(el, 'Pause');
    expect(text(el, 'panel')).to.contain('Why pause?');
    await expect(el).to.be.accessible();
    await click(el, 'Break');
    await expect(el).to.be.accessible();
    await click(el, 'End session');
    await expect(el).to.be.accessible();
    await click(el, 'Completed');
    expect(text(el, 'phase')).to.equal('Session ended: completed');
    await expect(el).to.be.accessible();
  });

  it('is accessible with the incident form open, also when it reports missing fields', async () => {
    const { el } = await timer();
    await click(el, 'Start session');
    await click(el, 'Pause');
    await click(el, 'Emergency');
    await expect(el).to.be.accessible();
    await click(el, 'Save incident');
    expect(root(el).querySelector('textarea[name="what"]')!.getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('is accessible as a bar, compact, locked, in Spanish and right to left', async () => {
    const cases: [ReturnType<typeof html>, string | undefined][] = [
      [html`<ot-session-timer appearance="bar"></ot-session-timer>`, 'Start session'],
      [html`<ot-session-timer compact></ot-session-timer>`, 'Start session'],
      [html`<ot-session-timer locked minutes-only></ot-session-timer>`, undefined],
      [html`<ot-session-timer lang="es"></ot-session-timer>`, 'Empezar sesión'],
      [html`<ot-session-timer dir="rtl" lang="ar" appearance="bar"></ot-session-timer>`, 'Start session'],
    ];
    for (const [template, start] of cases) {
      const { el } = await timer(template);
      if (start) await click(el, start);
      await expect(el).to.be.accessible();
    }
  });

  it('is accessible in its error state', async () => {
    const { el } = await timer(html`<ot-session-timer minutes="0"></ot-session-timer>`);
    expect(part(el, 'error')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('gives every control a target of at least 44 px', async () => {
    const { el } = await timer();
    await click(el, 'Start session');
    for (const b of root(el).querySelectorAll('button')) {
      const r = b.getBoundingClientRect();
      expect(r.width, b.textContent!).to.be.at.least(44);
      expect(r.height, b.textContent!).to.be.at.least(44);
    }
  });

  it('keeps a visible countdown in forced colors, drawn in system colours', async () => {
    const { el } = await timer(html`<ot-session-timer appearance="bar"></ot-session-timer>`);
    await emulateMedia({ forcedColors: 'active' });
    await el.updateComplete;
    const probe = document.createElement('div');
    probe.style.color = 'Highlight';
    document.body.append(probe);
    const highlight = getComputedStyle(probe).color;
    probe.remove();
    const fill = part(el, 'bar')!.querySelector('span')!;
    expect(getComputedStyle(fill).backgroundColor).to.equal(highlight);
    expect(fill.getBoundingClientRect().width).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
    const disc = await timer();
    await emulateMedia({ forcedColors: 'active' });
    const sector = [...part(disc.el, 'face')!.querySelectorAll('span')];
    expect(sector.map((half) => getComputedStyle(half).backgroundColor)).to.deep.equal([highlight, highlight]);
  });

  it('moves the countdown by transform animations only, without transitions, and holds it under reduced motion', async () => {
    const { el } = await timer(html`<ot-session-timer appearance="bar"></ot-session-timer>`);
    await click(el, 'Start session');
    const animations = root(el).getAnimations();
    // The bar and the session progress: properties the compositor animates alone, nothing that needs layout.
    expect(animations).to.have.length(2);
    for (const animation of animations) {
      const properties = (animation.effect as KeyframeEffect).getKeyframes().flatMap((k) => Object.keys(k));
      expect(
        new Set(properties.filter((p) => !['offset', 'easing', 'composite', 'computedOffset'].includes(p))),
      ).to.deep.equal(new Set(['transform']));
      expect(animation.playState).to.equal('running');
    }
    expect(getComputedStyle(part(el, 'bar')!.querySelector('span')!).transitionDuration).to.equal('0s');
    await emulateMedia({ reducedMotion: 'reduce' });
    el.requestUpdate();
    await el.updateComplete;
    expect(
      root(el)
        .getAnimations()
        .map((a) => a.playState),
    ).to.deep.equal(['paused', 'paused']);
  });

  it('shows the time left as a share of the face that holds the phase on the disc, and of the phase on the bar', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const angle = (half: Element) => {
      const m = new DOMMatrixReadOnly(getComputedStyle(half).transform);
      return Math.round((Math.atan2(m.b, m.a) * 180) / Math.PI);
    };
    const halves = (el: HTMLElement) => [...part(el, 'face')!.querySelectorAll('span')].map(angle);
    const { el, clock } = await timer(html`<ot-session-timer .phases=${sessionTemplate(60)}></ot-session-timer>`);
    // 5 minutes on a 5-minute face: the whole disc.
    expect(halves(el)).to.deep.equal([180, 180]);
    el.phases = [{ id: 'targeted', minutes: 45 }];
    await el.updateComplete;
    expect(halves(el)).to.deep.equal([180, 90]);
    el.phases = sessionTemplate(60);
    el.appearance = 'bar';
    await el.updateComplete;
    const share = () => {
      const bar = part(el, 'bar')!;
      return bar.querySelector('span')!.getBoundingClientRect().width / (bar.getBoundingClientRect().width - 4);
    };
    expect(share()).to.be.closeTo(1, 0.01);
    await click(el, 'Start session');
    await tick(el, clock, 2.5 * M);
    expect(share()).to.be.closeTo(0.5, 0.01);
  });
});
