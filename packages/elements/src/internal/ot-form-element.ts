import { OtElement } from './ot-element.js';

/**
 * An OtElement that takes part in forms like a native control (a form-associated custom element): `<label for>`
 * names it, `.labels`, `.form`, `.validity` and `checkValidity()` answer as they do on `<select>`, and a disabled
 * fieldset re-renders it. A subclass hands its value and validity to `internals`.
 */
export class OtFormElement extends OtElement {
  static formAssociated = true;

  /** The element's link to its form: value, validity, labels. */
  protected readonly internals = this.attachInternals();

  /** Called when a surrounding fieldset or form is disabled or enabled. */
  formDisabledCallback(): void {
    this.requestUpdate('disabled');
  }

  /** The `<label>` elements that name the element (`<label for="…">` or a label around it). */
  get labels(): NodeList {
    return this.internals.labels;
  }

  /** The form the element belongs to. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  /** Whether the element's value is valid (with `required`, something is chosen). */
  get validity(): ValidityState {
    return this.internals.validity;
  }

  /** What is missing, in the page's language; empty when valid. */
  get validationMessage(): string {
    return this.internals.validationMessage;
  }

  /** Checks validity (fires `invalid` when not valid). */
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }

  /** Checks validity and shows the message to the person. */
  reportValidity(): boolean {
    return this.internals.reportValidity();
  }
}
