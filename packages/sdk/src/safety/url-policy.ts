/**
 * URL policy for user-supplied images and links. Lit does not sanitize URLs, so every URL that came from
 * a user, an imported file or a URL fragment goes through these checks before it is stored or rendered.
 *
 * Images: `https:`, `blob:` and raster `data:image/…;base64` URLs (SVG data URLs can carry script).
 * Links: `https:` and `mailto:`. Anything else is rejected with a readable reason and never rendered.
 */

/** The outcome of a URL check: the normalized URL, or the reason it was refused. */
export type OtUrlCheck = { ok: true; url: string } | { ok: false; reason: string };

/** Raster image types allowed in `data:` URLs. */
export const OT_RASTER_IMAGE_TYPES = [
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'image/avif',
  'image/bmp',
] as const;

/** Largest `data:` image URL accepted, in characters (about 3.7 MB of image). */
export const OT_MAX_DATA_URL_LENGTH = 5_000_000;

/** Longest URL of any other kind accepted, in characters (browsers and servers refuse far shorter ones). */
export const OT_MAX_URL_LENGTH = 65_536;

const DATA_IMAGE = /^data:(image\/[a-z0-9.+-]+);base64,([A-Za-z0-9+/]*={0,2})$/i;

function schemeOf(text: string): string | undefined {
  return /^([a-z][a-z0-9+.-]*):/i.exec(text)?.[1]?.toLowerCase();
}

function parseAbsolute(text: string): URL | undefined {
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
}

function common(raw: unknown, allowed: string): OtUrlCheck | string {
  if (typeof raw !== 'string') return { ok: false, reason: 'must be a URL string' };
  // Refused before any scan, so a check takes bounded time whatever the length; `data:` URLs have their own cap.
  if (raw.length > OT_MAX_DATA_URL_LENGTH + 100)
    return { ok: false, reason: `is too long (${raw.length} characters; at most ${OT_MAX_DATA_URL_LENGTH})` };
  if (raw.length > OT_MAX_URL_LENGTH && !/^\s*data:/i.test(raw.slice(0, 100)))
    return { ok: false, reason: `is too long (${raw.length} characters; at most ${OT_MAX_URL_LENGTH})` };
  // Browsers ignore tabs and new lines inside URLs ("java\nscript:"), so they are refused outright.
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  if (/[\u0000-\u001f\u007f]/.test(raw))
    return { ok: false, reason: 'must not contain control characters or line breaks' };
  const text = raw.trim();
  if (!text) return { ok: false, reason: 'must not be empty' };
  const scheme = schemeOf(text);
  if (!scheme) return { ok: false, reason: `must be an absolute URL starting with ${allowed}` };
  return text;
}

/**
 * Checks a URL for use as an image source.
 *
 * @example
 * checkImageUrl('https://example.org/swing.png'); // { ok: true, url: 'https://example.org/swing.png' }
 * checkImageUrl('javascript:alert(1)'); // { ok: false, reason: 'the javascript: scheme is not allowed for images; use https:, blob: or a raster data: URL' }
 */
export function checkImageUrl(raw: unknown): OtUrlCheck {
  const allowed = 'https:, blob: or data:image/';
  const text = common(raw, allowed);
  if (typeof text !== 'string') return text;
  const scheme = schemeOf(text)!;
  if (scheme === 'data') {
    if (text.length > OT_MAX_DATA_URL_LENGTH)
      return {
        ok: false,
        reason: `data: image is too large (${text.length} characters; at most ${OT_MAX_DATA_URL_LENGTH})`,
      };
    const match = DATA_IMAGE.exec(text);
    if (!match) return { ok: false, reason: 'a data: URL must be a base64 image (data:image/png;base64,…)' };
    const type = match[1]!.toLowerCase();
    if (type === 'image/svg+xml')
      return {
        ok: false,
        reason: 'SVG data: URLs are not allowed (they can carry script); use PNG, JPEG, GIF or WebP',
      };
    if (!(OT_RASTER_IMAGE_TYPES as readonly string[]).includes(type))
      return { ok: false, reason: `data: image type ${type} is not allowed; use ${OT_RASTER_IMAGE_TYPES.join(', ')}` };
    return { ok: true, url: text };
  }
  if (scheme === 'blob') {
    const inner = text.slice(5);
    // A real blob: URL is the creating page's origin and a UUID: blob:https://host/uuid.
    const url = /^https?:\/\/[^/]/i.test(inner) ? parseAbsolute(inner) : undefined;
    if (!url || !url.hostname || (url.protocol !== 'https:' && url.protocol !== 'http:'))
      return { ok: false, reason: 'a blob: URL must name the page origin (blob:https://…)' };
    return { ok: true, url: text };
  }
  if (scheme === 'https') {
    const url = parseAbsolute(text);
    if (!url || !url.hostname) return { ok: false, reason: 'is not a valid https: URL' };
    if (url.username || url.password) return { ok: false, reason: 'must not contain a user name or password' };
    return { ok: true, url: url.href };
  }
  if (scheme === 'http')
    return { ok: false, reason: 'http: is not allowed for images (it is not private); use https:' };
  return {
    ok: false,
    reason: `the ${scheme}: scheme is not allowed for images; use ${allowed.replace('data:image/', 'a raster data: URL')}`,
  };
}

