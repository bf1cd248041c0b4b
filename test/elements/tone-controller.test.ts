import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { ToneController } from '@otkit/elements';

const RATE = 8000;
let offline: OfflineAudioContext;

class TestTones extends LitElement {
  readonly tones = new ToneController(this, { createContext: () => offline });
}
customElements.define('test-tones', TestTones);

/** The loudest sample between two times (seconds) of a rendered buffer. */
function peak(buffer: AudioBuffer, from: number, to: number): number {
  const samples = buffer.getChannelData(0).subarray(Math.floor(from * RATE), Math.floor(to * RATE));
  return samples.reduce((max, sample) => Math.max(max, Math.abs(sample)), 0);
}

describe('ToneController', () => {
  beforeEach(() => {
    offline = new OfflineAudioContext(1, RATE * 3, RATE);
  });

  it('plays a tone now: sound at once, silence after its duration', async () => {
    const el = await fixture<TestTones>(html`<test-tones></test-tones>`);
    el.tones.play([{ frequency: 660, duration: 200, volume: 0.5 }]);
    const buffer = await offline.startRendering();
    expect(peak(buffer, 0.02, 0.1)).to.be.greaterThan(0.1);
    expect(peak(buffer, 0.3, 3)).to.equal(0);
  });

  it('schedules tones at times of the caller clock, and drops those already due', async () => {
    const el = await fixture<TestTones>(html`<test-tones></test-tones>`);
    el.tones.unlock();
    const now = 1_000_000;
    el.tones.schedule(
      [
        { at: now - 500, frequency: 440 },
        { at: now + 1000, frequency: 660, duration: 300 },
        { at: now + 2000, frequency: 880, duration: 300 },
      ],
      now,
    );
    const buffer = await offline.startRendering();
    expect(peak(buffer, 0, 0.95)).to.equal(0);
    expect(peak(buffer, 1.02, 1.2)).to.be.greaterThan(0.05);
    expect(peak(buffer, 1.35, 1.95)).to.equal(0);
    expect(peak(buffer, 2.02, 2.2)).to.be.greaterThan(0.05);
  });

  it('replaces what it scheduled, and cancel silences it', async () => {
    const el = await fixture<TestTones>(html`<test-tones></test-tones>`);
    el.tones.unlock();
    el.tones.schedule([{ at: 1000, frequency: 660, duration: 300 }], 0);
    el.tones.schedule([{ at: 2000, frequency: 660, duration: 300 }], 0);
    let buffer = await new Promise<AudioBuffer>((resolve) => {
      const context = offline;
      void context.startRendering().then(resolve);
    });
    expect(peak(buffer, 0.9, 1.5)).to.equal(0);
    expect(peak(buffer, 2.02, 2.2)).to.be.greaterThan(0.05);

    offline = new OfflineAudioContext(1, RATE * 3, RATE);
    const other = await fixture<TestTones>(html`<test-tones></test-tones>`);
    other.tones.unlock();
    other.tones.schedule([{ at: 1000, frequency: 660 }], 0);
    other.tones.cancel();
    buffer = await offline.startRendering();
    expect(peak(buffer, 0, 3)).to.equal(0);
  });

  it('schedules nothing before unlock (audio needs a user gesture first)', async () => {
    const el = await fixture<TestTones>(html`<test-tones></test-tones>`);
    el.tones.schedule([{ at: 100, frequency: 660 }], 0);
    expect(el.tones.context).to.equal(undefined);
  });

  it('stays silent and throws nothing where Web Audio is missing', async () => {
    class NoAudio extends LitElement {
      readonly tones = new ToneController(this, {
        createContext: () => {
          throw new Error('no audio here');
        },
      });
    }
    customElements.define('test-no-audio', NoAudio);
    const el = await fixture<NoAudio>(html`<test-no-audio></test-no-audio>`);
    el.tones.unlock();
    el.tones.play([{ frequency: 660 }]);
    el.tones.schedule([{ at: 10, frequency: 660 }], 0);
    expect(el.tones.context).to.equal(undefined);
  });
});
