import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  OT_MAX_DATA_URL_LENGTH,
  OT_MAX_URL_LENGTH,
  checkImageUrl,
  checkLinkUrl,
  checkPageUrl,
  safeImageUrl,
  safeLinkUrl,
} from '@otkit/sdk';
import { PNG } from '../helpers/sdk-examples.js';

const b64 = 'iVBORw0KGgo=';

/** Script-bearing or otherwise dangerous URLs, written for these tests (schemes, case, white space, encodings). */
const SCRIPT_URLS = [
  'javascript:alert(1)',
  'JAVASCRIPT:alert(1)',
  'JaVaScRiPt:alert(document.cookie)',
  ' javascript:alert(1)',
  'javascript:alert(1) ',
  '\u00a0javascript:alert(1)',
  '\ufeffjavascript:alert(1)',
  '\u2028javascript:alert(1)',
  'java\nscript:alert(1)',
  'java\tscript:alert(1)',
  'java\rscript:alert(1)',
  'java\u0000script:alert(1)',
  '\u0001javascript:alert(1)',
  '\u001fjavascript:alert(1)',
  'javascript\n:alert(1)',
  'java\u200bscript:alert(1)',
  'javascript&colon;alert(1)',
  '&#106;avascript:alert(1)',
  '&#x6A;avascript:alert(1)',
  '%6Aavascript:alert(1)',
  'javascript%3Aalert(1)',
  'javascript://%0Aalert(1)',
  'javascript:/*https://example.org*/alert(1)',
  'vbscript:msgbox(1)',
  'VBScript:msgbox(1)',
  'livescript:alert(1)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'data:text/html,<script>alert(1)</script>',
  'data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+',
  'data:image/svg+xml,<svg onload=alert(1)>',
  'data:image/svg+xml;charset=utf-8;base64,PHN2Zz4=',
  'DATA:IMAGE/SVG+XML;BASE64,PHN2Zz4=',
  'data:application/javascript,alert(1)',
  'blob:javascript:alert(1)',
  'blob:null/0f1e',
  'filesystem:https://example.org/temporary/a.png',
  'file:///etc/passwd',
  'jar:https://example.org/a.jar!/a.png',
  'view-source:https://example.org',
  'about:blank',
  'chrome://settings',
  'ms-its:mhtml:file://C:/a.mht!https://example.org',
];

