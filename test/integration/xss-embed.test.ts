/**
 * The XSS corpus (test/fixtures/xss) through the LMS embed pages as built (schedule.html and first-then.html):
 * every payload as a step's words, a choice's words and the title in the URL fragment (on the first–then page
 * also as spoken words and alt text), and as the raw fragment itself. Each page is framed
 * the way an LMS frames it, under the strict CSP header; the test asserts that the words show as text, and
 * that no page breaks the policy, calls alert, or requests anything from another origin.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { encodeScheduleFragment } from '@otkit/sdk';
import type { OtVisualSchedule } from '@otkit/elements';

const FILES = ['BRUTELOGIC-XSS-STRINGS.txt', 'IntrudersXSS.txt', 'RSNAKE_XSS.txt', 'XSS_Polyglots.txt'];
const PAGE = '/packages/embed/dist/schedule.html';
const FIRST_THEN_PAGE = '/packages/embed/dist/first-then.html';

async function payloads(): Promise<string[]> {
  const texts = await Promise.all(FILES.map(async (f) => (await fetch(`/test/fixtures/xss/${f}`)).text()));
  return texts.flatMap((t) => t.split('\n')).filter((line) => line.trim() !== '');
}

interface Watched {
  frame: HTMLIFrameElement;
  violations: string[];
  calls: string[];
}

/** Frames `src` (same origin, as the embed guide recommends) and listens from its first byte. */
async function framed(src: string): Promise<Watched> {
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', 'allow-scripts allow-same-origin');
  frame.title = 'embed page';
  frame.src = src;
  const violations: string[] = [];
  const calls: string[] = [];
  document.body.append(frame);
  // A same-origin frame keeps its first Window through its first navigation (see embed.test.ts).
  const win = frame.contentWindow! as Window & Record<string, unknown>;
  win.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  for (const name of ['alert', 'confirm', 'prompt']) win[name] = (...args: unknown[]) => calls.push(`${name}${args}`);
  await waitUntil(() => frame.contentDocument?.querySelector('ot-visual-schedule, .problem, [role="alert"]'), src, {
    timeout: 15_000,
  });
  await new Promise((resolve) => setTimeout(resolve, 100));
  return { frame, violations, calls };
}

function foreignRequests(frame: HTMLIFrameElement): string[] {
  return frame
    .contentWindow!.performance.getEntriesByType('resource')
    .map((e) => e.name)
    .filter((url) => new URL(url).origin !== location.origin);
}

/** Frames each raw fragment in `page` and expects no violation, call or request from any of them. */
async function expectRawFragmentsHarmless(page: string, list: string[]): Promise<void> {
  for (const payload of list) {
    const { frame, violations, calls } = await framed(`${page}#${encodeURIComponent(payload)}`);
    try {
      expect({ payload, violations, calls, requests: foreignRequests(frame) }).to.deep.equal({
        payload,
        violations: [],
        calls: [],
        requests: [],
      });
    } finally {
      frame.remove();
    }
  }
}

describe('XSS corpus through the embed pages (URL fragment)', () => {
  it('shows every payload as words, with no violation, call or request', async function () {
    this.timeout(180_000);
    const list = await payloads();
    expect(list.length).to.be.at.least(300);
    for (let i = 0; i < list.length; i += 50) {
      // The schema caps words at 80 characters and titles at 120: longer payloads are cut to fit.
      const words = list.slice(i, i + 50).map((p) => p.trim().slice(0, 80).trim() || 'x');
      const fragment = await encodeScheduleFragment({
        title: list[i]!.trim().slice(0, 120) || 'x',
        steps: words.map((label, j) =>
          j === 0 ? { label, choices: [{ label: words[1]! }, { label: words[2]! }] } : { label },
        ),
      });
      const { frame, violations, calls } = await framed(`${PAGE}${fragment}`);
      try {
        const el = frame.contentDocument!.querySelector<OtVisualSchedule>('ot-visual-schedule');
        expect(el, `batch ${i / 50} shown`).to.not.equal(null);
        await el!.updateComplete;
        const text = el!.shadowRoot!.textContent!;
        for (const label of words.slice(1)) expect(text, 'the words, as text').to.contain(label);
        expect(el!.shadowRoot!.querySelectorAll('script, iframe, object, embed, [onerror], [onload]')).to.have.length(
          0,
        );
        expect({ violations, calls, requests: foreignRequests(frame) }).to.deep.equal({
          violations: [],
          calls: [],
          requests: [],
        });
      } finally {
        frame.remove();
      }
    }
  });

  it('answers a payload as the raw fragment with its problem message, with no violation, call or request', async function () {
    this.timeout(180_000);
    const list = (await payloads()).filter((_, i) => i % 8 === 0);
    await expectRawFragmentsHarmless(PAGE, list);
  });
});

/** Payloads `from`… as the words of a first–then board (2 steps, the second a choice of 4), cut to fit. */
function firstThenBoard(list: string[], from: number) {
  const at = (k: number) => list[(from + k) % list.length]!;
  const words = (k: number, max: number) => at(k).trim().slice(0, max).trim() || 'x';
  return {
    kind: 'first-then' as const,
    title: words(0, 120),
    steps: [
      { label: words(1, 80), spokenText: words(2, 200), image: { symbol: 'snack', alt: words(3, 300) } },
      {
        label: words(4, 80),
        spokenText: words(5, 200),
        image: { symbol: 'swing', alt: words(6, 300) },
        choices: [7, 8, 9, 10].map((k) => ({ label: words(k, 80) })),
      },
    ],
  };
}

const PER_BOARD = 11;

describe('XSS corpus through the first–then page (URL fragment)', () => {
  it('shows every payload as words, with no violation, call or request', async function () {
    this.timeout(180_000);
    const list = await payloads();
    expect(list.length).to.be.at.least(300);
    for (let i = 0; i < list.length; i += PER_BOARD) {
      const board = firstThenBoard(list, i);
      const { frame, violations, calls } = await framed(`${FIRST_THEN_PAGE}${await encodeScheduleFragment(board)}`);
      try {
        const el = frame.contentDocument!.querySelector<OtVisualSchedule>('ot-visual-schedule');
        expect(el, `board ${i / PER_BOARD} shown`).to.not.equal(null);
        await el!.updateComplete;
        expect(el!.kind, 'a first–then board').to.equal('first-then');
        const text = el!.shadowRoot!.textContent!;
        for (const step of board.steps) expect(text, 'the words, as text').to.contain(step.label);
        expect(el!.shadowRoot!.querySelectorAll('script, iframe, object, embed, [onerror], [onload]')).to.have.length(
          0,
        );
        expect({ violations, calls, requests: foreignRequests(frame) }).to.deep.equal({
          violations: [],
          calls: [],
          requests: [],
        });
      } finally {
        frame.remove();
      }
    }
  });

  it('answers a payload as the raw fragment with its problem message, with no violation, call or request', async function () {
    this.timeout(180_000);
    const list = (await payloads()).filter((_, i) => i % 8 === 4);
    await expectRawFragmentsHarmless(FIRST_THEN_PAGE, list);
  });
});
