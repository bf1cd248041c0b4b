import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { OtNote, OtProgressEntry, OtSessionReview } from '@otkit/sdk';
import { OtElement } from '../internal/ot-element.js';
import { goalStackMessages, type GoalStackText } from './goal-stack.messages.js';
import { QUICK_DATA_CHOICES, trialCounts } from './quick-data.template.js';

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

  #renderWorkedOn(description: string, entry: OtProgressEntry): TemplateResult {
    const choices = QUICK_DATA_CHOICES.map(([field]) => entry[field] && this.#t(entry[field]));
    const rest = [...choices, entry.note].filter(Boolean);
    // Signed counts stay left to right in a right-to-left page.
    return html`<li>
      <strong>${description}</strong>:
      ${
        entry.trials ? html`<span dir="ltr">${trialCounts(entry.trials)}</span>${rest.length ? ' · ' : ''}` : nothing
      }${rest.join(' · ')}
    </li>`;
  }

  override render(): TemplateResult {
    const review = this.review;
    if (!review) return html``;
    const text = (note: OtNote) => html`<li class="text">${note.text}</li>`;
    return html`<section aria-labelledby="review-title">
      <h2 id="review-title" tabindex="-1">${this.#t('review')}</h2>
      ${this.#renderList(
        'workedOn',
        review.goals.map(({ goal, entry }) => this.#renderWorkedOn(goal.description, entry)),
      )}
      ${this.#renderList('notesAddressed', review.addressed.map(text))}
      ${this.#renderList('toCarry', review.toCarryOver.map(text))}
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
    </section>`;
  }
}
