import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, type TemplateResult } from 'lit';
import { OtValidationError, type OtImageRef } from '@otkit/sdk';
import { OT_SYMBOLS, OtElement, renderImage, symbolIds } from '@otkit/elements';

class TestPicture extends LitElement {
  image: OtImageRef | undefined;
  override render(): TemplateResult {
    return html`${renderImage(this.image, 'Swing')}` as TemplateResult;
  }
}
customElements.define('test-picture', TestPicture);

class TestError extends OtElement {
  shownError: OtValidationError | undefined;
  override render(): TemplateResult {
    return (this.shownError ? this.renderError(this.shownError) : html``) as TemplateResult;
  }
}
customElements.define('test-error', TestError);

async function picture(image: OtImageRef | undefined): Promise<TestPicture> {
  const el = await fixture<TestPicture>(html`<test-picture .image=${image}></test-picture>`);
  await el.updateComplete;
  return el;
}

describe('renderImage', () => {
  it('draws a built-in symbol as a labelled image', async () => {
    const el = await picture({ symbol: 'swing' });
    const svg = el.shadowRoot!.querySelector('svg')!;
    expect(svg.getAttribute('role')).to.equal('img');
    expect(svg.getAttribute('aria-label')).to.equal('Swing');
    expect(svg.querySelector('path')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('loads an https image with alt text and no referrer', async () => {
    const el = await picture({ src: 'https://example.org/swing.png', alt: 'A red swing' });
    const img = el.shadowRoot!.querySelector('img')!;
    expect(img.getAttribute('src')).to.equal('https://example.org/swing.png');
    expect(img.alt).to.equal('A red swing');
    expect(img.referrerPolicy).to.equal('no-referrer');
  });

  it('shows a base64 SVG picture only as an <img> (where its script never runs), never inlined', async () => {
    const src = 'data:image/svg+xml;base64,PHN2Zz4=';
    const el = await picture({ src });
    expect(el.shadowRoot!.querySelector('img')!.getAttribute('src')).to.equal(src);
    expect(el.shadowRoot!.querySelector('svg')).to.equal(null);
  });

  it('never renders a URL the policy refuses', async () => {
    for (const src of [
      'javascript:alert(1)',
      'data:image/svg+xml,<svg></svg>',
      'http://example.org/a.png',
      '/relative.png',
    ]) {
      const el = await picture({ src });
      expect(el.shadowRoot!.querySelector('img'), src).to.equal(null);
    }
  });

  it('renders nothing for an unknown symbol', async () => {
    const el = await picture({ symbol: 'no-such-symbol' });
    expect(el.shadowRoot!.querySelector('svg')).to.equal(null);
  });

  it('has English and Spanish words for every built-in symbol', () => {
    for (const id of symbolIds()) {
      expect(OT_SYMBOLS[id]!.en, id).to.be.a('string').and.not.empty;
      expect(OT_SYMBOLS[id]!.es, id).to.be.a('string').and.not.empty;
    }
  });
});

describe('the error state', () => {
  it('names each problem with its field, says nothing was changed, and is accessible', async () => {
    const el = await fixture<TestError>(html`<test-error></test-error>`);
    el.shownError = new OtValidationError('property "steps"', [
      { path: ['steps', 2, 'label'], code: 'too-small', message: 'must not be empty' },
      { path: ['steps', 3, 'image', 'src'], code: 'url', message: 'the javascript: scheme is not allowed for images' },
    ]);
    el.requestUpdate();
    await el.updateComplete;
    const box = el.shadowRoot!.querySelector('[part="error"]')!;
    expect(box.getAttribute('role')).to.equal('alert');
    expect(box.textContent).to.contain('steps[2].label: must not be empty');
    expect(box.textContent).to.contain('steps[3].image.src');
    expect(box.textContent).to.contain('Nothing you already had was changed.');
    await expect(el).to.be.accessible();
  });

  it('is in Spanish on a Spanish page', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="es"><test-error></test-error></div>`);
    const el = wrapper.querySelector('test-error') as TestError;
    el.shownError = new OtValidationError('goal', [
      { path: ['description'], code: 'too-small', message: 'must not be empty' },
    ]);
    el.requestUpdate();
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('No se cambió nada');
  });
});
