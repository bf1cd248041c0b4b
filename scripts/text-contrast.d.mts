/** One text run below the WCAG 1.4.3 contrast it needs (see text-contrast.mjs). */
export interface LowTextContrast {
  text: string;
  where: string;
  color: string;
  background: string;
  ratio: number;
  needed: number;
}

export function findLowTextContrast(root: Element): LowTextContrast[];
