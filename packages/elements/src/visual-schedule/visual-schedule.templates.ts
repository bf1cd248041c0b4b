import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { OtImageRef, OtScheduleShow, OtStepCountdown, OtStepState, OtStepView } from '@otkit/sdk';
import { minutesOfDay } from '@otkit/sdk';
import type { OtTranslate } from '../i18n/messages.js';
import { renderImage } from '../internal/image.js';
import type { scheduleMessages } from './visual-schedule.messages.js';

/** The words of `<ot-visual-schedule>`. */
export type ScheduleWords = OtTranslate<(typeof scheduleMessages)['en']>;

/** What the step templates need from the schedule element. */
export interface StepTemplateHost {
  readonly show: OtScheduleShow;
  readonly readonly: boolean;
  readonly checkOnly: boolean;
  /** The id of the step whose change the store has not committed yet. */
  readonly savingStep: string | undefined;
  readonly t: ScheduleWords;
  /** A time of day in the page's language. */
  formatTime(hhmm: string): string;
  /** Someone asks for `state` on the step at `index`. */
  requestState(index: number, state: OtStepState): void;
  /** Someone picks an activity of a choice step, or asks to choose again (undefined). */
  choose(index: number, choiceId: string | undefined): void;
}

/** A picture next to words that already say everything (hidden from assistive tech). */
export const picture = (image: OtImageRef | undefined, part = 'picture') =>
  renderImage(image, '', { part, decorative: true });

const twoDigits = (n: number) => String(n).padStart(2, '0');

/** `m:ss`, or `h:mm:ss` from an hour up. */
export function countdownText(seconds: number): string {
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = twoDigits(seconds % 60);
  return hours ? `${hours}:${twoDigits(minutes)}:${rest}` : `${minutes}:${rest}`;
}

/** The step's words of state: "Now", "Done", "Skipped", or "It's time" for the step whose time has come. */
const statusWord = (t: ScheduleWords, status: NonNullable<OtStepView['status']>) =>
  status === 'its-time' ? t('itsTime') : t(status);

/** A Now, Skip or Choose-again button, named with its step for screen readers; `pressed` makes it a toggle. */
function control(part: string, word: string, label: string, onClick: () => void, pressed?: boolean): TemplateResult {
  return html`<button
    part=${part}
    class="btn ${pressed === undefined ? 'quiet' : ''}"
    aria-pressed=${ifDefined(pressed === undefined ? undefined : pressed ? 'true' : 'false')}
    @click=${onClick}
  >
    ${word}<span class="visually-hidden">: ${label}</span>
  </button>`;
}

/** What the check-off button shows: picture, words, time, minutes, status and the box to tick. */
function renderBody(view: OtStepView, host: StepTemplateHost): TemplateResult {
  const { t } = host;
  const { timeOfDay, minutes } = view.step;
  const words = host.show === 'picture' ? 'visually-hidden' : '';
  const finished = view.state === 'done' || view.state === 'skipped';
  return html`${host.show !== 'text' ? picture(view.face.image) : nothing}
    <span part="label" class=${words}>${view.face.label}</span>
    ${
      timeOfDay
        ? html`<time part="time" class=${words} datetime=${timeOfDay}>${host.formatTime(timeOfDay)}</time>`
        : nothing
    }
    ${minutes ? html`<span part="minutes" class=${words}>${t('minutes', { n: minutes })}</span>` : nothing}
    ${view.status ? html`<span part="status" class=${words}>${statusWord(t, view.status)}</span>` : nothing}
    <span part="box">
      ${finished ? picture({ symbol: view.state === 'done' ? 'yes' : 'no' }, 'mark') : nothing}
    </span>`;
}

/** The activities of a choice step still to pick (a group of buttons; plain when read-only). */
function renderChoices(view: OtStepView, host: StepTemplateHost): TemplateResult {
  const prompt = `${view.face.label}: ${host.t('pickOne')}`;
  return html`<div part="choices" role="group" aria-label=${prompt}>
    <span part="label" aria-hidden="true">${prompt}</span>
    ${view.step.choices!.map((choice) => {
      const content = html`${picture(choice.image)}<span>${choice.label}</span>`;
      return host.readonly
        ? html`<span part="choice">${content}</span>`
        : html`<button part="choice" class="btn" @click=${() => host.choose(view.index, choice.id)}>
            ${content}
          </button>`;
    })}
  </div>`;
}

function renderCountdown(countdown: OtStepCountdown, t: ScheduleWords): TemplateResult {
  return html`<div part="countdown" role="timer">
    <span part="meter"><span part="meter-fill"></span></span>
    <span>${countdown.timeUp ? t('timeUp') : t('left', { time: countdownText(countdown.secondsLeft) })}</span>
  </div>`;
}

/** The caption above a step; the "Then" of a first–then board points at the reward. */
function renderCaption(caption: NonNullable<OtStepView['caption']>, t: ScheduleWords): TemplateResult {
  return html`<span part="caption">
    ${caption === 'then' ? picture({ symbol: 'then' }, 'arrow') : nothing}${t(caption)}
  </span>`;
}

/** One step: its caption, its check-off button (or the activities of a choice step), countdown and controls. */
export function renderStep(view: OtStepView, host: StepTemplateHost): TemplateResult {
  const { t } = host;
  const { index, state } = view;
  const flags = [
    state,
    view.current && 'current',
    view.next && 'next',
    view.clock && 'clock',
    view.choosing && 'choosing',
    host.savingStep === view.step.id && 'pending',
  ].filter(Boolean);
  const toggle = (to: OtStepState) => () => host.requestState(index, state === to ? 'upcoming' : to);
  const check = host.readonly
    ? html`<div part="check">${renderBody(view, host)}</div>`
    : html`<button
        part="check"
        role="checkbox"
        aria-checked=${state === 'done' ? 'true' : 'false'}
        @click=${toggle('done')}
      >
        ${renderBody(view, host)}
      </button>`;
  const label = view.face.label;
  const controls = html`<div part="controls">
    ${control('now-button', t('now'), label, toggle('now'), state === 'now')}
    ${control('skip-button', t('skip'), label, toggle('skipped'), state === 'skipped')}
    ${
      view.canChooseAgain
        ? control('change-button', t('change'), view.step.label, () => host.choose(index, undefined))
        : nothing
    }
  </div>`;
  return html`<li
    part="step ${flags.join(' ')}"
    class=${view.hidden ? 'off' : ''}
    aria-current=${view.current ? 'step' : view.clock ? 'time' : 'false'}
  >
    ${view.caption ? renderCaption(view.caption, t) : nothing} ${view.choosing ? renderChoices(view, host) : check}
    ${view.countdown ? renderCountdown(view.countdown, t) : nothing}
    ${host.readonly || host.checkOnly ? nothing : controls}
  </li>`;
}

/** A time of day in the page's language (`8:30 AM`, `8:30`); an unusable language tag keeps `HH:MM`. */
export function formatTimeOfDay(hhmm: string, locale: string): string {
  try {
    const time = new Date(2000, 0, 1, 0, minutesOfDay(hhmm));
    return time.toLocaleTimeString(locale, { hour: 'numeric', minute: '2-digit' });
  } catch {
    return hhmm;
  }
}
