import { defineElement } from '@otkit/elements';
import { OtScheduleBuilder } from './schedule-builder.js';

defineElement('ot-schedule-builder', OtScheduleBuilder);

export { OtScheduleBuilder };

declare global {
  interface HTMLElementTagNameMap {
    'ot-schedule-builder': OtScheduleBuilder;
  }
}
