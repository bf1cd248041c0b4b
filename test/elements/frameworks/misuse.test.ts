import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml, type TemplateResult } from 'lit';
import { picklist } from '@otkit/sdk';
import { OtElement, check, type OtErrorEvent } from '@otkit/elements';
import '@otkit/elements/define.js';
import type { OtChoiceBoard, OtVisualSchedule } from '@otkit/elements';

/** A plain accessor (not a Lit property) to show the upgrade pattern on the base class. */
class TestMisuse extends OtElement {
  static override properties = { mode: {}, items: { attribute: false } };
  static override checkedProperties = { mode: check(picklist(['a', 'b']), 'a') };
  static override providerAttributes = ['record-id'];
  mode = 'a';
  items: unknown[] = [];
  #volume = 1;
  get volume(): number {
    return this.#volume;
  }
  set volume(value: number) {
    this.#volume = Math.min(10, value);
  }
  override render(): TemplateResult {
    return litHtml`<p>${this.mode}</p>`;
  }
}

/** Collects console.warn calls while `run` runs. */
async function warningsDuring(run: () => Promise<unknown>): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return warnings;
}

describe('loud misuse', () => {
  it('picks up a plain accessor set before the element was defined', async () => {
    const el = document.createElement('test-misuse-early') as TestMisuse;
    el.volume = 40;
    document.body.append(el);
    customElements.define('test-misuse-early', class extends TestMisuse {});
    await el.updateComplete;
    expect(el.volume).to.equal(10);
    el.remove();
  });

  it('warns once for a bad attribute value, naming the element and the attribute', async () => {
    customElements.define('test-misuse-bad', class extends TestMisuse {});
    const warnings = await warningsDuring(async () => {
      await fixture(html`<test-misuse-bad mode="z"></test-misuse-bad>`);
      await fixture(html`<test-misuse-bad mode="y"></test-misuse-bad>`);
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<test-misuse-bad>').and.contain('"mode"');
  });

  it('warns when data is put in an attribute where a property is expected', async () => {
    const warnings = await warningsDuring(() =>
      fixture(html`<ot-visual-schedule steps='[{"id":"a","label":"Swing"}]'></ot-visual-schedule>`),
    );
    expect(warnings.join('\n')).to.contain('"steps" attribute holds JSON text').and.contain('element.steps');
  });

  it('warns for "[object Object]" in an attribute (an object a framework set too early)', async () => {
    const warnings = await warningsDuring(() =>
      fixture(html`<ot-choice-board board="[object Object]"></ot-choice-board>`),
    );
    expect(warnings.join('\n')).to.contain('"[object Object]"');
  });

  it('warns when board-id is set outside <ot-provider>, and not inside one', async () => {
    const outside = await warningsDuring(() => fixture(html`<ot-choice-board board-id="b1"></ot-choice-board>`));
    expect(outside.join('\n')).to.contain('<ot-choice-board>').and.contain('"board-id"').and.contain('<ot-provider>');
    customElements.define('test-misuse-provider', class extends TestMisuse {});
    const inside = await warningsDuring(() =>
      fixture(
        html`<ot-provider storage="memory"><test-misuse-provider record-id="r"></test-misuse-provider></ot-provider>`,
      ),
    );
    expect(inside).to.deep.equal([]);
  });

  it('stays silent when warnings are off', async () => {
    customElements.define('test-misuse-quiet', class extends TestMisuse {});
    OtElement.warnings = false;
    try {
      const warnings = await warningsDuring(() => fixture(html`<test-misuse-quiet mode="z"></test-misuse-quiet>`));
      expect(warnings).to.deep.equal([]);
    } finally {
      OtElement.warnings = true;
    }
  });

  it('keeps the last error on `error` for a page that listens late', async () => {
    const el = await fixture<OtVisualSchedule>(html`<ot-visual-schedule layout="diagonal"></ot-visual-schedule>`);
    expect(el.error?.message).to.contain('layout');
  });

  it('fires an error raised before the element was connected once it is', async () => {
    const el = document.createElement('ot-choice-board') as OtChoiceBoard;
    (el as unknown as { reportError(e: unknown): void }).reportError(new Error('raised while detached'));
    const heard: string[] = [];
    document.addEventListener('ot-error', (event: OtErrorEvent) => heard.push(event.detail.error.message), {
      once: true,
    });
    document.body.append(el);
    expect(heard).to.deep.equal(['raised while detached']);
    expect(el.error?.message).to.equal('raised while detached');
    el.remove();
  });
});

customElements.define('test-misuse', TestMisuse);
