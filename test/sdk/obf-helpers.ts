/** The text of a board in test/fixtures/obf. */
export const text = async (name: string) => (await fetch(`/test/fixtures/obf/${name}`)).text();

/** A minimal valid OBF board with `buttons`, laid out in one row unless a grid is given. */
export function obf(buttons: unknown[], extra: Record<string, unknown> = {}) {
  return {
    format: 'open-board-0.1',
    id: 'test',
    locale: 'en',
    name: 'Test',
    buttons,
    grid: { rows: 1, columns: buttons.length, order: [buttons.map((b) => (b as { id?: unknown }).id ?? null)] },
    images: [],
    sounds: [],
    ...extra,
  };
}
