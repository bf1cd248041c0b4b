import fc from 'fast-check';
import { choiceBoardSchema, parse, type OtChoiceBoard, type OtChoiceBoardInput } from '@otkit/sdk';
import { obfColor } from '@otkit/sdk/obf';

// Boards as a page or the store may hold them; colours in the form OBF writes them (hex is covered above).
const idArb = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,11}$/);
const textArb = (max: number) =>
  fc
    .oneof(fc.string({ minLength: 1, maxLength: max }), fc.constantFrom('Columpio', 'صرخة', '水很酷哟', 'हेर्नुहोस्'))
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
const byte = fc.integer({ min: 0, max: 255 });
const colourArb = fc.oneof(
  fc.tuple(byte, byte, byte).map(([r, g, b]) => `rgb(${r}, ${g}, ${b})`),
  fc
    .tuple(byte, byte, byte, fc.integer({ min: 0, max: 999 }))
    .map(([r, g, b, a]) => obfColor(`rgba(${r}, ${g}, ${b}, ${a / 1000})`)!),
);
const licenseArb = fc.record(
  {
    type: textArb(30),
    copyrightNoticeUrl: fc.constantFrom('https://creativecommons.org/licenses/by/4.0/', 'mailto:ot@example.org'),
    authorName: textArb(20),
  },
  { requiredKeys: ['type'] },
);
const b64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const imageArb = fc.oneof(
  fc.record(
    { symbol: fc.constantFrom('swing', 'snack', 'toilet'), alt: textArb(30), license: licenseArb },
    { requiredKeys: ['symbol'] },
  ),
  fc.record(
    {
      src: fc.oneof(
        fc.uint8Array({ minLength: 1, maxLength: 40 }).map((b) => `data:image/png;base64,${b64(b)}`),
        fc.constantFrom('https://example.org/a.png', 'https://example.org/pics/b%20c.jpg'),
      ),
      alt: textArb(30),
      license: licenseArb,
    },
    { requiredKeys: ['src'] },
  ),
);
const soundArb = fc.record(
  {
    src: fc.oneof(
      fc.uint8Array({ minLength: 1, maxLength: 40 }).map((b) => `data:audio/mpeg;base64,${b64(b)}`),
      fc.constant('https://example.org/yes.mp3'),
    ),
    license: licenseArb,
  },
  { requiredKeys: ['src'] },
);
const choiceArb = fc.record(
  {
    label: textArb(30),
    image: imageArb,
    spokenText: textArb(40),
    language: fc.constantFrom('en', 'es', 'ar', 'ne', 'zh-Hans'),
    background: colourArb,
    unavailable: fc.constant(true),
    hidden: fc.constant(true),
    sound: soundArb,
    loadBoard: fc.record(
      {
        id: idArb,
        name: textArb(20),
        url: fc.constant('https://example.org/boards/2'),
        path: fc.constant('boards/2.obf'),
      },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: ['label'] },
);
/** Any valid choice board (colours in the rgb()/rgba() form OBF writes). */
export const boardArb: fc.Arbitrary<OtChoiceBoard> = fc
  .record({
    id: idArb,
    name: textArb(60),
    language: fc.option(fc.constantFrom('en', 'es-MX', 'ar'), { nil: undefined }),
    ids: fc.uniqueArray(idArb, { minLength: 1, maxLength: 36 }),
    choices: fc.array(choiceArb, { minLength: 36, maxLength: 36 }),
    grid: fc.option(
      fc.record({
        rows: fc.integer({ min: 1, max: 12 }),
        columns: fc.integer({ min: 1, max: 12 }),
        seed: fc.array(fc.nat(), { minLength: 144, maxLength: 144 }),
      }),
      {
        nil: undefined,
      },
    ),
    license: fc.option(licenseArb, { nil: undefined }),
    createdAt: fc.nat(),
  })
  .map(({ ids, choices, grid, ...rest }) => {
    const input: OtChoiceBoardInput = { ...rest, choices: ids.map((id, i) => ({ ...choices[i]!, id })) };
    if (grid) {
      const cell = (n: number) => (n % 3 === 0 ? null : ids[n % ids.length]!);
      input.grid = {
        rows: grid.rows,
        columns: grid.columns,
        order: Array.from({ length: grid.rows }, (_, r) =>
          Array.from({ length: grid.columns }, (_, c) => cell(grid.seed[r * 12 + c]!)),
        ),
      };
    }
    return parse(choiceBoardSchema, input);
  });
