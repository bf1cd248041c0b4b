import { CUSTOM_ELEMENTS_SCHEMA, Component, type ElementRef, viewChild } from '@angular/core';
import { FormsModule } from '@angular/forms';
import type { OtStepChangeEvent, OtVisualSchedule } from '@otkit/elements';
import { breakBoard, morningSteps } from '../../shared/data.js';
import { OtChoiceBoardValueAccessor } from './ot-choice-board-value-accessor.js';

/**
 * The Angular example: `[(ngModel)]` on the board through the value accessor, properties bound with `[prop]`,
 * an event whose `$event` Angular types from the element classes (strictTemplates).
 */
@Component({
  selector: 'app-root',
  imports: [FormsModule, OtChoiceBoardValueAccessor],
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <main>
      <h1>OT Kit in Angular</h1>
      <form #formElement (ngSubmit)="submit(formElement)">
        <label for="board">Pick a break</label>
        <ot-choice-board id="board" name="activity" no-speech [board]="board" [(ngModel)]="choice"></ot-choice-board>
        <button type="button" (click)="choice = 'swing'">Choose swing</button>
        <button type="submit">Send</button>
      </form>
      <p id="chosen">{{ choice }}</p>
      <p id="submitted">{{ submitted }}</p>
      <ot-visual-schedule
        #schedule
        heading="Morning"
        [steps]="steps"
        (ot-step-change)="stepChanged($event)"
      ></ot-visual-schedule>
      <p id="last-step">{{ lastStep }}</p>
    </main>
  `,
})
export class AppComponent {
  readonly board = breakBoard;
  readonly steps = morningSteps;
  readonly schedule = viewChild.required<ElementRef<OtVisualSchedule>>('schedule');
  choice: string | string[] = '';
  submitted = '';
  lastStep = '';

  submit(form: HTMLFormElement): void {
    this.submitted = new FormData(form).getAll('activity').join(',');
  }

  stepChanged(event: OtStepChangeEvent): void {
    // The element class types the element too: here its steps, as the schedule holds them now.
    const done = this.schedule().nativeElement.steps?.filter((step) => step.state === 'done').length ?? 0;
    this.lastStep = `${event.detail.step.label}: ${event.detail.step.state} (${done} done)`;
  }
}
