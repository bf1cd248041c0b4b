/**
 * Rules for a host's or teacher's own pictures and sounds (a file picked on the device, a recording, or an
 * `https:` address): which files are taken, how large the stored result may be, and which own media cannot
 * travel in a schedule link. The browser side (downscaling, recording) lives in the elements; these are the
 * data rules, so a portal, a server or a test applies the same ones without a DOM.
 */
import type { OtEmbedScheduleInput } from '../interop/embed-codec.js';
import { OT_RASTER_IMAGE_TYPES, checkAudioUrl, checkImageUrl, type OtUrlCheck } from './url-policy.js';

/** Longest side, in pixels, an own picture is scaled down to before it is stored. */
export const OT_OWN_IMAGE_MAX_SIDE = 512;

/** Largest stored own picture: its `data:` URL, in characters (about 146 kB of image). */
export const OT_OWN_IMAGE_MAX_CHARS = 200_000;

/** Largest picture file taken from the device before it is scaled down, in bytes (a phone photo fits). */
export const OT_OWN_IMAGE_MAX_FILE_BYTES = 25_000_000;

/** Longest own recording, in seconds: a step's sound is a word or a short sentence. */
export const OT_OWN_SOUND_MAX_SECONDS = 30;

/** Largest stored own sound: its `data:` URL, in characters (about 510 kB of audio). */
export const OT_OWN_SOUND_MAX_CHARS = 700_000;

/** Picture files taken from the device (raster only: an SVG file can carry script). */
export const OT_OWN_IMAGE_FILE_TYPES = OT_RASTER_IMAGE_TYPES;

/** Sound files taken from the device, and what recordings are stored as. */
export const OT_OWN_SOUND_FILE_TYPES = [
  'audio/mpeg',
  'audio/mp4',
  'audio/aac',
  'audio/ogg',
  'audio/opus',
  'audio/wav',
  'audio/x-wav',
  'audio/webm',
  'audio/flac',
  'audio/x-m4a',
] as const;

/** What a picked file is described by: its MIME type and its size in bytes (a `File` has both). */
export interface OtOwnFile {
  readonly type: string;
  readonly size: number;
}

const kB = (chars: number) => `${Math.ceil((chars * 3) / 4 / 1000).toLocaleString('en')} kB`;

/** The MIME type without parameters (`audio/webm;codecs=opus` → `audio/webm`). */
const baseType = (type: string) => type.split(';')[0]!.trim().toLowerCase();

/**
 * Checks a picture file before it is read and scaled down: a raster image type, at most
 * {@link OT_OWN_IMAGE_MAX_FILE_BYTES}.
 *
 * @example
 * checkOwnImageFile({ type: 'image/jpeg', size: 3_000_000 }); // { ok: true }
 * checkOwnImageFile({ type: 'image/svg+xml', size: 900 }); // { ok: false, reason: 'image/svg+xml files are not taken; …' }
 */
export function checkOwnImageFile(file: OtOwnFile): { ok: true } | { ok: false; reason: string } {
  const type = baseType(file.type);
  if (!(OT_OWN_IMAGE_FILE_TYPES as readonly string[]).includes(type))
    return { ok: false, reason: `${type || 'this kind of'} files are not taken; use a PNG, JPEG, GIF or WebP picture` };
  if (file.size > OT_OWN_IMAGE_MAX_FILE_BYTES)
    return {
      ok: false,
      reason: `the file is too large (${Math.ceil(file.size / 1e6)} MB; at most ${OT_OWN_IMAGE_MAX_FILE_BYTES / 1e6} MB)`,
    };
  return { ok: true };
}

/**
 * Checks a sound file before it is read: a common audio type, small enough to be stored once read
 * (its `data:` URL at most {@link OT_OWN_SOUND_MAX_CHARS} characters).
 *
 * @example
 * checkOwnSoundFile({ type: 'audio/mpeg', size: 40_000 }); // { ok: true }
 * checkOwnSoundFile({ type: 'video/mp4', size: 40_000 }); // { ok: false, reason: 'video/mp4 files are not taken; …' }
 */
export function checkOwnSoundFile(file: OtOwnFile): { ok: true } | { ok: false; reason: string } {
  const type = baseType(file.type);
  if (!(OT_OWN_SOUND_FILE_TYPES as readonly string[]).includes(type))
    return {
      ok: false,
      reason: `${type || 'this kind of'} files are not taken; use an MP3, M4A, OGG, WAV or WebM sound`,
    };
  const chars = Math.ceil(file.size / 3) * 4;
  if (chars > OT_OWN_SOUND_MAX_CHARS)
    return {
      ok: false,
      reason: `the sound is too long (${kB(chars)}; at most ${kB(OT_OWN_SOUND_MAX_CHARS)}, about ${OT_OWN_SOUND_MAX_SECONDS} seconds)`,
    };
  return { ok: true };
}

