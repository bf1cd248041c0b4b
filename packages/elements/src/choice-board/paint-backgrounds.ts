import { choiceColor, type OtChoice, type OtColorCoding } from '@otkit/sdk';

/** Perceived brightness (0–255) above which dark text and drawings read better than light ones. */
const LIGHT_BACKGROUND = 140;

/**
 * Paints each choice's colours on its cell through the CSSOM (never a style attribute: strict CSP): its
 * background (its word class's with the Fitzgerald key, else its own) with a foreground that stays visible on it
 * — pictures are drawn in currentColor, dark on light and light on dark — and its own border colour, which the
 * stylesheet draws on cells with the `bordered` class.
 */
export function paintChoiceBackgrounds(root: ParentNode, choices: readonly OtChoice[], coding: OtColorCoding): void {
  const byId = new Map(choices.map((choice) => [choice.id, choice]));
  for (const cell of root.querySelectorAll<HTMLElement>('[data-choice-id]')) {
    const choice = byId.get(cell.dataset.choiceId!);
    cell.style.backgroundColor = (choice && choiceColor(choice, coding)) ?? '';
    // The CSSOM reads any colour notation back as rgb() or rgba().
    const [red, green = 0, blue = 0] = cell.style.backgroundColor.match(/\d+/g)?.map(Number) ?? [];
    const brightness = red === undefined ? undefined : 0.2126 * red + 0.7152 * green + 0.0722 * blue;
    cell.style.setProperty(
      '--_ot-choice-board-foreground',
      brightness === undefined ? null : brightness > LIGHT_BACKGROUND ? '#1b1f24' : '#fff',
    );
    cell.style.setProperty('--_ot-choice-board-border', choice?.border ?? null);
  }
}
