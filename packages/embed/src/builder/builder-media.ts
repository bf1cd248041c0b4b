import { html, nothing, type TemplateResult } from 'lit';
import { ownPictureFrom, ownSoundFrom, type SoundRecorder } from '@otkit/elements';
import {
  OT_EMBED_MAX_FRAGMENT,
  OT_OWN_IMAGE_FILE_TYPES,
  OT_OWN_SOUND_FILE_TYPES,
  checkOwnMediaAddress,
  type OtImageRef,
  type OtLinkMedia,
} from '@otkit/sdk';
import type { Draft } from './builder-drafts.js';
import type { BuilderT } from './builder.messages.js';

/** A refused own picture or sound, shown next to its field: `picture`, or the key of the step whose sound it is. */
export interface MediaProblem {
  readonly field: 'picture' | number;
  readonly message: string;
}

/** What the own-media fields need from the builder. */
export interface MediaHost {
  readonly t: BuilderT;
  readonly mediaProblem: MediaProblem | undefined;
  readonly recorder: SoundRecorder<Draft>;
  /** A picture file picked in the picker, for the picker's target. */
  pickPicture(file: File): void;
  /** A picture address typed in the picker, for the picker's target. */
  usePictureAddress(address: string): void;
  pickSound(d: Draft, file: File): void;
  useSoundAddress(d: Draft, address: string): void;
  record(d: Draft): void;
  removeSound(d: Draft): void;
}

/** What {@link mediaHandlers} works with. */
export interface MediaOwner {
  readonly t: BuilderT;
  readonly problem: MediaProblem | undefined;
  readonly recorder: SoundRecorder<Draft>;
  setProblem(problem: MediaProblem | undefined): void;
  /** Runs a change of the form and rebuilds the link. */
  edit(change: () => void): void;
  /** Gives the picker's target this picture and closes the picker. */
  usePicture(image: OtImageRef): void;
}

/** The first message of a refusal: the SDK's reason, without the field name the element already shows. */
const reasonOf = (error: unknown) =>
  (error as { issues?: readonly { message: string }[] }).issues?.[0]?.message ?? String(error);

/**
 * The own-media handlers of the builder: a picked picture scaled down, a typed address checked by the URL
 * policy, a sound picked or recorded; each refusal is kept with its field so it shows next to it.
 */
export function mediaHandlers(owner: MediaOwner): MediaHost {
  const refuse = (field: MediaProblem['field']) => (error: unknown) =>
    owner.setProblem({ field, message: reasonOf(error) });
  const accept = (apply: () => void) => {
    owner.setProblem(undefined);
    owner.edit(apply);
  };
  return {
    t: owner.t,
    mediaProblem: owner.problem,
    recorder: owner.recorder,
    pickPicture: (file) => void ownPictureFrom(file).then((src) => owner.usePicture({ src }), refuse('picture')),
    usePictureAddress: (address) => {
      const check = checkOwnMediaAddress(address, 'picture');
      if (check.ok) owner.usePicture({ src: check.url });
      else owner.setProblem({ field: 'picture', message: check.reason });
    },
    pickSound: (d, file) => void ownSoundFrom(file).then((src) => accept(() => (d.sound = src)), refuse(d.key)),
    useSoundAddress: (d, address) => {
      const check = checkOwnMediaAddress(address, 'sound');
      if (check.ok) accept(() => (d.sound = check.url));
      else owner.setProblem({ field: d.key, message: check.reason });
    },
    record: (d) => void owner.recorder.start(d, (src) => accept(() => (d.sound = src)), refuse(d.key)),
    removeSound: (d) => accept(() => (d.sound = undefined)),
  };
}

/** The file a file input holds, once; the input is emptied so the same file can be picked again. */
function takeFile(event: Event, use: (file: File) => void): void {
  const input = event.target as HTMLInputElement;
  const file = input.files?.[0];
  input.value = '';
  if (file) use(file);
}

/** The refusal of `field`, as a named error next to it. */
function renderProblem(host: MediaHost, field: MediaProblem['field'], name: string, id: string) {
  const problem = host.mediaProblem;
  return problem?.field === field
    ? html`<p id=${id} part="media-error" role="alert"><strong>${name}:</strong> ${problem.message}</p>`
    : nothing;
}

