/**
 * Boards for the choice-board stories and the Session console: pictures are built-in symbols or small
 * pictures drawn on a canvas at run time (data: URLs), so no story loads anything from the network.
 */
import { noChange, type ElementPart } from 'lit';
import { directive, Directive, type PartInfo } from 'lit/directive.js';
import type { OtChoiceBoardData, OtProvider } from '@otkit/elements';
import type { OtChoiceBoard } from '@otkit/sdk';

type Drawing = (g: CanvasRenderingContext2D) => void;

/** A 96 × 96 picture drawn with canvas paths, as a PNG data: URL (the URL policy allows raster data: URLs). */
function picture(draw: Drawing): string {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 96;
  const g = canvas.getContext('2d')!;
  g.lineWidth = 6;
  g.lineJoin = g.lineCap = 'round';
  draw(g);
  return canvas.toDataURL('image/png');
}

const PICTURES: Record<string, Drawing> = {
  ball: (g) => {
    g.fillStyle = '#e53935';
    g.beginPath();
    g.arc(48, 48, 34, 0, Math.PI * 2);
    g.fill();
    g.strokeStyle = '#fff';
    g.beginPath();
    g.arc(48, 48, 34, -0.6, 0.6);
    g.stroke();
  },
  blocks: (g) => {
    for (const [x, y, c] of [
      [14, 52, '#1e88e5'],
      [50, 52, '#fdd835'],
      [32, 18, '#43a047'],
    ] as const) {
      g.fillStyle = c;
      g.fillRect(x, y, 32, 32);
      g.strokeStyle = '#263238';
      g.strokeRect(x, y, 32, 32);
    }
  },
  music: (g) => {
    g.strokeStyle = g.fillStyle = '#6a1b9a';
    g.beginPath();
    g.moveTo(38, 70);
    g.lineTo(38, 20);
    g.lineTo(72, 12);
    g.lineTo(72, 62);
    g.stroke();
    for (const [x, y] of [
      [30, 72],
      [64, 64],
    ]) {
      g.beginPath();
      g.ellipse(x!, y!, 10, 8, -0.4, 0, Math.PI * 2);
      g.fill();
    }
  },
};

const LICENSE = {
  type: 'CC0-1.0',
  copyrightNoticeUrl: 'https://creativecommons.org/publicdomain/zero/1.0/',
  authorName: 'OT Kit contributors',
};

/** A picture reference for `name`: a built-in symbol, or one drawn for the stories. */
export function image(name: string): { symbol: string } | { src: string; alt: string; license: typeof LICENSE } {
  return PICTURES[name] ? { src: picture(PICTURES[name]!), alt: '', license: LICENSE } : { symbol: name };
}

/** Words of the story boards, each with its picture (issue 16: 18 of 24 cells had none). */
const WORDS: readonly [label: string, picture: string][] = [
  ['Swing', 'swing'],
  ['Snack', 'snack'],
  ['Toilet', 'toilet'],
  ['Ball', 'ball'],
  ['Blocks', 'blocks'],
  ['Music', 'music'],
  ['Trampoline', 'trampoline'],
  ['Slide', 'slide'],
  ['Puzzle', 'puzzle'],
  ['Paint', 'art'],
  ['Playdough', 'playdough'],
  ['Book', 'book'],
  ['Bike', 'bike'],
  ['Outside', 'outside'],
  ['Headphones', 'headphones'],
  ['Computer', 'computer'],
  ['Tablet', 'tablet'],
  ['Crayons', 'crayons'],
  ['Drink', 'drink-water'],
  ['Hug', 'hug'],
  ['Rest', 'rest'],
  ['Quiet corner', 'quiet-corner'],
  ['Sensory bin', 'sensory-bin'],
  ['Friends', 'friends'],
];

/** A board of `count` choices, each with a picture (labels numbered after the 24th). */
export function storyBoard(count: number, extra: Partial<OtChoiceBoardData> = {}): OtChoiceBoardData {
  return {
    id: 'story-board',
    name: 'Break time',
    language: 'en',
    choices: Array.from({ length: count }, (_, i) => {
      const [label, picture] = WORDS[i % WORDS.length]!;
      const round = Math.floor(i / WORDS.length);
      return { id: `choice-${i + 1}`, label: round ? `${label} ${round + 1}` : label, image: image(picture) };
    }),
    ...extra,
  };
}

/** The same board in Spanish. */
export function spanishBoard(): OtChoiceBoardData {
  const es = ['Columpio', 'Merienda', 'Baño', 'Pelota', 'Bloques', 'Música'];
  const board = storyBoard(6, { name: 'Hora del descanso', language: 'es' });
  return { ...board, choices: board.choices.map((c, i) => ({ ...c, label: es[i]! })) };
}

/** A board in Arabic, for right-to-left pages. */
export function arabicBoard(): OtChoiceBoardData {
  const ar = ['أرجوحة', 'وجبة خفيفة', 'حمام', 'كرة', 'مكعبات', 'موسيقى'];
  const board = storyBoard(6, { name: 'وقت الاستراحة', language: 'ar' });
  return { ...board, choices: board.choices.map((c, i) => ({ ...c, label: ar[i]! })) };
}

/** The choice board of the Session console: break-time activities. */
export function sessionBoard(): OtChoiceBoard {
  return {
    ...(storyBoard(6, { id: 'session-console-choices', name: 'What would you like to do?' }) as OtChoiceBoard),
    createdAt: 0,
  };
}

class SeedBoard extends Directive {
  #done = false;
  constructor(part: PartInfo) {
    super(part);
  }
  render(_board: OtChoiceBoard): unknown {
    return noChange;
  }
  override update(part: ElementPart, [board]: [OtChoiceBoard]): unknown {
    if (this.#done) return noChange;
    this.#done = true;
    // Puts the board into the provider's store once, unless it is there already (the console persists).
    queueMicrotask(async () => {
      const store = part.element.closest<OtProvider>('ot-provider')?.store;
      if (!store) return;
      await store.ready.catch(() => undefined);
      if (!store.choiceBoards.get(board.id)) await store.choiceBoards.put(board);
    });
    return noChange;
  }
}

/**
 * An element directive that stores `board` in the surrounding `<ot-provider>` when it is not there yet,
 * so a connected `<ot-choice-board board-id=…>` has a board and records its selection history.
 */
export const seedBoard = directive(SeedBoard);
