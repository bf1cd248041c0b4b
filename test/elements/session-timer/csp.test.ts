import { expect, waitUntil } from '@open-wc/testing';

type Result = { violations: string[]; rendered?: number[]; error?: string };
const PAGE = '/test/fixtures/csp/session-timer.html';

async function open(): Promise<{ frame: HTMLIFrameElement; result: Result }> {
  const frame = document.createElement('iframe');
  frame.src = PAGE;
  document.body.append(frame);
  const win = () => frame.contentWindow as unknown as { otCspResult?: Promise<Result> } | null;
  await waitUntil(() => win()?.otCspResult, 'the strict-CSP page did not start its scenario', { timeout: 10_000 });
  return { frame, result: await win()!.otCspResult! };
}

describe('<ot-session-timer> under a strict Content-Security-Policy (CDN bundle)', () => {
  it('is served with the strict policy', async () => {
    const response = await fetch(PAGE);
    expect(response.headers.get('content-security-policy')).to.contain("style-src 'self'").and.contain("require-trusted-types-for 'script'");
  });

  it('renders every state of the scenario with no violation', async () => {
    const { frame, result } = await open();
    try {
      expect(result.error).to.equal(undefined);
      expect(result.violations).to.deep.equal([]);
      expect(result.rendered).to.have.length(10);
      expect(result.rendered!.every((n) => n > 0), `empty timers: ${result.rendered}`).to.equal(true);
      // The check can fail: an inline style attribute on that page is a violation.
      frame.contentDocument!.body.setAttribute('style', 'color: red');
      await waitUntil(() => result.violations.length > 0, 'an inline style raised no violation', { timeout: 2000 });
      expect(result.violations[0]).to.match(/^style-src/);
    } finally {
      frame.remove();
    }
  });
});
