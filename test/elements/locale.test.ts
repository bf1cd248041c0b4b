import { expect, fixture, html } from '@open-wc/testing';
import { type TemplateResult } from 'lit';
import { OtElement, defineMessages, supportedLanguage, translate } from '@otkit/elements';

const catalog = defineMessages({
  en: { hello: 'Hello', notes: (p: { count: number }) => (p.count === 1 ? '1 note' : `${p.count} notes`) },
  es: { hello: 'Hola', notes: (p) => (p.count === 1 ? '1 nota' : `${p.count} notas`) },
});

class TestGreeting extends OtElement {
  override render(): TemplateResult {
    return html`<p>
      ${this.locale.t(catalog, 'hello')} · ${this.locale.t(catalog, 'notes', { count: 3 })} · ${this.locale.dir}
    </p>` as TemplateResult;
  }
}
customElements.define('test-greeting', TestGreeting);

const text = (el: Element) => el.shadowRoot!.querySelector('p')!.textContent!.trim();

describe('languages and direction', () => {
  it('maps language tags to a supported language', () => {
    expect(supportedLanguage('es-MX')).to.equal('es');
    expect(supportedLanguage('ES')).to.equal('es');
    expect(supportedLanguage('en-GB')).to.equal('en');
    expect(supportedLanguage('fr')).to.equal('en');
    expect(supportedLanguage(undefined)).to.equal('en');
  });

  it('translates with parameters and falls back to English', () => {
    expect(translate(catalog, 'es', 'notes', { count: 1 })).to.equal('1 nota');
    expect(translate(catalog, 'en', 'notes', { count: 2 })).to.equal('2 notes');
  });

  it('takes its language from the nearest lang attribute', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<section lang="es-MX">
        <div><test-greeting></test-greeting></div>
      </section>`,
    );
    const el = wrapper.querySelector('test-greeting') as TestGreeting;
    await el.updateComplete;
    expect(text(el)).to.equal('Hola · 3 notas · ltr');
  });

  it('follows a lang change on an ancestor', async () => {
    const wrapper = await fixture<HTMLElement>(html`<section lang="en"><test-greeting></test-greeting></section>`);
    const el = wrapper.querySelector('test-greeting') as TestGreeting;
    await el.updateComplete;
    expect(text(el)).to.contain('Hello');
    wrapper.setAttribute('lang', 'es');
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
    expect(text(el)).to.contain('Hola');
  });

  it('uses its own lang attribute first', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<section lang="es"><test-greeting lang="en"></test-greeting></section>`,
    );
    const el = wrapper.querySelector('test-greeting') as TestGreeting;
    await el.updateComplete;
    expect(text(el)).to.contain('Hello');
  });

  it('takes its direction from the nearest dir attribute, through shadow roots', async () => {
    const host = await fixture<HTMLElement>(html`<div dir="rtl"></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const el = document.createElement('test-greeting') as TestGreeting;
    root.append(el);
    await el.updateComplete;
    expect(text(el)).to.match(/rtl$/);
    host.setAttribute('dir', 'ltr');
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
    expect(text(el)).to.match(/ltr$/);
  });
});
