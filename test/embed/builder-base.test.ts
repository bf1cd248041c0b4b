import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../packages/embed/src/builder/define.js';
import type { OtScheduleBuilder } from '../../packages/embed/src/builder/schedule-builder.js';

const $ = <T extends Element = HTMLElement>(el: OtScheduleBuilder, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);

/** The address field of the published pages. */
const baseField = (el: OtScheduleBuilder) => $<HTMLInputElement>(el, 'input[name="base"]')!;

async function builder(base: string): Promise<OtScheduleBuilder> {
  const el = await fixture<OtScheduleBuilder>(html`<ot-schedule-builder base=${base}></ot-schedule-builder>`);
  await waitUntil(() => baseField(el), 'the address field');
  return el;
}

function type(input: HTMLInputElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/**
 * `javascript:` URLs in disguise that a URL parser takes for absolute URLs with a host-less path, so that
 * `new URL('schedule.html', base)` keeps the scheme: the ones the hostile-input report (issue 18) ran, and
 * variants of them written for this test.
 */
const DISGUISED_SCRIPT_BASES = [
  'javascript://%0aalert(document.domain)//',
  'javascript://comment%0Aalert(1)//',
  'javascript:/*-->*/alert(1)//',
  'JavaScript://%0Dalert(1)',
  'javascript://example.org/%0a%0dalert(1)',
  ' javascript://%0aalert(1)',
  'vbscript://%0amsgbox(1)',
  'data:text/html,<script>alert(1)</script>//',
];

/** Other addresses the builder refuses: not https, a password, not absolute, not a URL at all. */
const OTHER_BAD_BASES = [
  'http://widgets.example.org/otkit/',
  'https://teacher:secret@widgets.example.org/otkit/',
  '//widgets.example.org/otkit/',
  'otkit/pages/',
  'https://',
  'not a url',
  'file:///C:/otkit/',
  'blob:https://widgets.example.org/0b8a',
];

describe('<ot-schedule-builder> address of the published pages', () => {
  let uncaught: unknown[] = [];
  const onError = (e: ErrorEvent) => uncaught.push(e.error ?? e.message);
  beforeEach(() => {
    uncaught = [];
    window.addEventListener('error', onError);
  });
  afterEach(() => window.removeEventListener('error', onError));

  for (const base of [...DISGUISED_SCRIPT_BASES, ...OTHER_BAD_BASES])
    it(`refuses ${JSON.stringify(base)} with a named error next to the field, and writes no link`, async () => {
      const el = await builder(base);
      await waitUntil(() => $(el, '#base-error'), 'the error next to the field');
      const field = baseField(el);
      expect(field.getAttribute('aria-invalid')).to.equal('true');
      expect(field.getAttribute('aria-describedby')).to.contain('base-error');
      expect($(el, '#base-error')!.textContent).to.match(/Address of the published pages: \S/);
      expect($(el, 'textarea'), 'no snippet').to.equal(null);
      expect($(el, 'input.link'), 'no link').to.equal(null);
      const hrefs = [...el.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
      expect(hrefs.filter((h) => h !== null && !h.startsWith('https:'))).to.deep.equal([]);
      expect(uncaught).to.deep.equal([]);
    });

  it('builds the snippet and the link from the normalised https: address only', async () => {
    const el = await builder('HTTPS://Widgets.Example.ORG:443/otkit/builder.html?x=1#v1.old');
    await waitUntil(() => $(el, 'textarea'), 'the snippet', { timeout: 5000 });
    const link = $<HTMLInputElement>(el, 'input.link')!.value;
    expect(link).to.match(/^https:\/\/widgets\.example\.org\/otkit\/schedule\.html#v1\./);
    expect($<HTMLTextAreaElement>(el, 'textarea')!.value).to.contain(`src="${link}"`);
    expect($<HTMLAnchorElement>(el, 'a[target="_blank"]')!.getAttribute('href')).to.equal(link);
    expect($(el, '#base-error')).to.equal(null);
    expect(baseField(el).hasAttribute('aria-invalid')).to.equal(false);
  });

  it('accepts http: on this machine only (localhost, 127.0.0.1) for testing', async () => {
    for (const base of ['http://localhost:8000/otkit/', 'http://127.0.0.1:8000/otkit/']) {
      const el = await builder(base);
      await waitUntil(() => $(el, 'textarea'), 'the snippet', { timeout: 5000 });
      expect($<HTMLInputElement>(el, 'input.link')!.value.startsWith(`${base}schedule.html#v1.`)).to.equal(true);
    }
  });

  it('takes a new address typed into the field, refusing a bad one and keeping the schedule', async () => {
    const el = await builder('https://widgets.example.org/otkit/');
    await waitUntil(() => $(el, 'textarea'), 'the snippet', { timeout: 5000 });
    type(baseField(el), 'javascript://%0aalert(1)//');
    await waitUntil(() => $(el, '#base-error'), 'the error');
    expect($(el, 'textarea')).to.equal(null);
    expect($(el, '#base-error')!.textContent).to.contain('javascript:');
    type(baseField(el), 'https://lms.example.edu/pages/');
    await waitUntil(() => $(el, 'textarea'), 'the snippet again');
    expect($<HTMLInputElement>(el, 'input.link')!.value).to.match(
      /^https:\/\/lms\.example\.edu\/pages\/schedule\.html#v1\./,
    );
    expect(el.shadowRoot!.querySelectorAll('ol > li')).to.have.length(3);
    await expect(el).to.be.accessible();
  });
});
