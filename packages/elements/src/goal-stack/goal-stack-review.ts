import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  homePracticeLines,
  sessionNoteGoalLine,
  sessionNoteText,
  trialPercent,
  type OtNote,
  type OtSessionNote,
  type OtSessionReview,
} from '@otkit/sdk';
import { OtElement } from '../internal/ot-element.js';
import { goalStackMessages, type GoalStackText } from './goal-stack.messages.js';
import { copyNote, printNote, saveNote } from './session-note-actions.js';

/**
 * The end-of-session review of a goal stack: the goals worked on with their data, the notes addressed and the
 * notes to carry over, with **Carry all over** and **Back to goals**. `<ot-goal-stack view="review">` shows
 * it; a page can show it on its own with a review from the SDK's `sessionReview`.
 *
 * It renders into its own children, not a shadow root: inside `<ot-goal-stack>` it is part of the stack's
 * view, styled by the stack and found by its tests and tools as one tree.
 *
 * @summary The end-of-session review of a goal stack.
 * @tagname ot-goal-stack-review
 * @fires {Event} carry-all - The person asked to carry every open note over (not composed: for the stack around it).
 * @fires {Event} back - The person asked to go back to the goals (not composed).
 */
export class OtGoalStackReview extends OtElement {
  /** The review to show (from `sessionReview` or the goal stack's view model). */
  @property({ attribute: false }) review: OtSessionReview | undefined;

  /** The session note to show, copy, print and save (from the SDK's `sessionNote`). */
  @property({ attribute: false }) note: OtSessionNote | undefined;

  /** What the last copy did, shown next to the button. */
  @state() private copyState: 'copied' | 'copyFailed' | undefined;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  readonly #t: GoalStackText = this.translator(goalStackMessages);

  #renderList(title: 'workedOn' | 'notesAddressed' | 'toCarry', items: TemplateResult[]): TemplateResult {
    // A space between the heading and what follows keeps the text readable as text.
    return html`<h3>${this.#t(title)}</h3>
      ${
        items.length
          ? html`<ul>
              ${items}
            </ul>`
          : html`<p>${this.#t('none')}</p>`
      }`;
  }

  override render(): TemplateResult {
    const review = this.review;
    if (!review) return html``;
    const text = (note: OtNote) => html`<li class="text">${note.text}</li>`;
    const worked =
      this.note?.goals ??
      review.goals.map(({ goal, entry }) => ({ goal, entry, percentCorrect: trialPercent(entry.trials) }));
    return html`<section aria-labelledby="review-title">
      <h2 id="review-title" tabindex="-1">${this.#t('review')}</h2>
      ${this.#renderList(
        'workedOn',
        worked.map((goal) => html`<li>${sessionNoteGoalLine(goal, this.locale.lang)}</li>`),
      )}
      ${this.#renderList('notesAddressed', review.addressed.map(text))}
      ${this.#renderList('toCarry', review.toCarryOver.map(text))} ${this.#renderHomePractice()}
      <div class="row">
        ${
          review.toCarryOver.length
            ? html`<button class="btn primary" @click=${() => this.dispatchEvent(new Event('carry-all'))}>
                ${this.#t('carryAll')}
              </button>`
            : nothing
        }
        <button class="btn" id="back" @click=${() => this.dispatchEvent(new Event('back'))}>${this.#t('back')}</button>
      </div>
      ${this.#renderNote()}
    </section>`;
  }

  /** The home practice since the last session (the note's), as the SDK words it. */
  #renderHomePractice(): TemplateResult | typeof nothing {
    if (!this.note?.homePractice) return nothing;
    const { title, lines } = homePracticeLines(this.note.homePractice, this.locale.lang);
    return html`<h3>${title}</h3>
      <ul>
        ${lines.map((line) => html`<li>${line}</li>`)}
      </ul>`;
  }

  /** The one combined note of the session, as the SDK writes it, with Copy, Print and Save. */
  #renderNote(): TemplateResult | typeof nothing {
    if (!this.note) return nothing;
    const lang = this.locale.lang;
    const text = sessionNoteText(this.note, lang);
    const day = new Date(this.note.since).toLocaleDateString('sv');
    const copy = async () => (this.copyState = (await copyNote(text)) ? 'copied' : 'copyFailed');
    return html`<section part="session-note" aria-labelledby="session-note-title">
      <h3 id="session-note-title">${this.#t('sessionNote')}</h3>
      <pre class="session-note" tabindex="0" aria-labelledby="session-note-title">${text}</pre>
      <div class="row">
        <button class="btn" @click=${copy}>${this.#t('copyNote')}</button>
        <button class="btn" @click=${() => printNote(text, lang)}>${this.#t('printNote')}</button>
        <button class="btn" @click=${() => saveNote(text, day)}>${this.#t('saveNote')}</button>
        <p class="hint" role="status">${this.copyState ? this.#t(this.copyState) : ''}</p>
      </div>
    </section>`;
  }
}
