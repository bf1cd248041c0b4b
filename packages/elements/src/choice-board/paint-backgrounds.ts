import type { OtChoice } from '@otkit/sdk';

/** Perceived brightness (0–255) above which dark text and drawings read better than light ones. */
const LIGHT_BACKGROUND = 140;

/**
 * Paints each choice's own background colour on its cell through the CSSOM (never a style attribute: strict
 * CSP), and picks a foreground that stays visible on it: pictures are drawn in currentColor, dark on light and
 * light on dark.
 */
export function paintChoiceBackgrounds(root: ParentNode, choices: readonly OtChoice[]): void {
  const byId = new Map(choices.map((choice) => [choice.id, choice]));
  for (const cell of root.querySelectorAll<HTMLElement>('[data-choice-id]')) {
    cell.style.backgroundColor = byId.get(cell.dataset.choiceId!)?.background ?? '';
    // The CSSOM reads any colour notation back as rgb() or rgba().
    const [red, green = 0, blue = 0] = cell.style.backgroundColor.match(/\d+/g)?.map(Number) ?? [];
    const brightness = red === undefined ? undefined : 0.2126 * red + 0.7152 * green + 0.0722 * blue;
    cell.style.setProperty(
      '--_ot-choice-board-foreground',
      brightness === undefined ? null : brightness > LIGHT_BACKGROUND ? '#1b1f24' : '#fff',
    );
  }
}
