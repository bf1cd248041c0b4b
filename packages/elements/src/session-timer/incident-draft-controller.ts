import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { draftKey } from '@otkit/sdk';
import { DraftController } from '../controllers/draft-controller.js';
import { NO_DRAFT, readDraft, type IncidentDraft } from './session-timer.panels.js';
import type { TimerSessionSource } from './session-timer.source.js';

/** The incident form's text fields, kept as drafts. */
const FIELDS = ['what', 'actions'] as const;

/** The timer, as the incident form's drafts see it. */
type TimerHost = ReactiveControllerHost & { readonly renderRoot?: ParentNode; readonly clientId: string | undefined };

/**
 * The incident form's answers while it is filled in, with its typed text kept as drafts (the SDK's drafts: on
 * this device only, never synced or exported), so a reload in the middle of an emergency loses nothing: the form
 * shows the text again when it is opened. Saving the incident forgets the drafts.
 */
export class IncidentDraftController implements ReactiveController {
  #draft: IncidentDraft = NO_DRAFT;
  readonly #host: TimerHost;
  readonly #drafts: DraftController;

  /** `session`: the timer's session source (connected, its store keeps the drafts; standalone nothing outlives the page). */
  constructor(host: TimerHost, session: TimerSessionSource) {
    this.#host = host;
    this.#drafts = new DraftController(host, {
      store: () => (session.store?.status === 'ready' ? session.store : undefined),
      // The incident belongs to the stored session (and its client).
      key: (field) => draftKey('ot-session-timer', `incident-${field}`, host.clientId ?? '', session.recordId ?? ''),
      input: (field) => this.#form()?.querySelector<HTMLTextAreaElement>(`textarea[name="${field}"]`) ?? null,
      restored: () => this.#read(),
    });
    this.#drafts.watch(...FIELDS);
    host.addController(this);
  }

  hostConnected(): void {}

  /** The answers as they are now. */
  get draft(): IncidentDraft {
    return this.#draft;
  }

  /** The form changed: take its answers, and keep the field typed into as a draft. */
  input(event: Event): void {
    this.#read();
    const name = (event.target as HTMLTextAreaElement | null)?.name;
    if ((FIELDS as readonly string[]).includes(name ?? '')) this.#drafts.input(name!);
  }

  /** The incident was saved: the form starts empty next time, and its drafts go. */
  async saved(): Promise<void> {
    this.#draft = NO_DRAFT;
    await Promise.all(FIELDS.map((field) => this.#drafts.sent(field)));
  }

  #form(): HTMLFormElement | null {
    return this.#host.renderRoot?.querySelector<HTMLFormElement>('form[part="panel"]') ?? null;
  }

  #read(): void {
    const form = this.#form();
    if (form) this.#draft = readDraft(form);
  }
}
