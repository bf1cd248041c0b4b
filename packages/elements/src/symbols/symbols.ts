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
 * The drawings, one symbol per line: `id|English|Spanish|stroked path|filled path|flip`. Kept as text because
 * the CDN bundle carries all of them: this form is about 200 bytes smaller gzipped than an object literal.
 */
const DATA = `
toilet|Toilet|Baño|M12 6h12v14H12zM8 20h32c0 9-6 13-14 13l2 9H18l2-9c-8 0-12-4-12-13z
snack|Snack|Merienda|M24 15c-4-3-15-3-15 9 0 9 7 19 15 16 8 3 15-7 15-16 0-12-11-12-15-9zM24 15c0-4 1-7 4-9|M27 9c2-4 6-5 9-4-1 4-5 5-9 4z
recess|Recess|Recreo|M28 15l-6 13 8 6-2 9M22 28l-6 8H9M14 19l10-4 8 6M4 14h6M2 22h6|M26 8a4 4 0 1 0 8 0a4 4 0 1 0-8 0
swing|Swing|Columpio|M4 42l8-36h24l8 36M19 6v24M29 6v24M16 30h16|M20 22a4 4 0 1 0 8 0a4 4 0 1 0-8 0
scissors|Scissors|Tijeras|M8 37a6 6 0 1 0 12 0a6 6 0 1 0-12 0M28 37a6 6 0 1 0 12 0a6 6 0 1 0-12 0M18 32L34 5M30 32L14 5
handwriting|Handwriting|Caligrafía|M40 5l4 4-18 18-6 2 2-6zM4 42c3-6 6-6 7 0s5 6 7 0 5-6 7 0
writing|Writing|Escritura|M6 5h22v36H6zM11 13h12M11 21h12M11 29h7M26 43l2-7 12-12 5 5-12 12z
quiet-corner|Quiet corner|Rincón tranquilo|M6 4v38h38M14 40c-2-8 4-13 12-13s14 5 12 13z|M22 18a4 4 0 1 0 8 0a4 4 0 1 0-8 0
lunch|Lunch|Almuerzo|M13 26a11 11 0 1 0 22 0a11 11 0 1 0-22 0M4 8v8a3 3 0 0 0 6 0V8M7 8v34M42 8c-4 4-4 12-4 16h4v18
bus|Bus|Autobús|M6 8h36v26H6zM6 22h36M16 8v14M26 8v14M36 8v14|M10 38a4 4 0 1 0 8 0a4 4 0 1 0-8 0M30 38a4 4 0 1 0 8 0a4 4 0 1 0-8 0
wash-hands|Wash hands|Lavarse las manos|M6 4h16a4 4 0 0 1 4 4v2M14 46V28a4 4 0 0 1 8 0v-4a4 4 0 0 1 8 0v4a4 4 0 0 1 8 0v10c0 5-4 8-9 8z|M26 13c-2 3-2 5 0 5s2-2 0-5zM6 22a3 3 0 1 0 6 0a3 3 0 1 0-6 0
brush-teeth|Brush teeth|Cepillarse los dientes|M8 12c3-4 7-3 9-1 2-2 6-3 9 1 3 5 0 10 0 16s-2 10-4 10-2-8-5-8-3 8-5 8-4-4-4-10-3-11 0-16zM36 6h6v12h-6zM39 18v24
get-dressed|Get dressed|Vestirse|M17 7L6 13l4 9 5-3v22h18V19l5 3 4-9-11-6c-1 4-13 4-14 0z
shoes|Shoes|Zapatos|M4 36V24h12c2 5 10 7 18 8 6 1 10 4 10 8H4zM20 28l-3 4M26 30l-2 4
coat|Coat|Abrigo|M16 6L6 12v22h5V18M32 6l10 6v22h-5V18M11 18v24h26V18M16 6l8 9 8-9M24 15v27
backpack|Backpack|Mochila|M11 17a6 6 0 0 1 6-6h14a6 6 0 0 1 6 6v26H11zM18 11V6h12v5M16 28h16v8H16z
circle-time|Circle time|Asamblea|M14 24a10 10 0 1 0 20 0a10 10 0 1 0-20 0|M20 7a4 4 0 1 0 8 0a4 4 0 1 0-8 0M20 41a4 4 0 1 0 8 0a4 4 0 1 0-8 0M35 15a4 4 0 1 0 8 0a4 4 0 1 0-8 0M35 33a4 4 0 1 0 8 0a4 4 0 1 0-8 0M5 15a4 4 0 1 0 8 0a4 4 0 1 0-8 0M5 33a4 4 0 1 0 8 0a4 4 0 1 0-8 0
reading|Reading|Lectura|M24 14C18 9 10 9 4 11v26c6-2 14-2 20 3 6-5 14-5 20-3V11c-6-2-14-2-20 3zM24 14v26
book|Book|Libro|M12 4h26v34H16a4 4 0 0 0 0 8h22M12 42V4M20 12h12
math|Math|Matemáticas|M13 7v14M6 14h14M28 14h14M8 29l10 10M18 29L8 39M28 31h14M28 37h14
art|Art|Arte|M24 6C12 6 4 14 4 24s8 18 18 18c4 0 4-4 2-6s0-6 4-6h6c6 0 10-4 10-10C44 12 34 6 24 6z|M11 21a3 3 0 1 0 6 0a3 3 0 1 0-6 0M19 13a3 3 0 1 0 6 0a3 3 0 1 0-6 0M29 14a3 3 0 1 0 6 0a3 3 0 1 0-6 0
music|Music|Música|M18 36V12l20-5v24M18 18l20-5|M11 36a6 4 0 1 0 12 0a6 4 0 1 0-12 0M31 31a6 4 0 1 0 12 0a6 4 0 1 0-12 0
pe|PE|Educación física|M24 14v14M10 10l14 8 14-8M24 28l-10 14M24 28l10 14|M20 8a4 4 0 1 0 8 0a4 4 0 1 0-8 0
computer|Computer|Computadora|M6 8h36v24H6zM24 32v6M14 42h20
tablet|Tablet|Tableta|M10 4h28v40H10zM22 38h4
therapy-ball|Therapy ball|Pelota de terapia|M7 25a17 17 0 1 0 34 0a17 17 0 1 0-34 0M15 19a11 11 0 0 1 7-6M4 45h40
ball|Ball|Pelota|M10 24a14 14 0 1 0 28 0a14 14 0 1 0-28 0M14 14c6 6 6 14 0 20M34 14c-6 6-6 14 0 20
trampoline|Trampoline|Trampolín|M4 32c6 3 34 3 40 0M8 33l-2 10M40 33l2 10M24 35v8M24 12v9M18 14l6 3 6-3M20 27l4-6 4 6|M20 6a4 4 0 1 0 8 0a4 4 0 1 0-8 0
slide|Slide|Tobogán|M6 44V10M14 44V10M6 18h8M6 26h8M6 34h8M14 10c12 0 10 32 30 32
sensory-bin|Sensory bin|Caja sensorial|M4 24h40l-4 18H8zM10 24c4-8 24-8 28 0|M14 32a2 2 0 1 0 4 0a2 2 0 1 0-4 0M24 35a2 2 0 1 0 4 0a2 2 0 1 0-4 0M32 31a2 2 0 1 0 4 0a2 2 0 1 0-4 0
headphones|Headphones|Audífonos|M8 30v-6a16 16 0 0 1 32 0v6|M5 28h9v14H5zM34 28h9v14h-9z
break|Break|Descanso|M4 24a20 20 0 1 0 40 0a20 20 0 1 0-40 0|M16 14h6v20h-6zM26 14h6v20h-6z
first|First|Primero|M4 24a20 20 0 1 0 40 0a20 20 0 1 0-40 0M19 17l6-4v22M19 35h12
then|Then|Después|M6 24h34M28 12l12 12-12 12||flip
all-done|All done|Terminado|M10 44V4M10 6h30v20H10|M10 6h8v7h-8zM26 6h7v7h-7zM18 13h8v6h-8zM33 13h7v6h-7zM10 19h8v7h-8zM26 19h7v7h-7z
wait|Wait|Esperar|M12 4h24M12 44h24M14 4c0 12 20 12 20 20S14 32 14 44M34 4c0 12-20 12-20 20s20 8 20 20|M18 42c0-5 12-5 12 0z
help|Help|Ayuda|M16 44V14a4 4 0 0 1 8 0v-4a4 4 0 0 1 8 0v4a4 4 0 0 1 8 0v20c0 6-4 10-10 10zM16 30l-6-6M24 10v16M32 14v12
yes|Yes|Sí|M8 26l10 10 22-24
no|No|No|M10 10l28 28M38 10L10 38
more|More|Más|M24 8v32M8 24h32
stop|Stop|Alto|M16 4h16l12 12v16L32 44H16L4 32V16z|M12 21h24v6H12z
play|Play|Jugar|M10 26a14 14 0 1 0 28 0a14 14 0 1 0-28 0M14 16a5 5 0 1 1 5-3M29 13a5 5 0 1 1 5 3M20 22v0M28 22v0|M21 29a3 3 0 1 0 6 0a3 3 0 1 0-6 0
clean-up|Clean up|Recoger|M8 26h32v16H8zM24 4v16M16 12l8 8 8-8
line-up|Line up|Hacer fila|M4 40V26a6 6 0 0 1 12 0v14M18 40V26a6 6 0 0 1 12 0v14M32 40V26a6 6 0 0 1 12 0v14M2 44h44|M6 13a4 4 0 1 0 8 0a4 4 0 1 0-8 0M20 13a4 4 0 1 0 8 0a4 4 0 1 0-8 0M34 13a4 4 0 1 0 8 0a4 4 0 1 0-8 0
calm-breathing|Calm breathing|Respirar con calma|M4 16h24a5 5 0 1 0-5-5M4 24h34a5 5 0 1 1-5 5M4 32h18
drink-water|Drink water|Beber agua|M12 6h24l-4 36H16z|M14 20h20l-2 20H16z
eat|Eat|Comer|M6 24h36c0 10-8 16-18 16S6 34 6 24zM27 20l9-12|M35 6a4 4 0 1 0 8 0a4 4 0 1 0-8 0
rest|Rest|Descansar|M4 12v30M4 32h40v10M14 24h26a4 4 0 0 1 4 4v4M24 6h8l-8 8h8|M6 27a4 4 0 1 0 8 0a4 4 0 1 0-8 0
doctor|Doctor|Médico|M6 16h36v26H6zM18 16v-6h12v6|M21 21h6v6h6v6h-6v6h-6v-6h-6v-6h6z
home|Home|Casa|M6 22L24 6l18 16M10 18v24h28V18M20 42V30h8v12
school|School|Escuela|M4 42h40M8 42V21M40 42V21M4 23l20-12 20 12M24 11V3h8v5h-8M20 42v-9h8v9M14 28h4M30 28h4
friends|Friends|Amigos|M4 44v-8a10 10 0 0 1 20 0v8M24 44v-8a10 10 0 0 1 20 0v8|M9 18a5 5 0 1 0 10 0a5 5 0 1 0-10 0M29 18a5 5 0 1 0 10 0a5 5 0 1 0-10 0M24 9c-2-3-6-2-6 1 0 3 6 6 6 6s6-3 6-6c0-3-4-4-6-1z
outside|Outside|Afuera|M14 44V30M2 44h44M4 20a10 10 0 1 0 20 0a10 10 0 1 0-20 0M31 10a5 5 0 1 0 10 0a5 5 0 1 0-10 0
inside|Inside|Adentro|M26 44V4h16v40M4 24h18M14 16l8 8-8 8
puzzle|Puzzle|Rompecabezas|M8 12h10a4 4 0 1 1 8 0h10v10a4 4 0 1 1 0 8v10H26a4 4 0 1 0-8 0H8V30a4 4 0 1 0 0-8z
blocks|Blocks|Bloques|M6 26h16v16H6zM26 26h16v16H26zM16 6h16v16H16z
playdough|Playdough|Plastilina|M10 28h28v14H10zM8 24h32v4H8zM14 24c0-8 20-8 20 0
crayons|Crayons|Crayones|M8 44V16l4-10 4 10v28zM8 20h8M8 38h8M32 44V16l4-10 4 10v28zM32 20h8M32 38h8M20 44V20l4-10 4 10v24z
glue|Glue|Pegamento|M16 20h16v22H16zM20 20v-6h8v6M24 14V6M20 28h8
bike|Bike|Bicicleta|M3 32a8 8 0 1 0 16 0a8 8 0 1 0-16 0M29 32a8 8 0 1 0 16 0a8 8 0 1 0-16 0M11 32l7-13h14l5 13M18 19l6 13h-13M24 32l8-13M16 14h6M32 19l-2-6h5
timer|Timer|Temporizador|M8 27a16 16 0 1 0 32 0a16 16 0 1 0-32 0M20 4h8M24 4v7M24 27l6-8M38 10l3 3
star|Star|Estrella|M24 4l6 13 14 2-10 10 2 14-12-7-12 7 2-14L4 19l14-2z
hug|Hug|Abrazo|M24 38c-8-6-14-11-14-18a7 7 0 0 1 14-3 7 7 0 0 1 14 3c0 7-6 12-14 18zM4 28c4 10 12 14 20 14s16-4 20-14
look|Look|Mirar|M4 24c8-12 32-12 40 0-8 12-32 12-40 0z|M18 24a6 6 0 1 0 12 0a6 6 0 1 0-12 0
listen|Listen|Escuchar|M14 18a10 10 0 1 1 20 0c0 8-8 10-8 18a6 6 0 0 1-12 0M20 18a4 4 0 1 1 8 0
car|Car|Carro|M4 34v-9l6-2 6-10h16l6 10 6 2v9zM18 13l-2 10h16l-2-10|M8 36a5 5 0 1 0 10 0a5 5 0 1 0-10 0M30 36a5 5 0 1 0 10 0a5 5 0 1 0-10 0
science|Science|Ciencias|M18 4h12M20 4v14L8 40a2 2 0 0 0 2 3h28a2 2 0 0 0 2-3L28 18V4|M13 32h22l4 8H9z
happy|Happy|Feliz|M5 24a19 19 0 1 0 38 0a19 19 0 1 0-38 0M15 28c4 6 14 6 18 0M18 18v1M30 18v1
sad|Sad|Triste|M5 24a19 19 0 1 0 38 0a19 19 0 1 0-38 0M15 34c4-6 14-6 18 0M18 18v1M30 18v1`;

/**
 * Every built-in symbol by id: common school, home and therapy activities, first–then and all-done
 * markers, yes / no / more / stop / help / wait, feelings and rewards.
 */
export const OT_SYMBOLS: Readonly<Record<string, OtSymbol>> = Object.freeze(
  Object.fromEntries(
    DATA.trim()
      .split('\n')
      .map((line) => {
        const [id, en, es, d, fill, flip] = line.split('|') as [string, string, string, string, string?, string?];
        return [id, Object.freeze({ en, es, d, ...(fill ? { fill } : {}), ...(flip ? { flip: true } : {}) })];
      }),
  ),
);

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