describe('URL policy', () => {
  describe('images', () => {
    it('accepts https:, normalizing the URL', () => {
      expect(checkImageUrl('https://example.org/swing.png')).to.deep.equal({
        ok: true,
        url: 'https://example.org/swing.png',
      });
      expect(checkImageUrl('HTTPS://Example.ORG/A.png')).to.deep.equal({ ok: true, url: 'https://example.org/A.png' });
      expect(checkImageUrl('  https://example.org/a b.png  ')).to.deep.equal({
        ok: true,
        url: 'https://example.org/a%20b.png',
      });
      expect(checkImageUrl('https://example.org/a.png#"><script>')).to.deep.equal({
        ok: true,
        url: 'https://example.org/a.png#%22%3E%3Cscript%3E',
      });
    });

    it('refuses http: (not private) with the reason', () => {
      expect(checkImageUrl('http://example.org/a.png')).to.deep.equal({
        ok: false,
        reason: 'http: is not allowed for images (it is not private); use https:',
      });
    });

    it('accepts blob: URLs of a page origin, and refuses others', () => {
      expect(checkImageUrl('blob:https://example.org/550e8400-e29b-41d4-a716-446655440000').ok).to.equal(true);
      for (const bad of [
        'blob:null/0f1e',
        'blob:javascript:alert(1)',
        'blob:',
        'blob:file:///a',
        'blob:http:javascript:',
        'blob:https:evil',
      ])
        expect(checkImageUrl(bad), bad).to.deep.equal({
          ok: false,
          reason: 'a blob: URL must name the page origin (blob:https://…)',
        });
    });

    it('accepts base64 raster data: images (png, jpeg, gif, webp)', () => {
      for (const type of ['png', 'jpeg', 'gif', 'webp', 'avif', 'bmp']) {
        const url = `data:image/${type};base64,${b64}`;
        expect(checkImageUrl(url), type).to.deep.equal({ ok: true, url });
      }
      expect(checkImageUrl(PNG).ok).to.equal(true);
      expect(checkImageUrl(`DATA:IMAGE/PNG;BASE64,${b64}`).ok).to.equal(true);
    });

    it('refuses SVG data: images, naming why', () => {
      expect(checkImageUrl('data:image/svg+xml;base64,PHN2Zz4=')).to.deep.equal({
        ok: false,
        reason: 'SVG data: URLs are not allowed (they can carry script); use PNG, JPEG, GIF or WebP',
      });
    });

    it('refuses other data: images and data: URLs that are not base64 images', () => {
      expect(checkImageUrl(`data:image/tiff;base64,${b64}`)).to.deep.equal({
        ok: false,
        reason:
          'data: image type image/tiff is not allowed; use image/png, image/jpeg, image/gif, image/webp, image/avif, image/bmp',
      });
      for (const bad of [
        'data:image/png,raw',
        `data:image/png;name=a.png;base64,${b64}`,
        'data:text/plain;base64,aGk=',
        `data:image/png;base64,${b64}!`,
      ])
        expect(checkImageUrl(bad), bad).to.deep.equal({
          ok: false,
          reason: 'a data: URL must be a base64 image (data:image/png;base64,…)',
        });
    });

    it('refuses oversize data: URLs before looking further', () => {
      const big = `data:image/png;base64,${'A'.repeat(OT_MAX_DATA_URL_LENGTH)}`;
      expect(checkImageUrl(big)).to.deep.equal({
        ok: false,
        reason: `data: image is too large (${big.length} characters; at most ${OT_MAX_DATA_URL_LENGTH})`,
      });
      const fits = `data:image/png;base64,${'A'.repeat(OT_MAX_DATA_URL_LENGTH - 'data:image/png;base64,'.length)}`;
      expect(checkImageUrl(fits).ok).to.equal(true);
    });

    it('refuses every script-bearing trick', () => {
      for (const url of SCRIPT_URLS) {
        const r = checkImageUrl(url);
        expect(r.ok, JSON.stringify(url)).to.equal(false);
        expect(safeImageUrl(url), JSON.stringify(url)).to.equal(undefined);
      }
    });

    it('names the scheme, control characters, or the missing scheme in its reason', () => {
      expect(checkImageUrl('javascript:alert(1)')).to.deep.equal({
        ok: false,
        reason: 'the javascript: scheme is not allowed for images; use https:, blob: or a raster data: URL',
      });
      expect(checkImageUrl('vbscript:msgbox(1)')).to.deep.include({
        ok: false,
        reason: 'the vbscript: scheme is not allowed for images; use https:, blob: or a raster data: URL',
      });
      expect(checkImageUrl('java\nscript:alert(1)')).to.deep.equal({
        ok: false,
        reason: 'must not contain control characters or line breaks',
      });
      expect(checkImageUrl('//evil.example/a.png')).to.deep.equal({
        ok: false,
        reason: 'must be an absolute URL starting with https:, blob: or data:image/',
      });
    });

    it('refuses protocol-relative and relative URLs', () => {
      for (const url of [
        '//evil.example/a.png',
        '/img/a.png',
        'img/a.png',
        '../a.png',
        './a.png',
        '?x=1',
        '#a',
        '\\\\evil.example\\a.png',
      ])
        expect(checkImageUrl(url).ok, url).to.equal(false);
    });

    it('refuses credentials in the URL', () => {
      for (const url of [
        'https://user:pw@example.org/a.png',
        'https://user@example.org/a.png',
        'https://example.org@evil.example/a.png',
      ])
        expect(checkImageUrl(url), url).to.deep.equal({
          ok: false,
          reason: 'must not contain a user name or password',
        });
    });

    it('refuses empty, blank, malformed and non-string values', () => {
      expect(checkImageUrl('')).to.deep.equal({ ok: false, reason: 'must not be empty' });
      expect(checkImageUrl('   ')).to.deep.equal({ ok: false, reason: 'must not be empty' });
      expect(checkImageUrl('https://')).to.deep.equal({ ok: false, reason: 'is not a valid https: URL' });
      expect(checkImageUrl('https://[bad/a.png')).to.deep.equal({ ok: false, reason: 'is not a valid https: URL' });
      for (const v of [undefined, null, 5, {}, ['https://example.org/a.png']])
        expect(checkImageUrl(v)).to.deep.equal({ ok: false, reason: 'must be a URL string' });
    });

    it('any string that passes is https:, blob: or a raster data: URL (fast-check)', () => {
      const pieces = fc.constantFrom(
        'javascript:',
        'https:',
        'http:',
        'data:',
        'blob:',
        '//',
        ' ',
        '\n',
        '\t',
        'image/png',
        'image/svg+xml',
        ';base64,',
        'a',
        '@',
        ':',
        '%0A',
        '&#',
      );
      fc.assert(
        fc.property(
          fc.oneof(
            fc.string(),
            fc.array(pieces, { maxLength: 8 }).map((p) => p.join('')),
          ),
          (url) => {
            const r = checkImageUrl(url);
            if (r.ok) {
              expect(r.url).to.match(
                /^(https:\/\/|blob:https?:\/\/|data:image\/(png|jpeg|gif|webp|avif|bmp);base64,)/i,
              );
              // eslint-disable-next-line no-control-regex -- no control character may survive
              expect(r.url).to.not.match(/[\u0000-\u001f\u007f]/);
            }
          },
        ),
        { numRuns: 500 },
      );
    });
  });

  describe('links', () => {
    it('accepts https: and mailto:', () => {
      expect(checkLinkUrl('https://example.org/help')).to.deep.equal({ ok: true, url: 'https://example.org/help' });
      expect(checkLinkUrl('mailto:ot@example.org')).to.deep.equal({ ok: true, url: 'mailto:ot@example.org' });
      expect(checkLinkUrl('mailto:ot@example.org?subject=Session')).to.deep.equal({
        ok: true,
        url: 'mailto:ot@example.org?subject=Session',
      });
      expect(safeLinkUrl('https://example.org')).to.equal('https://example.org/');
    });

    it('refuses mailto: without an address', () => {
      expect(checkLinkUrl('mailto:')).to.deep.equal({ ok: false, reason: 'a mailto: link needs an address' });
    });

    it('refuses data:, javascript:, file:, ftp:, http: and the other tricks', () => {
      expect(checkLinkUrl('data:text/html,<script>alert(1)</script>')).to.deep.equal({
        ok: false,
        reason: 'the data: scheme is not allowed for links; use https: or mailto:',
      });
      expect(checkLinkUrl('javascript:alert(1)')).to.deep.equal({
        ok: false,
        reason: 'the javascript: scheme is not allowed for links; use https: or mailto:',
      });
      expect(checkLinkUrl('file:///etc/passwd')).to.deep.equal({
        ok: false,
        reason: 'the file: scheme is not allowed for links; use https: or mailto:',
      });
      expect(checkLinkUrl('ftp://example.org/a')).to.deep.equal({
        ok: false,
        reason: 'the ftp: scheme is not allowed for links; use https: or mailto:',
      });
      expect(checkLinkUrl('http://example.org')).to.deep.equal({
        ok: false,
        reason: 'http: is not allowed for links; use https:',
      });
      expect(checkLinkUrl('https://user:pw@example.org')).to.deep.equal({
        ok: false,
        reason: 'must not contain a user name or password',
      });
      for (const url of [...SCRIPT_URLS, 'tel:123', '//example.org', '#top', 'sms:123', 'intent://x#Intent;end']) {
        expect(checkLinkUrl(url).ok, JSON.stringify(url)).to.equal(false);
        expect(safeLinkUrl(url)).to.equal(undefined);
      }
    });
  });

  describe('checkPageUrl (where pages are published)', () => {
    it('accepts https: and http: on this machine, normalised and without the fragment', () => {
      expect(checkPageUrl('HTTPS://Widgets.Example.ORG:443/otkit/builder.html?x=1#v1.old')).to.deep.equal({
        ok: true,
        url: 'https://widgets.example.org/otkit/builder.html?x=1',
      });
      for (const url of ['http://localhost:8000/otkit/', 'http://127.0.0.1/', 'http://[::1]:8080/'])
        expect(checkPageUrl(url), url).to.deep.equal({ ok: true, url });
    });

    it('refuses disguised javascript: addresses, other schemes, http: elsewhere, credentials and relative text', () => {
      expect(checkPageUrl('javascript://%0aalert(1)//')).to.deep.equal({
        ok: false,
        reason: 'the javascript: scheme is not allowed for page addresses; use https:',
      });
      expect(checkPageUrl('http://widgets.example.org/')).to.deep.equal({
        ok: false,
        reason: 'http: is only allowed on this machine (localhost) for testing; use https:',
      });
      for (const url of [
        ...SCRIPT_URLS,
        'javascript://comment%0Aalert(1)//',
        'javascript:/*-->*/alert(1)//',
        'https://user:pw@example.org/',
        'https:example.org',
        'https://',
        '//example.org/',
        'otkit/',
        'http://localhost.example.org/',
        `https://example.org/${'a'.repeat(OT_MAX_URL_LENGTH)}`,
      ])
        expect(checkPageUrl(url).ok, JSON.stringify(url)).to.equal(false);
    });

    it('accepts only what starts with https:// or a loopback http:// (property)', () => {
      fc.assert(
        fc.property(fc.oneof(fc.webUrl({ withFragments: true, withQueryParameters: true }), fc.string()), (raw) => {
          const r = checkPageUrl(raw);
          return !r.ok || /^(https:\/\/[^/]|http:\/\/(localhost|127\.0\.0\.1|\[::1\])[:/])/.test(r.url);
        }),
      );
    });
  });
});
