import { expect, fixture, html, waitUntil } from '@open-wc/testing';

interface CspResult {
  violations: string[];
  error: string | undefined;
  done: boolean;
  probe: boolean;
}

describe('<ot-goal-stack> under a strict Content-Security-Policy', () => {
  it('renders every state and runs its actions with no violation', async () => {
    const frame = await fixture<HTMLIFrameElement>(html`<iframe src="/test/elements/goal-stack/csp/goal-stack.html" title="strict CSP"></iframe>`);
    const result = () => (frame.contentWindow as (Window & { otkitCsp?: CspResult }) | null)?.otkitCsp;
    await waitUntil(() => result()?.done, 'the scenario did not finish', { timeout: 15_000 });
    const r = result()!;
    expect(r.probe, 'the page is really under the strict policy (an inline style is reported)').to.equal(true);
    expect(r.error).to.equal(undefined);
    expect(r.violations).to.deep.equal([]);
    const stacks = [...frame.contentDocument!.querySelectorAll('ot-goal-stack')];
    expect(stacks).to.have.length(6);
    for (const el of stacks) expect(el.shadowRoot?.querySelector('[part="base"]'), 'rendered').to.exist;
  });
});
