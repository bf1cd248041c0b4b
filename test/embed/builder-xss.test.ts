/**
 * The XSS corpus (test/fixtures/xss) through the schedule builder's fields: the title and a step's words end
 * up in the iframe snippet a teacher pastes into an LMS page, and the address field in its src and in the
 * "Open the page" link. Whatever is typed, the snippet must stay one <iframe> with our five attributes, and
 * every link must be https: (or http: on localhost).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../packages/embed/src/builder/define.js';
import type { OtScheduleBuilder } from '../../packages/embed/src/builder/schedule-builder.js';

const FILES = ['BRUTELOGIC-XSS-STRINGS.txt', 'IntrudersXSS.txt', 'RSNAKE_XSS.txt', 'XSS_Polyglots.txt'];

async function payloads(): Promise<string[]> {
  const texts = await Promise.all(FILES.map(async (f) => (await fetch(`/test/fixtures/xss/${f}`)).text()));
  return texts.flatMap((t) => t.split('\n')).filter((line) => line.trim() !== '');
}

const $ = <T extends Element>(el: OtScheduleBuilder, selector: string) => el.shadowRoot!.querySelector<T>(selector);

function enter(input: HTMLInputElement, value: string, event = 'input'): void {
  input.value = value;
  input.dispatchEvent(new Event(event, { bubbles: true }));
}

/** What the snippet holds once a browser parses it: its elements and the iframe's attributes. */
function parseSnippet(snippet: string) {
  const doc = new DOMParser().parseFromString(snippet, 'text/html');
  const elements = [...doc.body.querySelectorAll('*')].map((e) => e.localName);
  const frame = doc.querySelector('iframe');
  const attributes = frame ? Object.fromEntries([...frame.attributes].map((a) => [a.name, a.value])) : {};
  return { elements, attributes };
}

describe('<ot-schedule-builder> against the XSS corpus', () => {
  it('keeps the snippet one iframe with the typed words as its title, for every payload', async function () {
    this.timeout(180_000);
    const el = await fixture<OtScheduleBuilder>(
      html`<ot-schedule-builder base="https://widgets.example.org/otkit/"></ot-schedule-builder>`,
    );
    await waitUntil(() => $(el, 'textarea'), 'the snippet', { timeout: 10_000 });
    for (const payload of await payloads()) {
      const title = payload.trim().slice(0, 100).trim() || 'x';
      enter($<HTMLInputElement>(el, 'fieldset input.field')!, title);
      enter($<HTMLInputElement>(el, 'ol > li input.field')!, payload.trim().slice(0, 80).trim() || 'x');
      const snippet = () => $<HTMLTextAreaElement>(el, 'textarea');
      // The link is rebuilt asynchronously: wait for this title in the snippet, or for the error instead.
      await waitUntil(
        () => $(el, '[part="error"]') || parseSnippet(snippet()?.value ?? '').attributes.title?.endsWith(title),
        payload,
        { timeout: 5000 },
      );
      if (!snippet()) continue; // words the schema refuses: the error is shown instead of a snippet
      const { elements, attributes } = parseSnippet(snippet()!.value);
      expect(elements, payload).to.deep.equal(['iframe']);
      expect(Object.keys(attributes).sort(), payload).to.deep.equal(['height', 'sandbox', 'src', 'title', 'width']);
      expect(attributes.title, payload).to.equal(`Visual schedule: ${title}`);
      expect(attributes.src!.startsWith('https://widgets.example.org/otkit/schedule.html#v1.'), payload).to.equal(true);
    }
  });

  it('builds links from an https: address only, whatever is typed as the address', async function () {
    this.timeout(180_000);
    const el = await fixture<OtScheduleBuilder>(
      html`<ot-schedule-builder base="https://widgets.example.org/otkit/"></ot-schedule-builder>`,
    );
    await waitUntil(() => $(el, 'textarea'), 'the snippet', { timeout: 10_000 });
    for (const payload of await payloads()) {
      enter($<HTMLInputElement>(el, 'input[name="base"]')!, payload, 'change');
      await el.updateComplete;
      const hrefs = [...el.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
      const link = $<HTMLInputElement>(el, 'input.link')?.value;
      const src = parseSnippet($<HTMLTextAreaElement>(el, 'textarea')?.value ?? '').attributes.src;
      for (const url of [...hrefs, link, src].filter((u) => u !== undefined))
        expect(url, payload).to.match(/^(https:\/\/|http:\/\/(localhost|127\.0\.0\.1|\[::1\])[:/])/);
      if (!link) expect($(el, '#base-error'), payload).to.not.equal(null);
    }
  });
});
