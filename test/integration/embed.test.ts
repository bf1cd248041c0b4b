/**
 * The LMS embed pages as built (packages/embed/dist, made by `npm run build`), each opened in a sandboxed
 * iframe the way an LMS page frames it, served with the strict Content-Security-Policy header.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { encodeScheduleFragment, type OtEmbedScheduleInput } from '@otkit/sdk';
import type { OtVisualSchedule } from '@otkit/elements';
import type { OtEmbedMessage } from '../../packages/embed/src/page.js';

const DIST = '/packages/embed/dist/';
const SAME_ORIGIN = 'allow-scripts allow-same-origin';

const SCHOOL_DAY: OtEmbedScheduleInput = {
  title: 'Room 4 — Monday',
  steps: [
    { label: 'Circle time', image: { symbol: 'circle-time' }, timeOfDay: '08:30', minutes: 15 },
    { label: 'Reading', image: { symbol: 'reading' }, timeOfDay: '08:45', minutes: 30 },
    { label: 'Snack', image: { symbol: 'snack' }, timeOfDay: '09:15', minutes: 15 },
    {
      label: 'Choice time',
      timeOfDay: '09:30',
      choices: [
        { label: 'Swing', image: { symbol: 'swing' } },
        { label: 'Blocks', image: { symbol: 'blocks' } },
      ],
    },
  ],
};

interface Framed {
  iframe: HTMLIFrameElement;
  violations: string[];
  messages: OtEmbedMessage[];
}

const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((f) => f.remove()));

/** Frames `src` with `sandbox`, listening for CSP violations from its first byte and for its messages. */
async function frame(src: string, sandbox = SAME_ORIGIN, wait = true): Promise<Framed> {
  const iframe = document.createElement('iframe');
  iframe.setAttribute('sandbox', sandbox);
  iframe.width = '900';
  iframe.height = '800';
  iframe.src = src;
  const violations: string[] = [];
  const messages: OtEmbedMessage[] = [];
  window.addEventListener('message', (e: MessageEvent) => {
    if (e.source === iframe.contentWindow && (e.data as OtEmbedMessage)?.source === 'otkit-embed')
      messages.push(e.data as OtEmbedMessage);
  });
  document.body.append(iframe);
  frames.push(iframe);
  // A same-origin frame keeps its first Window through its first navigation, so this listener hears
  // violations from the first byte of the page (the negative control below proves it).
  if (sandbox.includes('allow-same-origin'))
    iframe.contentWindow!.addEventListener('securitypolicyviolation', (e) =>
      violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  if (wait) await waitUntil(() => messages.length > 0, `${src.slice(0, 60)} reported`, { timeout: 15_000 });
  return { iframe, violations, messages };
}

/** Labels and states of the schedule shown in a same-origin frame. */
async function shownSteps(iframe: HTMLIFrameElement): Promise<string[]> {
  const el = iframe.contentDocument!.querySelector<OtVisualSchedule>('ot-visual-schedule')!;
  await el.updateComplete;
  return [...el.shadowRoot!.querySelectorAll('[part~="step"]')].map((li) =>
    [...li.querySelectorAll('[part~="label"]')].map((l) => l.textContent!.trim()).join(' | '),
  );
}

describe('@otkit/embed pages', () => {
  it('the violation listener hears an inline style blocked by the strict header (negative control)', async () => {
    const { violations } = await frame('/test/csp/embed-negative-control.html', SAME_ORIGIN, false);
    await waitUntil(() => violations.length > 0, 'a violation');
    expect(violations[0]).to.contain('style-src');
  });

  describe('schedule.html', () => {
    it('shows the schedule of the fragment inside a sandboxed iframe, under strict CSP, with no request beyond its own files', async () => {
      const fragment = await encodeScheduleFragment(SCHOOL_DAY);
      const { iframe, violations, messages } = await frame(`${DIST}schedule.html${fragment}`);
      expect(messages[0]).to.include({ status: 'ready', steps: 4, storage: 'indexeddb' });
      expect(await shownSteps(iframe)).to.deep.equal(['Circle time', 'Reading', 'Snack', 'Choice time: pick one']);
      const doc = iframe.contentDocument!;
      expect(doc.title).to.equal('Room 4 — Monday');
      expect(doc.querySelector('ot-visual-schedule')!.shadowRoot!.querySelector('h2')!.textContent).to.equal(
        'Room 4 — Monday',
      );
      const requests = iframe.contentWindow!.performance.getEntriesByType('resource').map((r) => r.name);
      expect(requests.length).to.be.above(0);
      // The test server adds its own live-reload script to every HTML page it serves; anything else must be ours.
      for (const url of requests.filter((u) => !u.includes('/__web-dev-server')))
        expect(url.startsWith(`${location.origin}${DIST}`), url).to.equal(true);
      expect(violations).to.deep.equal([]);
      // The test server sends the strict policy as a header, and the page carries it too (for static hosts).
      expect((await fetch(`${DIST}schedule.html`)).headers.get('content-security-policy')).to.contain(
        "require-trusted-types-for 'script'",
      );
      expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')).to.contain(
        "connect-src 'none'",
      );
      doc.body.setAttribute('style', 'outline: 5px solid red');
      // Refused once by each policy (header and meta): the listener hears the page's violations.
      await waitUntil(() => violations.length === 2, 'an inline style is refused in the page');
      expect(violations.every((v) => v.startsWith('style-src-attr'))).to.equal(true);
    });

    it('keeps today’s ticks across a reload of the frame', async () => {
      const fragment = await encodeScheduleFragment({ ...SCHOOL_DAY, title: `Reload ${Math.random()}` });
      const first = await frame(`${DIST}schedule.html${fragment}`);
      const el = first.iframe.contentDocument!.querySelector<OtVisualSchedule>('ot-visual-schedule')!;
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="check"]')!.click();
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="step"]')!.getAttribute('part')!.includes('done'));
      // Give the IndexedDB write its moment, then open the same link again.
      await new Promise((r) => setTimeout(r, 200));
      const second = await frame(`${DIST}schedule.html${fragment}`);
      const again = second.iframe.contentDocument!.querySelector<OtVisualSchedule>('ot-visual-schedule')!;
      await waitUntil(
        () => again.shadowRoot!.querySelector('[part~="step"]')?.getAttribute('part')!.includes('done'),
        'the tick survived',
      );
    });

    it('still shows the schedule when storage is unavailable (sandbox without allow-same-origin)', async () => {
      const fragment = await encodeScheduleFragment(SCHOOL_DAY);
      const { messages } = await frame(`${DIST}schedule.html${fragment}`, 'allow-scripts');
      expect(messages[0]).to.include({ status: 'ready', steps: 4, storage: 'memory' });
      expect(messages[0]!.height).to.be.above(200);
    });

    it('follows a change of the fragment (hashchange)', async () => {
      const { iframe } = await frame(`${DIST}schedule.html${await encodeScheduleFragment(SCHOOL_DAY)}`);
      iframe.contentWindow!.location.hash = await encodeScheduleFragment({
        title: 'Afternoon',
        steps: [{ label: 'Bus', image: { symbol: 'bus' } }],
      });
      await waitUntil(async () => (await shownSteps(iframe)).join() === 'Bus', 'the new schedule');
    });

    for (const [name, make, expected] of [
      ['an empty link', async () => '', 'There is no schedule in this link yet'],
      ['a malformed link', async () => '#hello', 'does not hold a schedule'],
      ['a truncated link', async () => (await encodeScheduleFragment(SCHOOL_DAY)).slice(0, -12), 'cut short'],
      ['an unknown version', async () => '#v9.AAAA', 'newer version'],
      ['an oversize link', async () => `#v1.${'A'.repeat(9000)}`, 'too big'],
      [
        'a javascript: picture',
        async () => {
          // Packed by hand: the builder and encodeScheduleFragment refuse to make such a link.
          const json = JSON.stringify(['Bad', [['Snack', 'javascript:alert(1)']]]);
          const bytes = new Uint8Array(
            await new Response(
              new Blob([json]).stream().pipeThrough(new CompressionStream('deflate-raw')),
            ).arrayBuffer(),
          );
          return `#v1.${btoa(String.fromCharCode(...bytes))
            .replace(/\+/g, '-')
            .replace(/\//g, '_')
            .replace(/=+$/, '')}`;
        },
        'Step 1 (steps[0].image.src)',
      ],
    ] as const) {
      it(`shows a friendly message for ${name}`, async () => {
        const { iframe, messages, violations } = await frame(`${DIST}schedule.html${await make()}`);
        expect(messages[0]!.status).to.equal('problem');
        const alert = iframe.contentDocument!.querySelector('[role="alert"]')!;
        expect(alert.querySelector('h1')!.textContent).to.equal('This schedule cannot be shown');
        expect(alert.textContent).to.contain(expected);
        expect(violations).to.deep.equal([]);
      });
    }

    it('shows a step without a label as a readable problem, and nothing else', async () => {
      const json = JSON.stringify(['Day', [['Snack'], ['  ']]]);
      const bytes = new Uint8Array(
        await new Response(new Blob([json]).stream().pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer(),
      );
      const fragment = `#v1.${btoa(String.fromCharCode(...bytes))
        .replace(/\+/g, '-')
        .replace(/\//g, '_')
        .replace(/=+$/, '')}`;
      const { iframe } = await frame(`${DIST}schedule.html${fragment}`);
      expect(iframe.contentDocument!.querySelector('[role="alert"]')!.textContent).to.contain(
        'Step 2 (steps[1].label): must not be empty',
      );
      expect(iframe.contentDocument!.querySelector('ot-visual-schedule')).to.equal(null);
    });
  });

  describe('first-then.html', () => {
    it('shows a first–then board in Spanish when the link says so', async () => {
      const fragment = await encodeScheduleFragment({
        title: 'Primero trabajo',
        lang: 'es',
        steps: [
          { label: 'Escritura', image: { symbol: 'handwriting' } },
          { label: 'Trampolín', image: { symbol: 'trampoline' } },
        ],
      });
      const { iframe, violations } = await frame(`${DIST}first-then.html${fragment}`);
      const el = iframe.contentDocument!.querySelector<OtVisualSchedule>('ot-visual-schedule')!;
      await el.updateComplete;
      expect(el.kind).to.equal('first-then');
      expect([...el.shadowRoot!.querySelectorAll('[part~="caption"]')].map((c) => c.textContent!.trim())).to.deep.equal(
        ['Primero', 'Después'],
      );
      expect(iframe.contentDocument!.documentElement.lang).to.equal('es');
      expect(violations).to.deep.equal([]);
    });

    it('refuses a link with more than two steps, kindly', async () => {
      const { iframe } = await frame(`${DIST}first-then.html${await encodeScheduleFragment(SCHOOL_DAY)}`);
      expect(iframe.contentDocument!.querySelector('[role="alert"]')!.textContent).to.contain(
        'exactly 2 steps; this link has 4',
      );
    });
  });

  describe('builder.html', () => {
    it('makes a snippet that renders the same schedule, under strict CSP', async () => {
      const { iframe, violations } = await frame(`${DIST}builder.html`, SAME_ORIGIN, false);
      const doc = () => iframe.contentDocument!;
      await waitUntil(
        () => doc().querySelector('ot-schedule-builder')?.shadowRoot?.querySelector('textarea'),
        'the builder',
        { timeout: 15_000 },
      );
      const builder = doc().querySelector('ot-schedule-builder')!;
      const root = builder.shadowRoot!;
      const type = (input: HTMLInputElement, value: string) => {
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      };
      expect(root.querySelector('[part="warning"]')!.textContent).to.contain('Never put names, IEP goals, diagnoses');
      type(root.querySelector<HTMLInputElement>('fieldset input')!, 'Therapy session');
      root.querySelector<HTMLButtonElement>('.add')!.click();
      await (builder as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      const last = root.querySelector('ol > li:last-child')!;
      type(last.querySelector<HTMLInputElement>('input')!, 'Swing');
      type(last.querySelector<HTMLInputElement>('input[type="number"]')!, '10');
      last.querySelector<HTMLButtonElement>('.pic')!.click();
      const dialog = root.querySelector('dialog')!;
      expect(dialog.open).to.equal(true);
      type(dialog.querySelector<HTMLInputElement>('input[type="search"]')!, 'columpio');
      await (builder as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      const found = [...dialog.querySelectorAll<HTMLButtonElement>('[data-symbol]')];
      expect(found.map((b) => b.dataset.symbol)).to.deep.equal(['swing']);
      found[0]!.click();
      expect(dialog.open).to.equal(false);
      // Move the new step to the top: focus stays on its "up" button as it moves.
      root.querySelector<HTMLButtonElement>('ol > li:last-child .move')!.click();
      for (let i = 0; i < 2; i++) {
        await (builder as unknown as { updateComplete: Promise<unknown> }).updateComplete;
        expect(root.activeElement!.getAttribute('aria-label')).to.equal(`Move step ${3 - i} up`);
        (root.activeElement as HTMLButtonElement).click();
      }
      const snippetField = () => root.querySelector('textarea');
      await waitUntil(() => snippetField()?.value.includes('Therapy session'), 'the snippet');
      await waitUntil(async () => {
        const preview = root.querySelector<OtVisualSchedule>('ot-visual-schedule')!;
        await preview.updateComplete;
        return preview.shadowRoot!.querySelector('[part~="label"]')!.textContent === 'Swing';
      }, 'the preview follows');
      const snippet = snippetField()!.value;
      expect(snippet).to.match(
        /^<iframe src="[^"]+#v1\.[A-Za-z0-9_-]+" title="Visual schedule: Therapy session" width="100%" height="\d+" sandbox="allow-scripts allow-same-origin"><\/iframe>$/,
      );
      expect(root.textContent!.replace(/\s+/g, ' ')).to.match(
        /Size of the schedule in the link: \d+ characters\. Small/,
      );

      // Paste the snippet into a page, as a teacher does in the LMS editor.
      const template = document.createElement('template');
      template.innerHTML = snippet;
      const pasted = template.content.querySelector('iframe')!;
      const framed = await frame(pasted.getAttribute('src')!, pasted.getAttribute('sandbox')!);
      const preview = root.querySelector<OtVisualSchedule>('ot-visual-schedule')!;
      const previewSteps = [...preview.shadowRoot!.querySelectorAll('[part~="step"] [part~="label"]')].map(
        (l) => l.textContent,
      );
      const embedded = framed.iframe.contentDocument!.querySelector<OtVisualSchedule>('ot-visual-schedule')!;
      await embedded.updateComplete;
      expect(
        [...embedded.shadowRoot!.querySelectorAll('[part~="step"] [part~="label"]')].map((l) => l.textContent),
      ).to.deep.equal(previewSteps);
      expect(previewSteps).to.deep.equal(['Swing', 'Circle time', 'Snack', 'Recess']);
      expect(embedded.shadowRoot!.querySelector('[part~="step"] [part~="minutes"]')!.textContent).to.equal('10 min');
      expect(framed.iframe.contentDocument!.title).to.equal('Therapy session');
      expect(violations).to.deep.equal([]);
      expect(framed.violations).to.deep.equal([]);
    });

    it('opens a schedule link for editing (choice step included), gives back the same link, and shows the problem of a bad step instead of a snippet', async () => {
      const fragment = await encodeScheduleFragment({ ...SCHOOL_DAY, lang: 'en', checkOnly: true });
      const { iframe } = await frame(`${DIST}builder.html${fragment}`, SAME_ORIGIN, false);
      await waitUntil(
        () => iframe.contentDocument!.querySelector('ot-schedule-builder')?.shadowRoot?.querySelector('textarea'),
        'the builder',
        { timeout: 15_000 },
      );
      const root = iframe.contentDocument!.querySelector('ot-schedule-builder')!.shadowRoot!;
      await waitUntil(
        () => root.querySelector<HTMLInputElement>('fieldset input')!.value === 'Room 4 — Monday',
        'the title from the link',
      );
      expect(root.querySelectorAll('ol > li')).to.have.length(4);
      const activities = [...root.querySelectorAll<HTMLInputElement>('ol > li:nth-child(4) .choices input')].map(
        (i) => i.value,
      );
      expect(activities).to.deep.equal(['Swing', 'Blocks']);
      expect(root.querySelector('textarea')!.value).to.contain(`${fragment}"`);
      const label = root.querySelector<HTMLInputElement>('ol > li:nth-child(2) input')!;
      label.value = ' ';
      label.dispatchEvent(new Event('input', { bubbles: true }));
      await waitUntil(() => root.querySelector('[part="error"]'), 'the problem');
      expect(root.querySelector('[part="error"]')!.textContent).to.contain('steps[1].label');
      expect(root.querySelector('textarea')).to.equal(null);
    });
  });
});
