import { expect, fixture, html } from '@open-wc/testing';
import { type TemplateResult } from 'lit';
import { OT_TOKEN_DEFAULTS, OtElement } from '@otkit/elements';

type Tokens = Record<string, string>;

/** The `--ot-*` declarations of the first rule whose selector starts with `selector`. */
function block(css: string, selector: string): Tokens {
  const at = css.indexOf(selector);
  if (at < 0) throw new Error(`no rule for ${selector} in tokens.css`);
  const body = css.slice(css.indexOf('{', at) + 1, css.indexOf('}', at));
  return Object.fromEntries([...body.matchAll(/--ot-([\w-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}

function luminance(hex: string): number {
  let h = hex.replace('#', '');
  if (h.length === 3) h = [...h].map((c) => c + c).join('');
  const [r, g, b] = [0, 2, 4]
    .map((i) => parseInt(h.slice(i, i + 2), 16) / 255)
    .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

// Text on its backgrounds needs 4.5:1 (WCAG 1.4.3); borders, focus rings and accents against what they sit on 3:1 (1.4.11).
const TEXT_PAIRS = [
  ['text', 'bg'],
  ['text', 'surface'],
  ['text', 'surface-raised'],
  ['text-muted', 'bg'],
  ['text-muted', 'surface'],
  ['accent-text', 'accent'],
  ['accent', 'bg'],
  ['success', 'bg'],
  ['warning', 'bg'],
  ['danger', 'bg'],
  ['text', 'accent-soft'],
  ['text', 'success-soft'],
  ['text', 'warning-soft'],
  ['text', 'danger-soft'],
  ['danger', 'danger-soft'],
  ['warning', 'warning-soft'],
  ['success', 'success-soft'],
] as const;
const UI_PAIRS = [
  ['border', 'bg'],
  ['border', 'surface'],
  ['focus', 'bg'],
  ['focus', 'surface'],
  ['accent', 'surface'],
  ['accent', 'accent-soft'],
] as const;

describe('design tokens (tokens.css)', () => {
  let css = '';
  let themes: Record<'light' | 'dark' | 'high-contrast', Tokens>;

  before(async () => {
    css = await (await fetch('/packages/elements/src/styles/tokens.css')).text();
    const light = block(css, ':root,');
    themes = {
      light,
      dark: { ...light, ...block(css, "[data-ot-theme='dark'],") },
      'high-contrast': { ...light, ...block(css, "[data-ot-theme='high-contrast'],") },
    };
  });

  it('defines in its light block exactly the defaults the elements fall back to', () => {
    expect(block(css, ':root,')).to.deep.equal({ ...OT_TOKEN_DEFAULTS });
  });

  it('themes only override tokens that exist', () => {
    const known = Object.keys(OT_TOKEN_DEFAULTS);
    for (const selector of ["[data-ot-theme='dark'],", "[data-ot-theme='high-contrast'],"]) {
      for (const name of Object.keys(block(css, selector))) expect(known, `${selector} --ot-${name}`).to.include(name);
    }
  });

  it('gives the system dark scheme the same colours as the dark theme', () => {
    const media = css.slice(css.indexOf('@media (prefers-color-scheme: dark)'));
    expect(block(media, ':root:not([data-ot-theme])')).to.deep.equal(block(css, "[data-ot-theme='dark'],"));
  });

  for (const theme of ['light', 'dark', 'high-contrast'] as const) {
    it(`meets WCAG AA contrast in the ${theme} theme`, () => {
      const colour = (n: string) => themes[theme][`color-${n}`]!;
      const low: string[] = [];
      for (const [fg, bg] of TEXT_PAIRS) {
        const ratio = contrast(colour(fg), colour(bg));
        if (ratio < 4.5) low.push(`${fg} on ${bg}: ${ratio.toFixed(2)} < 4.5`);
      }
      for (const [fg, bg] of UI_PAIRS) {
        const ratio = contrast(colour(fg), colour(bg));
        if (ratio < 3) low.push(`${fg} against ${bg}: ${ratio.toFixed(2)} < 3`);
      }
      expect(low, low.join('\n')).to.deep.equal([]);
    });
  }
});

class TestSwatch extends OtElement {
  override render(): TemplateResult {
    return html`<p>swatch</p>` as TemplateResult;
  }
}
customElements.define('test-swatch', TestSwatch);

describe('design tokens in an element', () => {
  it('uses the fallbacks without tokens.css, and follows a token set on any ancestor', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div><test-swatch></test-swatch></div>`);
    const el = wrapper.querySelector('test-swatch') as TestSwatch;
    await el.updateComplete;
    expect(getComputedStyle(el).getPropertyValue('--_ot-color-accent').trim()).to.equal(
      OT_TOKEN_DEFAULTS['color-accent'],
    );
    wrapper.style.setProperty('--ot-color-accent', '#123456');
    expect(getComputedStyle(el).getPropertyValue('--_ot-color-accent').trim()).to.equal('#123456');
  });
});