/**
 * Checks a URL for use as a link target.
 *
 * @example
 * checkLinkUrl('mailto:ot@example.org'); // { ok: true, url: 'mailto:ot@example.org' }
 * checkLinkUrl('data:text/html,…'); // { ok: false, reason: 'the data: scheme is not allowed for links; use https: or mailto:' }
 */
export function checkLinkUrl(raw: unknown): OtUrlCheck {
  const allowed = 'https: or mailto:';
  const text = common(raw, allowed);
  if (typeof text !== 'string') return text;
  const scheme = schemeOf(text)!;
  if (scheme === 'https') {
    const url = parseAbsolute(text);
    if (!url || !url.hostname) return { ok: false, reason: 'is not a valid https: URL' };
    if (url.username || url.password) return { ok: false, reason: 'must not contain a user name or password' };
    return { ok: true, url: url.href };
  }
  if (scheme === 'mailto') {
    if (text.length <= 'mailto:'.length) return { ok: false, reason: 'a mailto: link needs an address' };
    return { ok: true, url: text };
  }
  if (scheme === 'http') return { ok: false, reason: 'http: is not allowed for links; use https:' };
  return { ok: false, reason: `the ${scheme}: scheme is not allowed for links; use ${allowed}` };
}

/** Hosts where a page address may use plain `http:`: the developer's own machine, for testing. */
const LOOPBACK_HOSTS: readonly string[] = ['localhost', '127.0.0.1', '[::1]'];

/**
 * Checks the address of a published page (e.g. where the LMS embed pages live): an absolute `https:` URL
 * with a host and no user name or password, or `http:` on this machine (`localhost`, `127.0.0.1`) for
 * testing. The result is normalised by the URL parser (lower-case scheme and host, no default port, no
 * fragment), so what a caller builds links from is the parsed URL, never the text it was given.
 *
 * @example
 * checkPageUrl('HTTPS://Example.org:443/otkit/#old'); // { ok: true, url: 'https://example.org/otkit/' }
 * checkPageUrl('javascript://%0aalert(1)'); // { ok: false, reason: 'the javascript: scheme is not allowed for page addresses; use https:' }
 */
export function checkPageUrl(raw: unknown): OtUrlCheck {
  const text = common(raw, 'https:');
  if (typeof text !== 'string') return text;
  const scheme = schemeOf(text)!;
  if (scheme !== 'https' && scheme !== 'http')
    return { ok: false, reason: `the ${scheme}: scheme is not allowed for page addresses; use https:` };
  const url = parseAbsolute(text);
  if (!url || !url.hostname || !/^https?:\/\/[^/]/i.test(text))
    return { ok: false, reason: `is not a valid ${scheme}: address (write it like https://example.org/pages/)` };
  if (url.protocol === 'http:' && !LOOPBACK_HOSTS.includes(url.hostname))
    return { ok: false, reason: 'http: is only allowed on this machine (localhost) for testing; use https:' };
  if (url.username || url.password) return { ok: false, reason: 'must not contain a user name or password' };
  url.hash = '';
  return { ok: true, url: url.href };
}

/** Audio types allowed in `data:` URLs (OBF sounds). */
const DATA_AUDIO =
  /^data:audio\/(mpeg|mp3|mp4|aac|ogg|opus|wav|x-wav|wave|webm|flac|x-m4a);base64,[A-Za-z0-9+/]*={0,2}$/i;

/**
 * Checks a URL for use as a sound (a recorded word of a choice): `https:`, `blob:` or a base64
 * `data:audio/…` URL. Audio cannot carry script, so any common audio type is allowed inline.
 *
 * @example
 * checkAudioUrl('data:audio/mpeg;base64,SUQz'); // { ok: true, url: 'data:audio/mpeg;base64,SUQz' }
 * checkAudioUrl('http://example.org/a.mp3'); // { ok: false, reason: 'http: is not allowed for sounds (it is not private); use https:' }
 */
export function checkAudioUrl(raw: unknown): OtUrlCheck {
  const text = typeof raw === 'string' ? raw.trim() : raw;
  if (typeof text === 'string' && /^data:/i.test(text)) {
    if (text.length > OT_MAX_DATA_URL_LENGTH)
      return {
        ok: false,
        reason: `data: sound is too large (${text.length} characters; at most ${OT_MAX_DATA_URL_LENGTH})`,
      };
    return DATA_AUDIO.test(text)
      ? { ok: true, url: text }
      : { ok: false, reason: 'a data: sound must be base64 audio (data:audio/mpeg;base64,…)' };
  }
  const r = checkImageUrl(raw);
  return r.ok
    ? r
    : {
        ok: false,
        reason: r.reason.replace('images', 'sounds').replace(/a raster data: URL|data:image\//, 'data:audio/'),
      };
}

/**
 * The image URL when the policy allows it, else undefined: what an element binds to `src`.
 *
 * @example
 * html`<img src=${safeImageUrl(step.image?.src) ?? nothing}>`
 */
export function safeImageUrl(raw: unknown): string | undefined {
  const r = checkImageUrl(raw);
  return r.ok ? r.url : undefined;
}

/** The link URL when the policy allows it, else undefined: what an element binds to `href`. */
export function safeLinkUrl(raw: unknown): string | undefined {
  const r = checkLinkUrl(raw);
  return r.ok ? r.url : undefined;
}
