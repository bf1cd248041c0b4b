import { expect } from '@open-wc/testing';

/** What test/csp/xss.js reports. */
interface XssReport {
  payloads: number;
  executions: string[];
  requests: string[];
  unshown: string[];
  scenarios: { name: string; error?: string; rendered: string[]; empty: string[] }[];
  violations: { directive: string; blocked: string; sample: string; source: string }[];
  uncaught: string[];
}

type XssWindow = Window & { otkitXss?: { done: Promise<XssReport> } };

/** Opens the XSS page in an iframe and waits for its report. */
async function runPage(path: string): Promise<XssReport> {
  const frame = document.createElement('iframe');
  frame.title = 'XSS corpus page';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = path;
  document.body.append(frame);
  try {
    await loaded;
    const win = frame.contentWindow as XssWindow;
    if (!win.otkitXss) throw new Error('the XSS page did not start (did the CDN bundle load?)');
    return await win.otkitXss.done;
  } finally {
    frame.remove();
  }
}

describe('XSS corpus on the strict-CSP + Trusted Types page', () => {
  it('runs no payload, breaks no policy and requests nothing from another origin', async function () {
    this.timeout(120_000);
    const report = await runPage('/test/csp/xss.html');
    expect(report.payloads, 'payloads from test/fixtures/xss').to.be.at.least(300);
    expect(report.executions, 'alert / confirm / prompt / print calls').to.deep.equal([]);
    expect(
      report.violations.map((v) => `${v.directive}: ${v.blocked || v.sample} at ${v.source}`),
      'CSP violations',
    ).to.deep.equal([]);
    expect(report.requests, 'requests to other origins').to.deep.equal([]);
    expect(report.uncaught, 'uncaught errors').to.deep.equal([]);
    expect(report.scenarios.filter((s) => s.error).map((s) => `${s.name}: ${s.error}`)).to.deep.equal([]);
    // <ot-step> and <ot-step-choice> are the schedule's markup, not custom elements: they have no shadow root.
    const markupTags = ['ot-step', 'ot-step-choice'];
    for (const s of report.scenarios) {
      expect(
        s.empty.filter((tag) => !markupTags.includes(tag)),
        `${s.name}: empty elements`,
      ).to.deep.equal([]);
      expect(s.rendered, `${s.name}: elements shown`).to.not.be.empty;
    }
    const markup = report.scenarios.filter((s) => s.name.includes(' markup '));
    expect(markup.length, 'markup scenarios (schedule and goal stack, per batch)').to.be.at.least(2 * 10);
    expect(report.unshown, 'markup words that did not show').to.deep.equal([]);
  });

  it('reports a call, a violation and a request when the page makes them on purpose (self-test)', async function () {
    this.timeout(120_000);
    const report = await runPage('/test/csp/xss.html?selftest');
    expect(report.executions).to.deep.equal(['alert(selftest)']);
    expect(report.violations.map((v) => v.directive)).to.include('style-src-attr');
    expect(report.requests).to.deep.equal(['https://selftest.invalid/picture.png']);
    expect(report.unshown).to.deep.equal(['selftest: "Not in the markup"']);
  });
});
