import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  OT_OWN_IMAGE_MAX_CHARS,
  OT_OWN_SOUND_MAX_CHARS,
  OtFragmentError,
  checkOwnImage,
  checkOwnImageFile,
  checkOwnMediaAddress,
  checkOwnSound,
  checkOwnSoundFile,
  decodeScheduleFragment,
  encodeScheduleFragment,
  inlineMediaOf,
} from '@otkit/sdk';

const inline = (type: string, chars: number) =>
  `data:${type};base64,${'A'.repeat(chars - `data:${type};base64,`.length)}`;

describe('own media rules', () => {
  it('takes raster picture files and common sound files, and refuses others by name', () => {
    expect(checkOwnImageFile({ type: 'image/jpeg', size: 4_000_000 })).to.deep.equal({ ok: true });
    const svg = checkOwnImageFile({ type: 'image/svg+xml', size: 500 });
    expect(svg.ok === false && svg.reason).to.match(/^image\/svg\+xml files are not taken/);
    const huge = checkOwnImageFile({ type: 'image/png', size: 60_000_000 });
    expect(huge.ok === false && huge.reason).to.match(/too large \(60 MB; at most 25 MB\)/);
    expect(checkOwnSoundFile({ type: 'audio/webm;codecs=opus', size: 30_000 })).to.deep.equal({ ok: true });
    const long = checkOwnSoundFile({ type: 'audio/mpeg', size: 3_000_000 });
    expect(long.ok === false && long.reason).to.match(/the sound is too long/);
    const video = checkOwnSoundFile({ type: 'video/mp4', size: 3_000 });
    expect(video.ok === false && video.reason).to.match(/^video\/mp4 files are not taken/);
  });

  it('caps stored pictures and sounds, and refuses blob: URLs that would not outlive the page', () => {
    expect(checkOwnImage(inline('image/webp', OT_OWN_IMAGE_MAX_CHARS)).ok).to.equal(true);
    expect(checkOwnImage(inline('image/webp', OT_OWN_IMAGE_MAX_CHARS + 4)).ok).to.equal(false);
    expect(checkOwnSound(inline('audio/webm', OT_OWN_SOUND_MAX_CHARS)).ok).to.equal(true);
    expect(checkOwnSound(inline('audio/webm', OT_OWN_SOUND_MAX_CHARS + 4)).ok).to.equal(false);
    const blob = checkOwnImage('blob:https://example.org/5b1c');
    expect(blob.ok === false && blob.reason).to.match(/lasts only while this page is open/);
  });

  it('takes only https addresses typed for a picture or a sound', () => {
    expect(checkOwnMediaAddress('https://school.example.org/a.png', 'picture')).to.deep.equal({
      ok: true,
      url: 'https://school.example.org/a.png',
    });
    for (const typed of ['http://school.example.org/a.png', 'javascript:alert(1)', 'data:image/png;base64,AAAA'])
      expect(checkOwnMediaAddress(typed, 'picture').ok, typed).to.equal(false);
    expect(checkOwnMediaAddress('https://school.example.org/bus.mp3', 'sound').ok).to.equal(true);
  });

  it('lists the inline media of a schedule, largest first, with their step and activity', () => {
    const media = inlineMediaOf({
      title: 'Day',
      steps: [
        { label: 'Bus', image: { src: inline('image/webp', 900) }, sound: { src: inline('audio/webm', 2000) } },
        {
          label: 'Play',
          image: { src: 'https://example.org/p.png' },
          choices: [
            { label: 'Swing', image: { src: inline('image/png', 300) } },
            { label: 'Slide', image: { symbol: 'slide' } },
          ],
        },
      ],
    });
    expect(media).to.deep.equal([
      { step: 1, kind: 'sound', chars: 2000 },
      { step: 1, kind: 'picture', chars: 900 },
      { step: 2, choice: 1, kind: 'picture', chars: 300 },
    ]);
  });

  it('carries a step sound through a link (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('https://example.org/a.mp3', inline('audio/wav', 120)), async (src) => {
        const fragment = await encodeScheduleFragment({ title: 'Day', steps: [{ label: 'Bus', sound: { src } }] });
        expect((await decodeScheduleFragment(fragment)).steps[0]!.sound).to.deep.equal({ src });
      }),
      { numRuns: 10 },
    );
  });

  it('refuses a link too long for own media with the oversize error, never dropping them', async () => {
    const error = await encodeScheduleFragment({
      title: 'Day',
      steps: [
        {
          label: 'Bus',
          image: {
            src: `data:image/webp;base64,${btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(9000))))}`,
          },
        },
      ],
    }).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(OtFragmentError);
    expect((error as OtFragmentError).problem).to.equal('oversize');
  });
});
