import { expect, waitUntil } from '@open-wc/testing';

type Result = { violations: string[]; error?: string; rendered: boolean[] };

async function run(query = ''): Promise<Result> {
  const frame = document.createElement('iframe');
  frame.src = `/test/csp/choice-board.html${query}`;
  document.body.append(frame);
  try {
    await waitUntil(() => (frame.contentWindow as (Window & { cspResult?: Result }) | null)?.cspResult, 'the scenario did not finish', { timeout: 15_000 });
    return (frame.contentWindow as Window & { cspResult: Result }).cspResult;
  } finally {
    frame.remove();
  }
}

describe('<ot-choice-board> under a strict Content-Security-Policy', () => {
  it('renders every state with no policy violation', async () => {
    const result = await run();
    expect(result.error).to.equal(undefined);
    expect(result.rendered).to.deep.equal([true, true, true, true, true, true, true, true]);
    expect(result.violations).to.deep.equal([]);
  });

  it('is served with a policy that refuses inline styles (the check can fail)', async () => {
    const result = await run('?control');
    expect(result.violations.some((v) => v.startsWith('style-src'))).to.equal(true);
  });
});