/**
 * Checks an own picture as it is stored: a raster `data:` image URL (the URL policy's rules) of at most
 * {@link OT_OWN_IMAGE_MAX_CHARS} characters, or an `https:` address.
 *
 * @example
 * checkOwnImage('data:image/webp;base64,UklGR…'); // { ok: true, url: 'data:image/webp;base64,UklGR…' }
 */
export function checkOwnImage(raw: unknown): OtUrlCheck {
  if (typeof raw === 'string' && /^\s*data:/i.test(raw) && raw.length > OT_OWN_IMAGE_MAX_CHARS)
    return { ok: false, reason: `the picture is too large (${kB(raw.length)}; at most ${kB(OT_OWN_IMAGE_MAX_CHARS)})` };
  return typeof raw === 'string' && /^\s*blob:/i.test(raw) ? notKept('picture') : checkImageUrl(raw);
}

/**
 * Checks an own sound as it is stored: a base64 `data:audio/…` URL of at most {@link OT_OWN_SOUND_MAX_CHARS}
 * characters, or an `https:` address.
 *
 * @example
 * checkOwnSound('data:audio/webm;base64,GkXf…'); // { ok: true, url: 'data:audio/webm;base64,GkXf…' }
 */
export function checkOwnSound(raw: unknown): OtUrlCheck {
  if (typeof raw === 'string' && /^\s*data:/i.test(raw) && raw.length > OT_OWN_SOUND_MAX_CHARS)
    return { ok: false, reason: `the sound is too large (${kB(raw.length)}; at most ${kB(OT_OWN_SOUND_MAX_CHARS)})` };
  return typeof raw === 'string' && /^\s*blob:/i.test(raw) ? notKept('sound') : checkAudioUrl(raw);
}

/** A `blob:` URL lives as long as the page that made it: it cannot be stored or shared. */
const notKept = (what: string): OtUrlCheck => ({
  ok: false,
  reason: `a blob: ${what} lasts only while this page is open; pick the file again`,
});

/**
 * Checks the address a teacher types for a picture or a sound: an `https:` address the URL policy allows
 * (a typed `data:` or `blob:` URL is refused: files are picked, not pasted).
 *
 * @example
 * checkOwnMediaAddress('https://school.example.org/pics/bus.png', 'picture'); // { ok: true, url: 'https://…' }
 * checkOwnMediaAddress('http://school.example.org/bus.png', 'picture'); // { ok: false, reason: 'http: is not allowed …' }
 */
export function checkOwnMediaAddress(raw: unknown, kind: 'picture' | 'sound'): OtUrlCheck {
  const check = kind === 'picture' ? checkImageUrl(raw) : checkAudioUrl(raw);
  if (!check.ok) return check;
  if (!/^https:/i.test(check.url))
    return { ok: false, reason: `write an https: address (a ${kind} file is picked with the file button, not pasted)` };
  return check;
}

/** An own picture or sound written into a schedule, and how many characters its `data:` URL takes. */
export interface OtLinkMedia {
  /** 1-based step number. */
  readonly step: number;
  /** 1-based activity number within a choice step, when it belongs to an activity. */
  readonly choice?: number | undefined;
  readonly kind: 'picture' | 'sound';
  /** Characters of its `data:` URL. */
  readonly chars: number;
}

/**
 * The own pictures and sounds of a schedule that are stored inline (`data:` URLs), largest first: what makes
 * a schedule link long. A link holds at most {@link OT_EMBED_MAX_FRAGMENT} characters in all, so a builder
 * names these when a schedule is too large for a link instead of leaving them out.
 *
 * @example
 * inlineMediaOf({ title: 'Day', steps: [{ label: 'Bus', image: { src: 'data:image/webp;base64,…' } }] });
 * // [{ step: 1, kind: 'picture', chars: 41230 }]
 */
export function inlineMediaOf(schedule: OtEmbedScheduleInput): OtLinkMedia[] {
  const found: OtLinkMedia[] = [];
  const inline = (src: string | undefined) => (src && /^data:/i.test(src) ? src.length : 0);
  schedule.steps.forEach((step, i) => {
    const picture = inline(step.image?.src);
    if (picture) found.push({ step: i + 1, kind: 'picture', chars: picture });
    const sound = inline(step.sound?.src);
    if (sound) found.push({ step: i + 1, kind: 'sound', chars: sound });
    step.choices?.forEach((choice, j) => {
      const chars = inline(choice.image?.src);
      if (chars) found.push({ step: i + 1, choice: j + 1, kind: 'picture', chars });
    });
  });
  return found.sort((a, b) => b.chars - a.chars);
}
