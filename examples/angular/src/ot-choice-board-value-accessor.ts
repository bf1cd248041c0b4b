import { Directive, ElementRef, forwardRef, inject } from '@angular/core';
import { NG_VALUE_ACCESSOR, type ControlValueAccessor } from '@angular/forms';
import type { OtChoiceBoard } from '@otkit/elements';

/**
 * Lets `[(ngModel)]`, `[formControl]` and `formControlName` drive `<ot-choice-board>`: the model is the board's
 * `value` (a choice id, or an array of ids with `multiple`), read after each native `change` the board fires.
 * Copy this file into an Angular app (docs/frameworks.md says why it is a snippet and not a package).
 */
@Directive({
  selector: 'ot-choice-board[ngModel], ot-choice-board[formControl], ot-choice-board[formControlName]',
  providers: [{ provide: NG_VALUE_ACCESSOR, useExisting: forwardRef(() => OtChoiceBoardValueAccessor), multi: true }],
  host: { '(change)': 'changed()', '(focusout)': 'touched()' },
})
export class OtChoiceBoardValueAccessor implements ControlValueAccessor {
  readonly #board: OtChoiceBoard = inject<ElementRef<OtChoiceBoard>>(ElementRef).nativeElement;
  #onChange: (value: string | string[]) => void = () => undefined;
  #onTouched: () => void = () => undefined;

  writeValue(value: string | readonly string[] | null): void {
    this.#board.value = value ?? '';
  }

  registerOnChange(onChange: (value: string | string[]) => void): void {
    this.#onChange = onChange;
  }

  registerOnTouched(onTouched: () => void): void {
    this.#onTouched = onTouched;
  }

  setDisabledState(disabled: boolean): void {
    this.#board.disabled = disabled;
  }

  protected changed(): void {
    this.#onChange(this.#board.value);
  }

  protected touched(): void {
    this.#onTouched();
  }
}
