/**
 * The way from the session timer's "Home plan" phase into the home program builder: a button the timer draws,
 * and the dialog it opens by default. The timer fires a cancelable `ot-home-plan-open` first, so a portal with
 * its own builder page cancels it and goes there; otherwise `<ot-home-program view="therapist">` is loaded when
 * the page has not loaded it (only now: a timer that never reaches this phase never loads the builder) and shown in a native modal
 * `<dialog>` (focus kept inside, Escape closes) in the timer's shadow root, where it still reaches the
 * `<ot-provider>` around the timer and so stores the program for the same session and client.
 */
import { css, html, type TemplateResult } from 'lit';
import { OtHomePlanOpenEvent, type OtHomePlanOpenDetail } from '../events/ot-home-program.js';
import { defineMessages, translate, type OtLanguage } from '../i18n/messages.js';

/** The opener's own few words: the timer carries these, not the builder's whole catalog. */
const openerMessages = defineMessages({
  en: { openBuilder: 'Make the home plan', builderTitle: 'Home plan', closeBuilder: 'Close' },
  es: { openBuilder: 'Hacer el plan para casa', builderTitle: 'Plan para casa', closeBuilder: 'Cerrar' },
});

/** The dialog's own layout, added to the shadow root once (a constructed sheet: strict-CSP safe). */
const dialogStyles = css`
  dialog.ot-home-plan {
    inline-size: min(40rem, calc(100vw - 2rem));
    max-block-size: calc(100dvh - 2rem);
    padding: var(--_ot-space-m, 1rem);
    border: 1px solid CanvasText;
    border-radius: var(--_ot-radius-m, 0.5rem);
    background: var(--_ot-color-canvas, Canvas);
    color: var(--_ot-color-text, CanvasText);
  }
  dialog.ot-home-plan::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  dialog.ot-home-plan form {
    display: flex;
    justify-content: flex-end;
    margin-block-start: var(--_ot-space-m, 1rem);
  }
`.styleSheet!;

/**
 * Loads `<ot-home-program>` when the page has not. A bundler (Vite, webpack, Next.js) makes it a chunk of its
 * own, loaded only when the builder opens; the timer's single-file CDN build loads `ot-home-program.min.js`
 * beside it instead of carrying the builder (+15 kB gzip; rollup.config.mjs). A failed load leaves the dialog to
 * the host (the event has fired).
 */
async function loadBuilder(): Promise<void> {
  await import('../define/ot-home-program.js');
}

/** What the opener needs from the timer: where to draw, its language, and the session and client. */
export interface HomePlanOpenerOptions extends OtHomePlanOpenDetail {
  readonly lang: OtLanguage;
}

/**
 * Fires `ot-home-plan-open` on `host`; unless it is cancelled, shows the builder in a modal dialog in the
 * host's shadow root and resolves with the dialog (undefined when cancelled).
 */
export async function openHomePlan(
  host: HTMLElement,
  options: HomePlanOpenerOptions,
): Promise<HTMLDialogElement | undefined> {
  const { sessionId, clientId, lang } = options;
  if (!host.dispatchEvent(new OtHomePlanOpenEvent({ sessionId, clientId }))) return undefined;
  if (!customElements.get('ot-home-program')) await loadBuilder().catch(() => undefined);
  if (!customElements.get('ot-home-program')) return undefined;
  const root = host.shadowRoot!;
  if (!root.adoptedStyleSheets.includes(dialogStyles))
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, dialogStyles];
  const dialog = root.querySelector<HTMLDialogElement>('dialog.ot-home-plan') ?? root.appendChild(homePlanDialog());
  const builder = dialog.querySelector('ot-home-program')!;
  builder.setAttribute('lang', lang);
  for (const [name, value] of [
    ['session-id', sessionId],
    ['client-id', clientId],
  ] as const)
    if (value) builder.setAttribute(name, value);
    else builder.removeAttribute(name);
  const t = (key: 'builderTitle' | 'closeBuilder') => translate(openerMessages, lang, key);
  dialog.querySelector('h2')!.textContent = t('builderTitle');
  dialog.querySelector('button')!.textContent = t('closeBuilder');
  dialog.showModal();
  return dialog;
}

/** The dialog, built with DOM calls (no HTML strings): a title, the builder, and a Close button. */
function homePlanDialog(): HTMLDialogElement {
  const dialog = document.createElement('dialog');
  dialog.className = 'ot-home-plan';
  dialog.setAttribute('aria-labelledby', 'ot-home-plan-title');
  const title = dialog.appendChild(document.createElement('h2'));
  title.id = 'ot-home-plan-title';
  const builder = dialog.appendChild(document.createElement('ot-home-program'));
  builder.setAttribute('view', 'therapist');
  const form = dialog.appendChild(document.createElement('form'));
  form.method = 'dialog';
  const close = form.appendChild(document.createElement('button'));
  close.className = 'btn';
  return dialog;
}

/**
 * The timer's "Make the home plan" button (a native button: keyboard, and at least 44 px from `.btn`), for the
 * session `sessionId` (none when empty) and the client `clientId`.
 */
export function renderHomePlanOpener(
  host: HTMLElement,
  lang: OtLanguage,
  clientId: string | undefined,
  sessionId: string | undefined,
): TemplateResult {
  const options = { lang, clientId, sessionId: sessionId || undefined };
  return html`<button class="btn" @click=${() => void openHomePlan(host, options)}>
    ${translate(openerMessages, lang, 'openBuilder')}
  </button>`;
}
