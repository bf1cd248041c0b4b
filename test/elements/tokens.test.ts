import { expect, fixture, html } from '@open-wc/testing';
import { type TemplateResult } from 'lit';
import { OT_TOKEN_DEFAULTS, OtElement } from '@otkit/elements';

class TestSwatch extends OtElement {
  override render(): TemplateResult {
    return html`<p>swatch</p>` as TemplateResult;
  }
}
customElements.define('test-swatch', TestSwatch);

const TOKENS_URL = new URL('../../packages/elements/src/styles/tokens.css', import.meta.url).href;

function block(css: string, selectorStart: string): Map<string, string> {
  const start = css.indexOf(selectorStart);
  const open = css.indexOf('{', start);
  const close = css.indexOf('}', open);
  const out = new Map<string, string>();
  for (const m of css.slice(open + 1, close).matchAll(/--ot-([a-z0-9-]+):\s*([^;]+);/g)) out.set(m[1]!, m[2]!.trim());
  return out;
}

describe('design tokens', () => {
  it('tokens.css light theme and the built-in fallbacks are the same values', async () => {
    const css = await (await fetch(TOKENS_URL)).text();
    const light = block(css, ':root,');
    expect([...light.keys()].sort()).to.deep.equal(Object.keys(OT_TOKEN_DEFAULTS).sort());
    for (const [name, value] of Object.entries(OT_TOKEN_DEFAULTS)) expect(light.get(name), name).to.equal(value);
  });

  it('dark and high-contrast themes set every colour token', async () => {
    const css = await (await fetch(TOKENS_URL)).text();
    const colours = Object.keys(OT_TOKEN_DEFAULTS).filter((k) => k.startsWith('color-'));
    for (const theme of ["[data-ot-theme='dark']", "[data-ot-theme='high-contrast']"]) {
      const values = block(css, theme);
      for (const c of colours) expect(values.has(c), `${theme} ${c}`).to.equal(true);
    }
  });

  it('elements use the fallbacks without tokens.css, and follow a token set on any ancestor', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div><test-swatch></test-swatch></div>`);
    const el = wrapper.querySelector('test-swatch') as TestSwatch;
    await el.updateComplete;
    expect(getComputedStyle(el).getPropertyValue('--_ot-color-accent').trim()).to.equal(OT_TOKEN_DEFAULTS['color-accent']);
    wrapper.style.setProperty('--ot-color-accent', '#123456');
    expect(getComputedStyle(el).getPropertyValue('--_ot-color-accent').trim()).to.equal('#123456');
  });
});
