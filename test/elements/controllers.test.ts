import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement, type TemplateResult } from 'lit';
import { createManualClock, type OtClock } from '@otkit/sdk';
import {
  AnnounceController,
  ClockController,
  SpeechController,
  defineElement,
  pickVoice,
  type OtSpeechSynthesis,
} from '@otkit/elements';

class TestAnnouncer extends LitElement {
  readonly announcer = new AnnounceController(this);
  override render(): TemplateResult {
    return html`${this.announcer.renderRegion()}` as TemplateResult;
  }
}
customElements.define('test-announcer', TestAnnouncer);

let clockSource: OtClock = createManualClock(0);
let clockActive = true;
class TestClock extends LitElement {
  readonly clock = new ClockController(this, { clock: () => clockSource, active: () => clockActive });
  updates = 0;
  override render(): TemplateResult {
    this.updates++;
    return html`<p>${Math.floor(this.clock.now / 1000)}</p>` as TemplateResult;
  }
}
customElements.define('test-clock', TestClock);

class TestSpeaker extends LitElement {
  readonly speech = new SpeechController(this);
}
customElements.define('test-speaker', TestSpeaker);

describe('AnnounceController', () => {
  it('puts messages in a polite status region, and says the same words twice', async () => {
    const el = await fixture<TestAnnouncer>(html`<test-announcer></test-announcer>`);
    const region = () => el.shadowRoot!.querySelector('[role="status"]')!;
    expect(region().getAttribute('aria-live')).to.equal('polite');
    el.announcer.announce('Snack is next');
    await waitUntil(() => region().textContent === 'Snack is next');
    el.announcer.announce('Snack is next');
    await el.updateComplete;
    expect(region().textContent).to.equal('');
    await waitUntil(() => region().textContent === 'Snack is next');
  });
});

describe('ClockController', () => {
  let hidden: PropertyDescriptor | undefined;
  const setHidden = (value: boolean) => {
    Object.defineProperty(document, 'visibilityState', { value: value ? 'hidden' : 'visible', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  };
  beforeEach(() => {
    hidden = Object.getOwnPropertyDescriptor(document, 'visibilityState');
    clockActive = true;
  });
  afterEach(() => {
    if (hidden) Object.defineProperty(document, 'visibilityState', hidden);
    else delete (document as { visibilityState?: unknown }).visibilityState;
  });

  it('derives time from the clock on every update', async () => {
    const clock = createManualClock(5_000);
    clockSource = clock;
    const el = await fixture<TestClock>(html`<test-clock></test-clock>`);
    expect(el.shadowRoot!.textContent).to.contain('5');
    clock.advance(60_000);
    el.requestUpdate();
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('65');
  });

  it('ticks on whole seconds of a real clock while visible', async () => {
    clockSource = { now: () => Date.now() };
    // Another test page may be in front; pin this one as visible so the tick is the thing under test.
    setHidden(false);
    const el = await fixture<TestClock>(html`<test-clock></test-clock>`);
    const start = el.updates;
    await waitUntil(() => el.updates > start, 'a tick within two seconds', { timeout: 2500 });
  });

  it('schedules nothing while hidden and recomputes at once when visible again', async () => {
    const clock = createManualClock(10_000);
    clockSource = clock;
    const el = await fixture<TestClock>(html`<test-clock></test-clock>`);
    setHidden(true);
    await el.updateComplete;
    const whileHidden = el.updates;
    clock.advance(3 * 60_000);
    await aTimeout(1200);
    expect(el.updates, 'no ticks while hidden').to.equal(whileHidden);
    setHidden(false);
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain(String(10 + 180));
  });

  it('does not tick while its host says it is inactive', async () => {
    clockSource = { now: () => Date.now() };
    clockActive = false;
    const el = await fixture<TestClock>(html`<test-clock></test-clock>`);
    await el.updateComplete;
    const before = el.updates;
    await aTimeout(1200);
    expect(el.updates).to.equal(before);
  });

  it('recomputes on pageshow (back/forward cache)', async () => {
    const clock = createManualClock(0);
    clockSource = clock;
    const el = await fixture<TestClock>(html`<test-clock></test-clock>`);
    clock.advance(42_000);
    window.dispatchEvent(new Event('pageshow'));
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('42');
  });
});

describe('SpeechController', () => {
  function stub(): OtSpeechSynthesis & { spoken: SpeechSynthesisUtterance[]; cancels: number } {
    const s = {
      spoken: [] as SpeechSynthesisUtterance[],
      cancels: 0,
      speak(u: SpeechSynthesisUtterance) {
        s.spoken.push(u);
      },
      cancel() {
        s.cancels++;
      },
      getVoices: () => [{ name: 'Paulina', lang: 'es-MX' } as SpeechSynthesisVoice],
    };
    return s;
  }

  it('speaks text in the given language with a matching voice', async () => {
    const el = await fixture<TestSpeaker>(html`<test-speaker></test-speaker>`);
    const synth = stub();
    el.speech.synth = synth;
    expect(el.speech.speak('columpio', { lang: 'es', rate: 0.8 })).to.equal(true);
    expect(synth.spoken[0]!.text).to.equal('columpio');
    expect(synth.spoken[0]!.lang).to.equal('es');
    expect(synth.spoken[0]!.rate).to.be.closeTo(0.8, 0.001);
  });

  it('does nothing, without throwing, when speech is unavailable or breaks', async () => {
    const el = await fixture<TestSpeaker>(html`<test-speaker></test-speaker>`);
    el.speech.synth = null;
    expect(el.speech.available).to.equal(false);
    expect(el.speech.speak('hello')).to.equal(false);
    el.speech.synth = {
      speak() {
        throw new Error('engine crashed');
      },
      cancel() {},
      getVoices: () => [],
    };
    expect(el.speech.speak('hello')).to.equal(false);
  });

  it('prefers a voice on the device to a network voice, and a named voice to both', () => {
    const voices = [
      { name: 'Google español', lang: 'es-ES', localService: false },
      { name: 'Mónica', lang: 'es-ES', localService: true },
      { name: 'Samantha', lang: 'en-US', localService: true },
    ];
    expect(pickVoice(voices, { lang: 'es' })?.name).to.equal('Mónica');
    expect(pickVoice(voices, { lang: 'ES-es' })?.name).to.equal('Mónica');
    expect(pickVoice(voices, { lang: 'es', voice: 'Google español' })?.name).to.equal('Google español');
    expect(pickVoice(voices, { lang: 'ar' })).to.equal(undefined);
    expect(pickVoice([voices[0]!], { lang: 'es' })?.name, 'a network voice when it is the only one').to.equal(
      'Google español',
    );
  });

  it('stops speaking when the element leaves the page', async () => {
    const el = await fixture<TestSpeaker>(html`<test-speaker></test-speaker>`);
    const synth = stub();
    el.speech.synth = synth;
    el.remove();
    expect(synth.cancels).to.equal(1);
  });
});

describe('defineElement', () => {
  it('defines a new tag, and skips a taken one with a warning naming the tag', () => {
    class First extends HTMLElement {}
    class Second extends HTMLElement {}
    const tag = `test-define-${Math.random().toString(36).slice(2)}`;
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (m: string) => warnings.push(m);
    try {
      defineElement(tag, First);
      defineElement(tag, First);
      expect(warnings).to.have.length(0);
      defineElement(tag, Second);
      defineElement(tag, Second);
    } finally {
      console.warn = warn;
    }
    expect(customElements.get(tag)).to.equal(First);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain(`<${tag}>`);
  });
});
