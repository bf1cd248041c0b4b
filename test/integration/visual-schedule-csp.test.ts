import { expect, waitUntil } from '@open-wc/testing';

describe('<ot-visual-schedule> under strict CSP', () => {
  it('renders every state from the CDN bundle with no securitypolicyviolation', async () => {
    const iframe = document.createElement('iframe');
    iframe.src = '/test/csp/visual-schedule.html';
    iframe.width = '900';
    iframe.height = '900';
    const violations: string[] = [];
    document.body.append(iframe);
    // The frame keeps this Window through its first (same-origin) navigation: the listener hears everything.
    iframe.contentWindow!.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    try {
      await waitUntil(() => (iframe.contentWindow as Window & { otkitScenario?: Promise<string> }).otkitScenario, 'the scenario started', { timeout: 15_000 });
      expect(await (iframe.contentWindow as Window & { otkitScenario: Promise<string> }).otkitScenario).to.equal('ok');
      const schedules = [...iframe.contentDocument!.querySelectorAll('ot-visual-schedule')];
      expect(schedules).to.have.length(7);
      for (const el of schedules) expect(el.shadowRoot!.querySelector('[part~="step"], [part="error"]'), el.outerHTML.slice(0, 80)).to.exist;
      // The countdown started in the scenario sized its bar through a custom property, not a style attribute.
      expect(schedules[0]!.shadowRoot!.querySelector('[part~="countdown"]')).to.exist;
      expect(schedules[5]!.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain('steps[0].label');
      expect(violations).to.deep.equal([]);
      // The page really is under the strict policy: an inline style is refused.
      iframe.contentDocument!.body.setAttribute('style', 'outline: 1px solid red');
      await waitUntil(() => violations.length > 0, 'the policy refuses an inline style');
    } finally {
      iframe.remove();
    }
  });
});
