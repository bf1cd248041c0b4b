import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml, nothing, type TemplateResult } from 'lit';
import { number, optional, picklist } from '@otkit/sdk';
import { OtElement, check, defineMessages, type OtErrorEvent } from '@otkit/elements';

const messages = defineMessages({
  en: { title: 'Snack', left: (p: { count: number }) => (p.count === 1 ? '1 left' : `${p.count} left`) },
  es: { title: 'Merienda', left: (p) => (p.count === 1 ? 'queda 1' : `quedan ${p.count}`) },
});

/** An element with checked attributes, typed messages and focus after an update. */
class TestChecked extends OtElement {
  static override properties = {
    view: { reflect: true },
    warnSeconds: { type: Number, attribute: 'warn-seconds' },
    kind: {},
    open: { type: Boolean },
  };
  static override checkedProperties = {
    view: check(picklist(['list', 'grid']), 'list'),
    warnSeconds: check(number({ min: 0, integer: true }), 60),
    kind: check(optional(picklist(['first-then']))),
  };
  view = 'list';
  warnSeconds = 60;
  kind: string | undefined;
  open = false;
  seenInWillUpdate: unknown[] = [];
  readonly t = this.translator(messages);

  protected override willUpdate(): void {
    this.seenInWillUpdate.push(this.view);
  }

  override render(): TemplateResult {
    return litHtml`${this.attributeError ? this.renderError(this.attributeError) : nothing}
      <h2>${this.t('title')}</h2>
      <p>${this.t('left', { count: 2 })}</p>
      ${this.open ? litHtml`<button id="inside">Inside</button>` : nothing}`;
  }

  focusInside(): Promise<boolean> {
    this.open = true;
    return this.focusAfterUpdate('#inside');
  }

  focusNothing(): Promise<boolean> {
    return this.focusAfterUpdate('#missing');
  }
}
customElements.define('test-checked', TestChecked);

const errorText = (el: Element) => el.shadowRoot!.querySelector('[part=error]')?.textContent ?? '';

describe('OtElement', () => {
  describe('checked properties', () => {
    it('is accessible while it shows an attribute error', async () => {
      const el = await fixture<TestChecked>(html`<test-checked view="tiles"></test-checked>`);
      await expect(el).to.be.accessible();
    });

    it('names a bad attribute (path = the attribute), keeps the last good value and reports it once', async () => {
      const el = await fixture<TestChecked>(html`<test-checked view="grid"></test-checked>`);
      const errors: OtErrorEvent[] = [];
      el.addEventListener('ot-error', (e) => errors.push(e));
      el.setAttribute('view', 'tiles');
      await el.updateComplete;
      expect(el.view).to.equal('grid');
      expect(el.getAttribute('view')).to.equal('grid');
      expect(errors).to.have.length(1);
      const issue = el.attributeError!.issues[0]!;
      expect(issue.path).to.deep.equal(['view']);
      expect(issue.code).to.equal('enum');
      expect(el.attributeError!.subject).to.equal('attribute "view"');
      expect(errorText(el)).to.include('view');
      expect(el.shadowRoot!.querySelector('[part=error]')!.getAttribute('role')).to.equal('alert');

      // Nothing new to report on an unrelated update; the error stands until the attribute is good again.
      el.open = true;
      await el.updateComplete;
      expect(errors).to.have.length(1);
      expect(el.attributeError).to.not.equal(undefined);
      el.setAttribute('view', 'list');
      await el.updateComplete;
      expect(el.attributeError).to.equal(undefined);
      expect(errorText(el)).to.equal('');
    });

    it('checks before willUpdate, so the element never sees a bad value', async () => {
      const el = await fixture<TestChecked>(html`<test-checked view="tiles"></test-checked>`);
      expect(el.seenInWillUpdate).to.deep.equal(['list']);
      expect(el.attributeError!.issues[0]!.path).to.deep.equal(['view']);
    });

    it('names the attribute a property reads, and a removed attribute goes back to the fallback', async () => {
      const el = await fixture<TestChecked>(html`<test-checked warn-seconds="30"></test-checked>`);
      el.setAttribute('warn-seconds', '-5');
      await el.updateComplete;
      expect(el.warnSeconds).to.equal(30);
      expect(el.attributeError!.issues[0]!.path).to.deep.equal(['warn-seconds']);
      el.removeAttribute('warn-seconds');
      await el.updateComplete;
      expect(el.warnSeconds).to.equal(60);
      expect(el.attributeError).to.equal(undefined);
    });

    it('checks property sets too, and lists every bad attribute', async () => {
      const el = await fixture<TestChecked>(html`<test-checked></test-checked>`);
      el.view = 'tiles';
      el.kind = 'then-first';
      await el.updateComplete;
      expect(el.view).to.equal('list');
      expect(el.kind).to.equal(undefined);
      expect(el.attributeError!.subject).to.equal('attributes "view", "kind"');
      expect(el.attributeError!.issues.map((i) => i.path[0])).to.deep.equal(['view', 'kind']);
    });
  });

  describe('translator', () => {
    it("gives the catalog's messages in the element's language, following a lang change", async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="es"><test-checked></test-checked></div>`);
      const el = wrapper.querySelector<TestChecked>('test-checked')!;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Merienda');
      expect(el.shadowRoot!.querySelector('p')!.textContent).to.equal('quedan 2');
      wrapper.lang = 'en';
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Snack');
      expect(el.t('left', { count: 1 })).to.equal('1 left');
    });
  });

  describe('focusAfterUpdate', () => {
    it('focuses what the next render makes, and says whether anything took the focus', async () => {
      const el = await fixture<TestChecked>(html`<test-checked></test-checked>`);
      expect(await el.focusInside()).to.equal(true);
      expect(el.shadowRoot!.activeElement?.id).to.equal('inside');
      expect(await el.focusNothing()).to.equal(false);
      expect(el.shadowRoot!.activeElement?.id).to.equal('inside');
    });
  });
});
