import { OtHomeProgram } from '../home-program/home-program.js';
import { defineElement } from '../internal/define-element.js';

defineElement('ot-home-program', OtHomeProgram);

export { OtHomeProgram };

declare global {
  interface HTMLElementTagNameMap {
    'ot-home-program': OtHomeProgram;
  }
}
