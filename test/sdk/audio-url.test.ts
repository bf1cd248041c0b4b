import { expect } from '@open-wc/testing';
import { checkAudioUrl, choiceSchema, safeParse } from '@otkit/sdk';

describe('checkAudioUrl', () => {
  it('allows https:, blob: and base64 data:audio URLs', () => {
    expect(checkAudioUrl('https://example.org/sigh.mp3')).to.deep.equal({
      ok: true,
      url: 'https://example.org/sigh.mp3',
    });
    expect(checkAudioUrl('data:audio/mpeg;base64,SUQz')).to.deep.equal({
      ok: true,
      url: 'data:audio/mpeg;base64,SUQz',
    });
    expect(checkAudioUrl('blob:https://example.org/5e1d').ok).to.equal(true);
  });

  it('refuses other schemes with a reason that speaks of sounds', () => {
    expect(checkAudioUrl('http://example.org/a.mp3')).to.deep.equal({
      ok: false,
      reason: 'http: is not allowed for sounds (it is not private); use https:',
    });
    const js = checkAudioUrl('javascript:alert(1)');
    expect(js.ok).to.equal(false);
    expect(!js.ok && js.reason).to.equal(
      'the javascript: scheme is not allowed for sounds; use https:, blob: or data:audio/',
    );
    expect(checkAudioUrl('data:text/html;base64,PHA+')).to.deep.equal({
      ok: false,
      reason: 'a data: sound must be base64 audio (data:audio/mpeg;base64,…)',
    });
  });

  it('is what a choice sound is checked with', () => {
    const bad = safeParse(choiceSchema, { id: 'a', label: 'Swing', sound: { src: 'ftp://x/y.mp3' } });
    expect(bad.success).to.equal(false);
    expect(!bad.success && bad.issues[0]!.path).to.deep.equal(['sound', 'src']);
    expect(
      safeParse(choiceSchema, { id: 'a', label: 'Swing', sound: { src: 'data:audio/wav;base64,UklG' } }).success,
    ).to.equal(true);
  });
});
