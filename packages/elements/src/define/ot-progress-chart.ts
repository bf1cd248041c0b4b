import { OtProgressChart } from '../progress-chart/progress-chart.js';
import { defineElement } from '../internal/define-element.js';

defineElement('ot-progress-chart', OtProgressChart);

export { OtProgressChart };

declare global {
  interface HTMLElementTagNameMap {
    'ot-progress-chart': OtProgressChart;
  }
}
