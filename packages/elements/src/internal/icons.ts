import { html, type TemplateResult } from 'lit';

/**
 * A control's icon in the kit's line style (the built-in symbols' 24-unit grid, round ends and joins), drawn in
 * currentColor so it follows the control's colour in every theme and in forced-colours mode. Decorative: the
 * control it sits in carries the name. Sized by `controlStyles` (`.btn .icon`). Calls are marked pure, so a
 * bundle that imports the package index without using an icon leaves it out.
 */
function lineIcon(path: string): TemplateResult {
  return html`<svg
    class="icon"
    viewBox="0 0 24 24"
    width="24"
    height="24"
    aria-hidden="true"
    focusable="false"
    fill="none"
    stroke="currentColor"
    stroke-width="2"
    stroke-linecap="round"
    stroke-linejoin="round"
  >
    <path d=${path}></path>
  </svg>`;
}

/**
 * An arrow pointing up, for "Move … up" buttons; the button names the action.
 *
 * @example
 * html`<button class="btn icon" aria-label=${t('moveUp', { name })}>${moveUpIcon}</button>`;
 */
export const moveUpIcon: TemplateResult = /*#__PURE__*/ lineIcon('M12 19V5M6 11l6-6 6 6');

/**
 * An arrow pointing down, for "Move … down" buttons; the button names the action.
 *
 * @example
 * html`<button class="btn icon" aria-label=${t('moveDown', { name })}>${moveDownIcon}</button>`;
 */
export const moveDownIcon: TemplateResult = /*#__PURE__*/ lineIcon('M12 5v14M6 13l6 6 6-6');