/** In the picker: a picture file from the device, or the https address of a picture. */
export function renderOwnPicture(host: MediaHost): TemplateResult {
  const { t } = host;
  const refused = host.mediaProblem?.field === 'picture';
  let address = '';
  return html`<fieldset part="own-picture">
    <legend>${t('ownPicture')}</legend>
    <p id="own-picture-help">${t('ownPictureHelp')}</p>
    <label
      >${t('pictureFile')}
      <input
        class="field"
        type="file"
        accept=${OT_OWN_IMAGE_FILE_TYPES.join(',')}
        aria-describedby="own-picture-help"
        @change=${(e: Event) => takeFile(e, (file) => host.pickPicture(file))}
    /></label>
    <div class="row">
      <label
        >${t('pictureAddress')}
        <input
          class="field"
          name="picture-address"
          type="url"
          inputmode="url"
          spellcheck="false"
          aria-invalid=${refused ? 'true' : nothing}
          aria-describedby=${refused ? 'picture-error' : nothing}
          @input=${(e: Event) => (address = (e.target as HTMLInputElement).value)}
          @keydown=${(e: KeyboardEvent) => {
            if (e.key !== 'Enter') return;
            e.preventDefault();
            host.usePictureAddress((e.target as HTMLInputElement).value);
          }}
      /></label>
      <button type="button" class="btn" @click=${() => host.usePictureAddress(address)}>${t('useAddress')}</button>
    </div>
    ${renderProblem(host, 'picture', t('ownPicture'), 'picture-error')}
  </fieldset>`;
}

/** A step's sound: what it is, play it, record or pick one, or give its address; the recording state and Stop. */
export function renderStepSound(host: MediaHost, d: Draft, i: number): TemplateResult {
  const { t, recorder } = host;
  const name = t('soundOf', { n: i + 1 });
  const mine = recorder.target === d;
  const busy = recorder.state !== 'idle';
  const errorId = `sound-error-${d.key}`;
  const recording = mine
    ? html`<p part="recording" role="status">
        ${recorder.state === 'asking' ? t('askingMicrophone') : t('recording')}
      </p>`
    : nothing;
  return html`<fieldset class="sound" part="sound">
    <legend>${name}</legend>
    ${d.sound ? html`<audio controls preload="none" src=${d.sound} aria-label=${name}></audio>` : nothing}
    <div class="row">
      ${
        mine && recorder.state === 'recording'
          ? html`<button type="button" class="btn primary" part="stop-recording" @click=${() => recorder.stop()}>
              ${t('stopRecording')}<span class="visually-hidden"> (${name})</span>
            </button>`
          : html`<button type="button" class="btn" ?disabled=${busy} @click=${() => host.record(d)}>
              ${t('record')}<span class="visually-hidden"> (${name})</span>
            </button>`
      }
      <label
        >${t('soundFile')}<span class="visually-hidden"> (${name})</span>
        <input
          class="field"
          type="file"
          accept=${OT_OWN_SOUND_FILE_TYPES.join(',')}
          aria-describedby=${host.mediaProblem?.field === d.key ? errorId : nothing}
          @change=${(e: Event) => takeFile(e, (file) => host.pickSound(d, file))}
      /></label>
      <label
        >${t('soundAddress')}<span class="visually-hidden"> (${name})</span>
        <input
          class="field"
          type="url"
          inputmode="url"
          spellcheck="false"
          @change=${(e: Event) => host.useSoundAddress(d, (e.target as HTMLInputElement).value)}
      /></label>
      ${
        d.sound
          ? html`<button type="button" class="btn quiet" @click=${() => host.removeSound(d)}>
              ${t('removeSound')}<span class="visually-hidden"> (${name})</span>
            </button>`
          : nothing
      }
    </div>
    ${recording} ${renderProblem(host, d.key, name, errorId)}
  </fieldset>`;
}

/** Why no link is made: the own media stored inline, named with their sizes, against what a link holds. */
export function renderLinkMedia(t: BuilderT, media: readonly OtLinkMedia[]): TemplateResult {
  const chars = media.reduce((sum, item) => sum + item.chars, 0);
  return html`<div part="media-too-big" role="alert">
    <p><strong>${t('mediaTooBig')}</strong> ${t('mediaSize', { chars, max: OT_EMBED_MAX_FRAGMENT })}</p>
    <ul>
      ${media.map(
        (item) =>
          html`<li>
            ${t('mediaItem', { step: item.step, choice: item.choice ?? 0, sound: item.kind === 'sound', chars: item.chars })}
          </li>`,
      )}
    </ul>
    <p>${t('mediaTooBigHelp')}</p>
  </div>`;
}
