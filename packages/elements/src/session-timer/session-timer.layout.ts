import { html, nothing, type TemplateResult } from 'lit';
import { sessionSummaryText, type OtSessionTimerView, type OtSummaryLanguage } from '@otkit/sdk';
import type { CatchUp } from './timer-cues.js';
import type { IncidentDraft } from './session-timer.panels.js';
import {
  reasonWord,
  renderControls,
  renderPanel,
  renderProgress,
  statusText,
  type TimerControlHandlers,
  type TimerPanelHandlers,
  type TimerTranslate,
} from './session-timer.render.js';
import { renderCountdown, renderPhasePicture } from './session-timer.face.js';
import type { OtTimerAppearance, OtTimerOvertime, TimerPanel } from './session-timer.types.js';

/** What the timer's layout needs from `<ot-session-timer>`, read when it renders. */
export interface TimerLayoutHost {
  readonly view: OtSessionTimerView;
  /** The error shown above everything, if any. */
  readonly error: TemplateResult | typeof nothing;
  readonly t: TimerTranslate;
  readonly lang: OtSummaryLanguage;
  readonly appearance: OtTimerAppearance;
  readonly overtime: OtTimerOvertime;
  readonly child: boolean;
  readonly compact: boolean;
  readonly locked: boolean;
  /** The words "Loading…" while a connected store has not loaded yet; false once it has. */
  readonly loading: string | false;
  /** A phase that ended while the page could not tell (a hidden tab, a sleeping laptop). */
  readonly catchUp: CatchUp | undefined;
  readonly controls: TimerControlHandlers;
  readonly saveState: 'saving' | 'saved' | undefined;
  readonly panel: TimerPanel;
  readonly form: { readonly draft: IncidentDraft; readonly invalid: readonly string[] };
  readonly panelHandlers: TimerPanelHandlers;
  /** The live region. */
  readonly announcer: TemplateResult;
}

/**
 * The timer: the phase, the countdown (calm over time in the child view and with `overtime="calm"`), the status
 * line, the session's progress, the controls and their panel, and the summary once the session has ended. The
 * child view shows only the phase's picture and the disc.
 */
export function renderTimerLayout(host: TimerLayoutHost): TemplateResult {
  const { view, t, lang } = host;
  const ended = view.status === 'ended';
  const calm = host.child || host.overtime === 'calm';
  const countdown = renderCountdown(view, { appearance: host.child ? 'disc' : host.appearance, calm }, t);
  const over = view.over && (calm ? 'calm-over' : 'over');
  const classes = [host.compact && 'compact', host.child && 'child', view.warning && 'warn', over].filter(Boolean);
  if (host.child && !ended)
    return html`<div part="base" class=${classes.join(' ')}>
      ${host.error} ${renderPhasePicture(view)} ${countdown} ${host.announcer}
    </div>`;
  return html`<div part="base" class=${classes.join(' ')}>
    ${host.error}
    <p part="phase">${ended ? t('endState', { reason: reasonWord(lang, 'end', view.endReason!) }) : view.phase.name}</p>
    ${ended ? nothing : countdown}
    <p part="status">${statusText(view, { loading: host.loading, catchUp: host.catchUp, t, lang })}</p>
    ${ended ? nothing : renderProgress(view, t)}
    ${host.locked || host.loading ? nothing : renderControls(view, host.controls, host.saveState, t)}
    ${host.locked ? nothing : renderPanel(host.panel, host.form, host.panelHandlers, t, lang)}
    ${
      ended && !host.compact && view.summary
        ? html`<pre part="summary">${sessionSummaryText(view.summary, lang)}</pre>`
        : nothing
    }
    ${host.announcer}
  </div>`;
}
