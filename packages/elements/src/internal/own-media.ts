import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  OT_OWN_IMAGE_MAX_CHARS,
  OT_OWN_IMAGE_MAX_SIDE,
  OT_OWN_SOUND_MAX_SECONDS,
  OtValidationError,
  checkOwnImage,
  checkOwnImageFile,
  checkOwnSound,
  checkOwnSoundFile,
} from '@otkit/sdk';

/**
 * The browser side of own pictures and sounds: a picked picture scaled down and re-encoded in the page, a sound
 * file read, a recording made with the microphone, a sound played. The rules (types, caps) are the SDK's
 * (`checkOwnImageFile`, `checkOwnImage`, …); nothing here sends anything anywhere.
 */

/** A refused picture or sound, as the typed error an element shows next to its field. */
const refused = (field: string, reason: string) =>
  new OtValidationError(field, [{ path: [field], code: 'invalid', message: reason }]);

/** Qualities tried in turn until the picture fits under the cap (a photo full of detail needs a lower one). */
const QUALITIES = [0.85, 0.7, 0.5, 0.35];

/**
 * A picked picture file as a stored picture: scaled down so its longest side is at most
 * `OT_OWN_IMAGE_MAX_SIDE` pixels, re-encoded as WebP (JPEG where the browser cannot write WebP), as a `data:` URL
 * within `OT_OWN_IMAGE_MAX_CHARS`. Re-encoding also drops whatever the file carried besides its pixels (e.g. the
 * place a photo was taken).
 *
 * @throws {OtValidationError} naming `picture` when the file is not a raster picture, cannot be read, or does
 *   not fit.
 */
export async function ownPictureFrom(file: Blob): Promise<string> {
  const allowed = checkOwnImageFile(file);
  if (!allowed.ok) throw refused('picture', allowed.reason);
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    throw refused('picture', 'the file could not be read as a picture');
  }
  const scale = Math.min(1, OT_OWN_IMAGE_MAX_SIDE / Math.max(bitmap.width, bitmap.height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(bitmap.width * scale));
  canvas.height = Math.max(1, Math.round(bitmap.height * scale));
  canvas.getContext('2d')!.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  bitmap.close();
  for (const quality of QUALITIES) {
    let url = canvas.toDataURL('image/webp', quality);
    // A browser that cannot write WebP answers with PNG, which is far larger for photos.
    if (!url.startsWith('data:image/webp')) url = canvas.toDataURL('image/jpeg', quality);
    if (url.length <= OT_OWN_IMAGE_MAX_CHARS) {
      const check = checkOwnImage(url);
      if (!check.ok) throw refused('picture', check.reason);
      return check.url;
    }
  }
  throw refused('picture', `the picture does not fit in ${OT_OWN_IMAGE_MAX_CHARS} characters even at low quality`);
}

/** A blob as a `data:` URL. */
function dataUrlOf(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsDataURL(blob);
  });
}

/**
 * A picked sound file as a stored sound: a base64 `data:audio/…` URL within `OT_OWN_SOUND_MAX_CHARS`.
 *
 * @throws {OtValidationError} naming `sound` when the file is not a sound, is too long, or cannot be read.
 */
export async function ownSoundFrom(file: Blob): Promise<string> {
  const allowed = checkOwnSoundFile(file);
  if (!allowed.ok) throw refused('sound', allowed.reason);
  let url: string;
  try {
    // The type the file was picked with, without parameters the URL policy does not read.
    url = (await dataUrlOf(file)).replace(/^data:[^;,]+(;[^,]*)?;base64,/, `data:${file.type.split(';')[0]};base64,`);
  } catch {
    throw refused('sound', 'the file could not be read');
  }
  const check = checkOwnSound(url);
  if (!check.ok) throw refused('sound', check.reason);
  return check.url;
}

/**
 * Plays a sound once. A page's `media-src` policy, autoplay rules or a broken file may refuse it: what the sound
 * belongs to still counts, so a refusal is swallowed.
 */
export function playSound(src: string): void {
  try {
    new Audio(src).play().catch(() => undefined);
  } catch {
    // no HTMLAudioElement here (server rendering)
  }
}

/** Where a recording stands. */
export type RecorderState = 'idle' | 'asking' | 'recording';

/** Why a recording could not start, in words a teacher can act on. */
function microphoneProblem(error: unknown): string {
  const name = error instanceof DOMException ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError')
    return 'the microphone is not allowed on this page: allow it in the browser’s site settings, or upload a sound file';
  if (name === 'NotFoundError' || name === 'OverconstrainedError')
    return 'no microphone was found: connect one, or upload a sound file';
  if (name === 'NotReadableError') return 'the microphone is in use by another program: close it and try again';
  return 'recording is not possible in this browser: upload a sound file instead';
}

/**
 * Records a sound with the microphone for one target at a time: `start` asks for the microphone and records,
 * `stop` (or the time limit, `OT_OWN_SOUND_MAX_SECONDS`) ends it and hands the stored sound to `done`. The host
 * re-renders on every change of `state`, so it can show the recording state and a Stop button.
 */
export class SoundRecorder<T> implements ReactiveController {
  state: RecorderState = 'idle';
  /** What is being recorded for (e.g. a step), while the state is not idle. */
  target: T | undefined;
  readonly #host: ReactiveControllerHost;
  #recorder: MediaRecorder | undefined;
  #limit: ReturnType<typeof setTimeout> | undefined;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.stop();
  }

  /**
   * Starts recording for `target`. Resolves when the recording has ended: `done` is called with the stored
   * sound, or `failed` with a typed error naming `sound` (microphone refused or missing, recording too large).
   */
  async start(target: T, done: (sound: string) => void, failed: (error: OtValidationError) => void): Promise<void> {
    if (this.state !== 'idle') return;
    this.#set('asking', target);
    let stream: MediaStream;
    try {
      if (typeof MediaRecorder !== 'function' || !navigator.mediaDevices) throw new DOMException('', 'NotSupported');
      stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    } catch (error) {
      this.#set('idle', undefined);
      return failed(refused('sound', microphoneProblem(error)));
    }
    const chunks: Blob[] = [];
    const recorder = new MediaRecorder(stream);
    this.#recorder = recorder;
    recorder.ondataavailable = (event) => chunks.push(event.data);
    const ended = new Promise<void>((resolve) => (recorder.onstop = () => resolve()));
    recorder.start();
    this.#limit = setTimeout(() => this.stop(), OT_OWN_SOUND_MAX_SECONDS * 1000);
    this.#set('recording', target);
    await ended;
    stream.getTracks().forEach((track) => track.stop());
    this.#set('idle', undefined);
    try {
      done(await ownSoundFrom(new Blob(chunks, { type: recorder.mimeType || 'audio/webm' })));
    } catch (error) {
      failed(error as OtValidationError);
    }
  }

  /** Ends the recording under way (nothing when none is). */
  stop(): void {
    clearTimeout(this.#limit);
    if (this.#recorder?.state === 'recording') this.#recorder.stop();
    this.#recorder = undefined;
  }

  #set(state: RecorderState, target: T | undefined): void {
    this.state = state;
    this.target = target;
    this.#host.requestUpdate();
  }
}
