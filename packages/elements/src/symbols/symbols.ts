/**
 * Built-in symbols: simple pictograms drawn for OT Kit, so schedules and boards have pictures offline with
 * no image requests. Licence: see ./LICENSE.md (CC0 1.0, no attribution required). Each symbol is drawn on a
 * 48 × 48 grid with strokes and fills in currentColor, so it follows the theme and forced-colors mode.
 */
import { svg, type SVGTemplateResult } from 'lit';

/** One built-in symbol: its words in English and Spanish, and its drawing (path data on a 48 × 48 grid). */
export interface OtSymbol {
  readonly en: string;
  readonly es: string;
  /** Outlined shapes (stroked). */
  readonly d: string;
  /** Filled shapes, optional. */
  readonly fill?: string;
  /** Points along the reading direction (an arrow): mirrored in right-to-left text (class `flip`). */
  readonly flip?: boolean;
}

/** The licence that applies to every built-in symbol. */
export const OT_SYMBOL_LICENSE = {
  type: 'CC0-1.0',
  copyrightNoticeUrl: 'https://creativecommons.org/publicdomain/zero/1.0/',
  authorName: 'OT Kit contributors',
} as const;

/**
 * Every built-in symbol by id: common school, home and therapy activities, first–then and all-done
 * markers, yes / no / more / stop / help / wait, feelings and rewards.
 */
