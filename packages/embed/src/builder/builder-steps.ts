import { html, type TemplateResult } from 'lit';
import { moveDownIcon, moveUpIcon, renderImage } from '@otkit/elements';
import { emptyChoice, type ChoiceDraft, type Draft } from './builder-drafts.js';
import { renderStepSound, type MediaHost } from './builder-media.js';
import type { BuilderT } from './builder.messages.js';

/** What the step editor needs from the builder. */
export interface StepsHost extends MediaHost {
  readonly t: BuilderT;
  readonly drafts: readonly Draft[];
  edit(change: () => void): void;
  openPicker(target: ChoiceDraft, event: Event): void;
  move(index: number, by: number): void;
  remove(index: number): void;
  add(): void;
}

/** A step's or an activity's picture button: the picture chosen, else the word "Picture". */
function renderPictureButton(host: StepsHost, d: ChoiceDraft, name: string): TemplateResult {
  return html`<button type="button" class="btn pic" aria-label=${name} @click=${(e: Event) => host.openPicker(d, e)}>
    ${d.image ? renderImage(d.image, '', { decorative: true }) : host.t('choosePicture')}
  </button>`;
}

/** The words field of a step or an activity; `where` names it for screen readers. */
function renderWords(host: StepsHost, d: ChoiceDraft, where: string): TemplateResult {
  return html`<label
    >${host.t('words')}<span class="visually-hidden"> (${where})</span>
    <input
      class="field"
      maxlength="80"
      .value=${d.label}
      @input=${(e: Event) => host.edit(() => (d.label = (e.target as HTMLInputElement).value))}
  /></label>`;
}

/** The activities of a choice step (2–4), or the button that makes the step a choice. */
function renderChoices(host: StepsHost, d: Draft, i: number, step: string): TemplateResult {
  const { t } = host;
  const setChoices = (choices: ChoiceDraft[] | undefined) => host.edit(() => (d.choices = choices));
  const choices = d.choices;
  if (!choices)
    return html`<button type="button" class="btn quiet" @click=${() => setChoices([emptyChoice(), emptyChoice()])}>
      ${t('makeChoice')}<span class="visually-hidden"> (${step})</span>
    </button>`;
  return html`<fieldset class="choices">
    <legend>${t('choicesOf', { n: i + 1 })}</legend>
    ${choices.map(
      (c, j) =>
        html`<div class="row">
          ${renderPictureButton(host, c, t('choicePicture', { n: i + 1, c: j + 1 }))}
          ${renderWords(host, c, t('choiceN', { n: i + 1, c: j + 1 }))}
          <button
            type="button"
            class="btn quiet"
            ?disabled=${choices.length <= 2}
            aria-label=${t('removeChoice', { n: i + 1, c: j + 1 })}
            @click=${() => setChoices(choices.filter((x) => x !== c))}
          >
            ${t('remove')}
          </button>
        </div>`,
    )}
    <div class="row">
      <button
        type="button"
        class="btn"
        ?disabled=${choices.length >= 4}
        @click=${() => setChoices([...choices, emptyChoice()])}
      >
        ${t('addChoice')}<span class="visually-hidden"> (${step})</span>
      </button>
      <button type="button" class="btn quiet" @click=${() => setChoices(undefined)}>
        ${t('noChoice')}<span class="visually-hidden"> (${step})</span>
      </button>
    </div>
  </fieldset>`;
}

/** One step: picture, words, time, minutes, move and remove, its sound, and its activities. */
function renderStep(host: StepsHost, d: Draft, i: number): TemplateResult {
  const { t } = host;
  const n = host.drafts.length;
  const step = t('stepN', { n: i + 1 });
  const set = (key: 'time' | 'minutes') => (e: Event) =>
    host.edit(() => (d[key] = (e.target as HTMLInputElement).value));
  return html`<li>
    ${renderPictureButton(host, d, t('pictureFor', { n: i + 1 }))} ${renderWords(host, d, step)}
    <label
      >${t('time')}<span class="visually-hidden"> (${step})</span>
      <input class="field" type="time" .value=${d.time} @input=${set('time')}
    /></label>
    <label
      >${t('minutes')}<span class="visually-hidden"> (${step})</span>
      <input
        class="field"
        type="number"
        min="1"
        max="600"
        inputmode="numeric"
        .value=${d.minutes}
        @input=${set('minutes')}
    /></label>
    <button
      type="button"
      class="btn icon move"
      aria-label=${t('moveUp', { n: i + 1 })}
      ?disabled=${i === 0}
      @click=${() => host.move(i, -1)}
    >
      ${moveUpIcon}
    </button>
    <button
      type="button"
      class="btn icon move"
      aria-label=${t('moveDown', { n: i + 1 })}
      ?disabled=${i === n - 1}
      @click=${() => host.move(i, 1)}
    >
      ${moveDownIcon}
    </button>
    <button type="button" class="btn danger" aria-label=${t('removeN', { n: i + 1 })} @click=${() => host.remove(i)}>
      ${t('remove')}
    </button>
    ${renderStepSound(host, d, i)} ${renderChoices(host, d, i, step)}
  </li>`;
}

/** The steps, in order, and the button that adds one (50 at most, as in a schedule). */
export function renderSteps(host: StepsHost): TemplateResult {
  const n = host.drafts.length;
  return html`<fieldset>
    <legend>${host.t('steps')}</legend>
    <ol>
      ${host.drafts.map((d, i) => renderStep(host, d, i))}
    </ol>
    <div class="row">
      <button type="button" class="btn add" ?disabled=${n >= 50} @click=${() => host.add()}>
        ${host.t('addStep')}
      </button>
    </div>
  </fieldset>`;
}