export const OT_SYMBOLS: Readonly<Record<string, OtSymbol>> = {
  toilet: { en: 'Toilet', es: 'Baño', d: 'M12 6h12v14H12zM8 20h32c0 9-6 13-14 13l2 9H18l2-9c-8 0-12-4-12-13z' },
  snack: { en: 'Snack', es: 'Merienda', d: 'M24 15c-4-3-15-3-15 9 0 9 7 19 15 16 8 3 15-7 15-16 0-12-11-12-15-9zM24 15c0-4 1-7 4-9', fill: 'M27 9c2-4 6-5 9-4-1 4-5 5-9 4z' },
  recess: { en: 'Recess', es: 'Recreo', d: 'M28 15l-6 13 8 6-2 9M22 28l-6 8H9M14 19l10-4 8 6M4 14h6M2 22h6', fill: 'M26 8a4 4 0 1 0 8 0a4 4 0 1 0-8 0' },
  swing: { en: 'Swing', es: 'Columpio', d: 'M4 42l8-36h24l8 36M19 6v24M29 6v24M16 30h16', fill: 'M20 22a4 4 0 1 0 8 0a4 4 0 1 0-8 0' },
  scissors: { en: 'Scissors', es: 'Tijeras', d: 'M8 37a6 6 0 1 0 12 0a6 6 0 1 0-12 0M28 37a6 6 0 1 0 12 0a6 6 0 1 0-12 0M18 32L34 5M30 32L14 5' },
  handwriting: { en: 'Handwriting', es: 'Caligrafía', d: 'M40 5l4 4-18 18-6 2 2-6zM4 42c3-6 6-6 7 0s5 6 7 0 5-6 7 0' },
  writing: { en: 'Writing', es: 'Escritura', d: 'M6 5h22v36H6zM11 13h12M11 21h12M11 29h7M26 43l2-7 12-12 5 5-12 12z' },
  'quiet-corner': { en: 'Quiet corner', es: 'Rincón tranquilo', d: 'M6 4v38h38M14 40c-2-8 4-13 12-13s14 5 12 13z', fill: 'M22 18a4 4 0 1 0 8 0a4 4 0 1 0-8 0' },
  lunch: { en: 'Lunch', es: 'Almuerzo', d: 'M13 26a11 11 0 1 0 22 0a11 11 0 1 0-22 0M4 8v8a3 3 0 0 0 6 0V8M7 8v34M42 8c-4 4-4 12-4 16h4v18' },
  bus: { en: 'Bus', es: 'Autobús', d: 'M6 8h36v26H6zM6 22h36M16 8v14M26 8v14M36 8v14', fill: 'M10 38a4 4 0 1 0 8 0a4 4 0 1 0-8 0M30 38a4 4 0 1 0 8 0a4 4 0 1 0-8 0' },
  'wash-hands': { en: 'Wash hands', es: 'Lavarse las manos', d: 'M6 4h16a4 4 0 0 1 4 4v2M14 46V28a4 4 0 0 1 8 0v-4a4 4 0 0 1 8 0v4a4 4 0 0 1 8 0v10c0 5-4 8-9 8z', fill: 'M26 13c-2 3-2 5 0 5s2-2 0-5zM6 22a3 3 0 1 0 6 0a3 3 0 1 0-6 0M38 16a2 2 0 1 0 4 0a2 2 0 1 0-4 0' },
  'brush-teeth': { en: 'Brush teeth', es: 'Cepillarse los dientes', d: 'M8 12c3-4 7-3 9-1 2-2 6-3 9 1 3 5 0 10 0 16s-2 10-4 10-2-8-5-8-3 8-5 8-4-4-4-10-3-11 0-16zM36 6h6v12h-6zM39 18v24' },
  'get-dressed': { en: 'Get dressed', es: 'Vestirse', d: 'M17 7L6 13l4 9 5-3v22h18V19l5 3 4-9-11-6c-1 4-13 4-14 0z' },
  shoes: { en: 'Shoes', es: 'Zapatos', d: 'M4 36V24h12c2 5 10 7 18 8 6 1 10 4 10 8H4zM20 28l-3 4M26 30l-2 4' },
  coat: { en: 'Coat', es: 'Abrigo', d: 'M16 6L6 12v22h5V18M32 6l10 6v22h-5V18M11 18v24h26V18M16 6l8 9 8-9M24 15v27' },
  backpack: { en: 'Backpack', es: 'Mochila', d: 'M11 17a6 6 0 0 1 6-6h14a6 6 0 0 1 6 6v26H11zM18 11V6h12v5M16 28h16v8H16z' },
  'circle-time': { en: 'Circle time', es: 'Asamblea', d: 'M14 24a10 10 0 1 0 20 0a10 10 0 1 0-20 0', fill: 'M20 7a4 4 0 1 0 8 0a4 4 0 1 0-8 0M20 41a4 4 0 1 0 8 0a4 4 0 1 0-8 0M35 15a4 4 0 1 0 8 0a4 4 0 1 0-8 0M35 33a4 4 0 1 0 8 0a4 4 0 1 0-8 0M5 15a4 4 0 1 0 8 0a4 4 0 1 0-8 0M5 33a4 4 0 1 0 8 0a4 4 0 1 0-8 0' },
  reading: { en: 'Reading', es: 'Lectura', d: 'M24 14C18 9 10 9 4 11v26c6-2 14-2 20 3 6-5 14-5 20-3V11c-6-2-14-2-20 3zM24 14v26' },
  book: { en: 'Book', es: 'Libro', d: 'M12 4h26v34H16a4 4 0 0 0 0 8h22M12 42V4M20 12h12' },
  math: { en: 'Math', es: 'Matemáticas', d: 'M13 7v14M6 14h14M28 14h14M8 29l10 10M18 29L8 39M28 31h14M28 37h14' },
  art: { en: 'Art', es: 'Arte', d: 'M24 6C12 6 4 14 4 24s8 18 18 18c4 0 4-4 2-6s0-6 4-6h6c6 0 10-4 10-10C44 12 34 6 24 6z', fill: 'M11 21a3 3 0 1 0 6 0a3 3 0 1 0-6 0M19 13a3 3 0 1 0 6 0a3 3 0 1 0-6 0M29 14a3 3 0 1 0 6 0a3 3 0 1 0-6 0' },
  music: { en: 'Music', es: 'Música', d: 'M18 36V12l20-5v24M18 18l20-5', fill: 'M11 36a6 4 0 1 0 12 0a6 4 0 1 0-12 0M31 31a6 4 0 1 0 12 0a6 4 0 1 0-12 0' },
  pe: { en: 'PE', es: 'Educación física', d: 'M24 14v14M10 10l14 8 14-8M24 28l-10 14M24 28l10 14', fill: 'M20 8a4 4 0 1 0 8 0a4 4 0 1 0-8 0' },
  computer: { en: 'Computer', es: 'Computadora', d: 'M6 8h36v24H6zM24 32v6M14 42h20' },
  tablet: { en: 'Tablet', es: 'Tableta', d: 'M10 4h28v40H10zM22 38h4' },
  'therapy-ball': { en: 'Therapy ball', es: 'Pelota de terapia', d: 'M7 25a17 17 0 1 0 34 0a17 17 0 1 0-34 0M15 19a11 11 0 0 1 7-6M4 45h40' },
  ball: { en: 'Ball', es: 'Pelota', d: 'M10 24a14 14 0 1 0 28 0a14 14 0 1 0-28 0M14 14c6 6 6 14 0 20M34 14c-6 6-6 14 0 20' },
  trampoline: { en: 'Trampoline', es: 'Trampolín', d: 'M4 32c6 3 34 3 40 0M8 33l-2 10M40 33l2 10M24 35v8M24 12v9M18 14l6 3 6-3M20 27l4-6 4 6', fill: 'M20 6a4 4 0 1 0 8 0a4 4 0 1 0-8 0' },
  slide: { en: 'Slide', es: 'Tobogán', d: 'M6 44V10M14 44V10M6 18h8M6 26h8M6 34h8M14 10c12 0 10 32 30 32' },
  'sensory-bin': { en: 'Sensory bin', es: 'Caja sensorial', d: 'M4 24h40l-4 18H8zM10 24c4-8 24-8 28 0', fill: 'M14 32a2 2 0 1 0 4 0a2 2 0 1 0-4 0M24 35a2 2 0 1 0 4 0a2 2 0 1 0-4 0M32 31a2 2 0 1 0 4 0a2 2 0 1 0-4 0' },
  headphones: { en: 'Headphones', es: 'Audífonos', d: 'M8 30v-6a16 16 0 0 1 32 0v6', fill: 'M5 28h9v14H5zM34 28h9v14h-9z' },
  break: { en: 'Break', es: 'Descanso', d: 'M4 24a20 20 0 1 0 40 0a20 20 0 1 0-40 0', fill: 'M16 14h6v20h-6zM26 14h6v20h-6z' },
  first: { en: 'First', es: 'Primero', d: 'M4 24a20 20 0 1 0 40 0a20 20 0 1 0-40 0M19 17l6-4v22M19 35h12' },
  then: { en: 'Then', es: 'Después', d: 'M6 24h34M28 12l12 12-12 12', flip: true },
  'all-done': { en: 'All done', es: 'Terminado', d: 'M10 44V4M10 6h30v20H10', fill: 'M10 6h8v7h-8zM26 6h7v7h-7zM18 13h8v6h-8zM33 13h7v6h-7zM10 19h8v7h-8zM26 19h7v7h-7z' },
  wait: { en: 'Wait', es: 'Esperar', d: 'M12 4h24M12 44h24M14 4c0 12 20 12 20 20S14 32 14 44M34 4c0 12-20 12-20 20s20 8 20 20', fill: 'M18 42c0-5 12-5 12 0z' },
  help: { en: 'Help', es: 'Ayuda', d: 'M16 44V14a4 4 0 0 1 8 0v-4a4 4 0 0 1 8 0v4a4 4 0 0 1 8 0v20c0 6-4 10-10 10zM16 30l-6-6M24 10v16M32 14v12' },
  yes: { en: 'Yes', es: 'Sí', d: 'M8 26l10 10 22-24' },
  no: { en: 'No', es: 'No', d: 'M10 10l28 28M38 10L10 38' },
  more: { en: 'More', es: 'Más', d: 'M24 8v32M8 24h32' },
  stop: { en: 'Stop', es: 'Alto', d: 'M16 4h16l12 12v16L32 44H16L4 32V16z', fill: 'M12 21h24v6H12z' },
  play: { en: 'Play', es: 'Jugar', d: 'M10 26a14 14 0 1 0 28 0a14 14 0 1 0-28 0M14 16a5 5 0 1 1 5-3M29 13a5 5 0 1 1 5 3M20 22v0M28 22v0', fill: 'M21 29a3 3 0 1 0 6 0a3 3 0 1 0-6 0' },
  'clean-up': { en: 'Clean up', es: 'Recoger', d: 'M8 26h32v16H8zM24 4v16M16 12l8 8 8-8' },
  'line-up': { en: 'Line up', es: 'Hacer fila', d: 'M4 40V26a6 6 0 0 1 12 0v14M18 40V26a6 6 0 0 1 12 0v14M32 40V26a6 6 0 0 1 12 0v14M2 44h44', fill: 'M6 13a4 4 0 1 0 8 0a4 4 0 1 0-8 0M20 13a4 4 0 1 0 8 0a4 4 0 1 0-8 0M34 13a4 4 0 1 0 8 0a4 4 0 1 0-8 0' },
  'calm-breathing': { en: 'Calm breathing', es: 'Respirar con calma', d: 'M4 16h24a5 5 0 1 0-5-5M4 24h34a5 5 0 1 1-5 5M4 32h18' },
  'drink-water': { en: 'Drink water', es: 'Beber agua', d: 'M12 6h24l-4 36H16z', fill: 'M14 20h20l-2 20H16z' },
  eat: { en: 'Eat', es: 'Comer', d: 'M6 24h36c0 10-8 16-18 16S6 34 6 24zM27 20l9-12', fill: 'M35 6a4 4 0 1 0 8 0a4 4 0 1 0-8 0' },
  rest: { en: 'Rest', es: 'Descansar', d: 'M4 12v30M4 32h40v10M14 24h26a4 4 0 0 1 4 4v4M24 6h8l-8 8h8', fill: 'M6 27a4 4 0 1 0 8 0a4 4 0 1 0-8 0' },
  doctor: { en: 'Doctor', es: 'Médico', d: 'M6 16h36v26H6zM18 16v-6h12v6', fill: 'M21 21h6v6h6v6h-6v6h-6v-6h-6v-6h6z' },
  home: { en: 'Home', es: 'Casa', d: 'M6 22L24 6l18 16M10 18v24h28V18M20 42V30h8v12' },
  school: { en: 'School', es: 'Escuela', d: 'M4 42h40M8 42V21M40 42V21M4 23l20-12 20 12M24 11V3h8v5h-8M20 42v-9h8v9M14 28h4M30 28h4' },
  friends: { en: 'Friends', es: 'Amigos', d: 'M4 44v-8a10 10 0 0 1 20 0v8M24 44v-8a10 10 0 0 1 20 0v8', fill: 'M9 18a5 5 0 1 0 10 0a5 5 0 1 0-10 0M29 18a5 5 0 1 0 10 0a5 5 0 1 0-10 0M24 9c-2-3-6-2-6 1 0 3 6 6 6 6s6-3 6-6c0-3-4-4-6-1z' },
  outside: { en: 'Outside', es: 'Afuera', d: 'M14 44V30M2 44h44M4 20a10 10 0 1 0 20 0a10 10 0 1 0-20 0M31 10a5 5 0 1 0 10 0a5 5 0 1 0-10 0' },
  inside: { en: 'Inside', es: 'Adentro', d: 'M26 44V4h16v40M4 24h18M14 16l8 8-8 8' },
  puzzle: { en: 'Puzzle', es: 'Rompecabezas', d: 'M8 12h10a4 4 0 1 1 8 0h10v10a4 4 0 1 1 0 8v10H26a4 4 0 1 0-8 0H8V30a4 4 0 1 0 0-8z' },
  blocks: { en: 'Blocks', es: 'Bloques', d: 'M6 26h16v16H6zM26 26h16v16H26zM16 6h16v16H16z' },
  playdough: { en: 'Playdough', es: 'Plastilina', d: 'M10 28h28v14H10zM8 24h32v4H8zM14 24c0-8 20-8 20 0' },
  crayons: { en: 'Crayons', es: 'Crayones', d: 'M8 44V16l4-10 4 10v28zM8 20h8M8 38h8M32 44V16l4-10 4 10v28zM32 20h8M32 38h8M20 44V20l4-10 4 10v24z' },
  glue: { en: 'Glue', es: 'Pegamento', d: 'M16 20h16v22H16zM20 20v-6h8v6M24 14V6M20 28h8' },
  bike: { en: 'Bike', es: 'Bicicleta', d: 'M3 32a8 8 0 1 0 16 0a8 8 0 1 0-16 0M29 32a8 8 0 1 0 16 0a8 8 0 1 0-16 0M11 32l7-13h14l5 13M18 19l6 13h-13M24 32l8-13M16 14h6M32 19l-2-6h5' },
  timer: { en: 'Timer', es: 'Temporizador', d: 'M8 27a16 16 0 1 0 32 0a16 16 0 1 0-32 0M20 4h8M24 4v7M24 27l6-8M38 10l3 3' },
  star: { en: 'Star', es: 'Estrella', d: 'M24 4l6 13 14 2-10 10 2 14-12-7-12 7 2-14L4 19l14-2z' },
  hug: { en: 'Hug', es: 'Abrazo', d: 'M24 38c-8-6-14-11-14-18a7 7 0 0 1 14-3 7 7 0 0 1 14 3c0 7-6 12-14 18zM4 28c4 10 12 14 20 14s16-4 20-14' },
  look: { en: 'Look', es: 'Mirar', d: 'M4 24c8-12 32-12 40 0-8 12-32 12-40 0z', fill: 'M18 24a6 6 0 1 0 12 0a6 6 0 1 0-12 0' },
  listen: { en: 'Listen', es: 'Escuchar', d: 'M14 18a10 10 0 1 1 20 0c0 8-8 10-8 18a6 6 0 0 1-12 0M20 18a4 4 0 1 1 8 0' },
  car: { en: 'Car', es: 'Carro', d: 'M4 34v-9l6-2 6-10h16l6 10 6 2v9zM18 13l-2 10h16l-2-10', fill: 'M8 36a5 5 0 1 0 10 0a5 5 0 1 0-10 0M30 36a5 5 0 1 0 10 0a5 5 0 1 0-10 0' },
  sit: { en: 'Sit', es: 'Sentarse', d: 'M12 4v40M12 26h24v18' },
  science: { en: 'Science', es: 'Ciencias', d: 'M18 4h12M20 4v14L8 40a2 2 0 0 0 2 3h28a2 2 0 0 0 2-3L28 18V4', fill: 'M13 32h22l4 8H9z' },
  happy: { en: 'Happy', es: 'Feliz', d: 'M5 24a19 19 0 1 0 38 0a19 19 0 1 0-38 0M15 28c4 6 14 6 18 0M18 18v1M30 18v1' },
  sad: { en: 'Sad', es: 'Triste', d: 'M5 24a19 19 0 1 0 38 0a19 19 0 1 0-38 0M15 34c4-6 14-6 18 0M18 18v1M30 18v1' },
};

/** The ids of every built-in symbol. */
export function symbolIds(): string[] {
  return Object.keys(OT_SYMBOLS);
}

/**
 * The drawing of a built-in symbol as an SVG template (no title: the caller labels it), or undefined when
 * there is no symbol with that id.
 */
export function symbolTemplate(id: string): SVGTemplateResult | undefined {
  const symbol = Object.hasOwn(OT_SYMBOLS, id) ? OT_SYMBOLS[id] : undefined;
  if (!symbol) return undefined;
  return svg`<g class=${symbol.flip ? 'flip' : ''}><path d=${symbol.d} fill="none" stroke="currentColor" stroke-width="3" stroke-linecap="round" stroke-linejoin="round"></path>${
    symbol.fill ? svg`<path d=${symbol.fill} fill="currentColor"></path>` : ''
  }</g>`;
}
