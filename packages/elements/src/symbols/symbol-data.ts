/**
 * The built-in symbols' drawings and words, on their own: the elements load this module with `import()` the
 * first time they draw a symbol (see ./load-symbols.ts), so a page without symbols never loads it, and an
 * element's CDN file does not carry it (otkit-symbols.min.js beside it). It imports nothing. Licence: see
 * ./LICENSE.md (CC0 1.0).
 */

/** One built-in symbol: its words in English and Spanish, and its drawing (path data on a 24 × 24 grid). */
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

/**
 * The drawings, one symbol per line: `English|Spanish|stroked path|filled path|flip`; the id is the English
 * word in lower case with dashes. Kept as text because it is the largest part of the module. Paths use a 24 × 24
 * grid (whole numbers are shorter than on 48 × 48) and one shorthand, `Ox y r`: a circle of radius r at x, y.
 */
const DATA = `
Toilet|Baño|M6 3h6v7H6zM4 10h16c0 5-3 7-7 7l1 4H9l1-4c-4 0-6-2-6-7z
Snack|Merienda|M12 7c-2-1-8-1-8 5 0 5 4 10 8 8 4 2 8-3 8-8 0-6-6-6-8-5zM12 7c0-2 1-3 2-4|M14 4c1-2 3-2 4-2 0 2-2 3-4 2z
Recess|Recreo|M14 7l-3 7 4 3-1 5M11 14l-3 4H4M7 9l5-2 4 3M2 7h3M1 11h3|O15 4 2
Swing|Columpio|M2 21l4-18h12l4 18M9 3v12M15 3v12M8 15h8|O12 11 2
Scissors|Tijeras|O7 18.5 3O17 18.5 3M9 16L17 2M15 16L7 2
Handwriting|Caligrafía|M20 2l2 2-9 10-3 1 1-4zM2 21c1-3 3-3 3 0s3 3 4 0 2-3 4 0
Writing|Escritura|M3 2h11v19H3zM5 6h6M5 10h6M5 15h4M13 22l1-4 6-6 3 3-6 6z
Quiet corner|Rincón tranquilo|M3 2v19h19M7 20c-1-4 2-6 6-6s7 2 6 6z|O13 9 2
Lunch|Almuerzo|O12 13 5.5M2 4v4a1.5 1.5 0 0 0 3 0V4M3 4v17M21 4c-2 2-2 6-2 8h2v9
Bus|Autobús|M3 4h18v13H3zM3 11h18M8 4v7M13 4v7M18 4v7|O7 19 2O17 19 2
Wash hands|Lavarse las manos|M3 2h8a2 2 0 0 1 2 2v1M7 23V14a2 2 0 0 1 4 0v-2a2 2 0 0 1 4 0v2a2 2 0 0 1 4 0v5c0 3-2 4-4 4z|M13 6c-1 2-1 3 0 3s1-1 0-3zO4.5 11 1.5
Brush teeth|Cepillarse los dientes|M4 6c1-2 3-2 4-1 1-1 3-1 5 1 2 2 0 5 0 8s-1 5-2 5-1-4-3-4-1 4-2 4-2-2-2-5-2-6 0-8zM18 3h3v6h-3zM20 9v12
Get dressed|Vestirse|M8 3L3 6l2 5 2-2v12h10V9l2 2 2-5-5-3c-1 2-7 2-8 0z
Shoes|Zapatos|M2 18V12h6c1 3 5 4 9 4 3 1 5 2 5 4H2zM10 14l-2 2M13 15l-1 2
Coat|Abrigo|M8 3L3 6v11h2V9M16 3l5 3v11h-2V9M5 9v12h14V9M8 3l4 4 4-4M12 7v14
Backpack|Mochila|M5 8a3 3 0 0 1 3-3h8a3 3 0 0 1 3 3v14H5zM9 5V3h6v2M8 14h8v4H8z
Circle time|Asamblea|O12 12 5|O12 3.5 2O12 20.5 2O19.5 7.5 2O19.5 16.5 2O4.5 7.5 2O4.5 16.5 2
Reading|Lectura|M12 7C9 4 5 4 2 5v14c3-1 7-1 10 1 3-2 7-2 10-1V5c-3-1-7-1-10 2zM12 7v13
Book|Libro|M6 2h13v17H8a2 2 0 0 0 0 4h11M6 21V2M10 6h6
Math|Matemáticas|M6 3v8M2 7h8M14 7h8M3 14l6 6m0-6-6 6M14 15h8m-8 4h8
Art|Arte|M12 3C6 3 2 7 2 12s4 9 9 9c2 0 2-2 1-3s0-3 2-3h3c3 0 5-2 5-5C22 6 17 3 12 3z|O7 10.5 1.5O11 6.5 1.5O16 7 1.5
Music|Música|M9 18V6l10-3v13M9 9l10-3|M5 18a3 2 0 1 0 6 0a3 2 0 1 0-6 0M16 16a3 2 0 1 0 6 0a3 2 0 1 0-6 0
PE|Educación física|M12 7v7M5 5l7 4 7-4M12 14l-5 7M12 14l5 7|O12 4 2
Computer|Computadora|M3 4h18v12H3zM12 16v3M7 21h10
Tablet|Tableta|M5 2h14v20H5zM11 19h2
Therapy ball|Pelota de terapia|O12 12.5 8.5M7 9a5.5 5.5 0 0 1 4-3M2 23h20
Ball|Pelota|O12 12 7M7 7c3 3 3 7 0 10M17 7c-3 3-3 7 0 10
Trampoline|Trampolín|M2 16c3 2 17 2 20 0M4 17l-1 5M20 17l1 5M12 18v4M12 6v4M9 7l3 1 3-1M10 14l2-4 2 4|O12 3 2
Slide|Tobogán|M3 22V5M7 22V5M3 9h4M3 13h4M3 17h4M7 5c6 0 5 16 15 16
Sensory bin|Caja sensorial|M2 12h20l-2 9H4zM5 12c2-4 12-4 14 0|O8 16 1O13 17.5 1O17 15.5 1
Headphones|Audífonos|M4 15v-3a8 8 0 0 1 16 0v3|M2 14h5v7H2zM17 14h5v7h-5z
Break|Descanso|O12 12 10|M8 7h3v10h-3zM13 7h3v10h-3z
First|Primero|O12 12 10M9 8l4-2v12M9 18h7
Then|Después|M3 12h17M14 6l6 6-6 6||flip
All done|Terminado|M5 22V2M5 3h15v10H5|M5 3h4v3h-4zM13 3h4v3h-4zM9 6h4v3h-4zM17 6h3v3h-3zM5 9h4v4h-4zM13 9h4v4h-4z
Wait|Esperar|M6 2h12M6 22h12M7 2c0 6 10 6 10 10S7 16 7 22M17 2c0 6-10 6-10 10s10 4 10 10|M9 21c0-2 6-2 6 0z
Help|Ayuda|M8 22V7a2 2 0 0 1 4 0v-2a2 2 0 0 1 4 0v2a2 2 0 0 1 4 0v10c0 3-2 5-5 5zM8 15l-3-3M12 5v8M16 7v6
Yes|Sí|M4 13l5 5 11-12
No|No|M5 5l14 14M19 5L5 19
More|Más|M12 4v16M4 12h16
Stop|Alto|M8 2h8l6 6v8L16 22H8L2 16V8z|M6 10h12v4H6z
Play|Jugar|O12 13 7M7 8a2.5 2.5 0 1 1 2-2M15 6a2.5 2.5 0 1 1 2 2M10 11v0M14 11v0|O12 14.5 1.5
Clean up|Recoger|M4 13h16v8H4zM12 2v8M8 6l4 4 4-4
Line up|Hacer fila|M2 20V13a3 3 0 0 1 6 0v7M9 20V13a3 3 0 0 1 6 0v7M16 20V13a3 3 0 0 1 6 0v7M1 22h22|O5 6.5 2O12 6.5 2O19 6.5 2
Calm breathing|Respirar con calma|M2 8h12a2.5 2.5 0 1 0-3-3M2 12h17a2.5 2.5 0 1 1-2 3M2 16h9
Drink water|Beber agua|M6 3h12l-2 18H8z|M7 10h10l-1 10H8z
Eat|Comer|M3 12h18c0 5-4 8-9 8S3 17 3 12zM14 10l4-6|O19.5 3 2
Rest|Descansar|M2 6v15M2 16h20v5M7 12h13a2 2 0 0 1 2 2v2M12 3h4l-4 4h4|O5 13.5 2
Doctor|Médico|M3 8h18v13H3zM9 8V5h6v3|M10 10h4v3h3v4h-3v3h-4v-3H7v-4h3z
Home|Casa|M3 11L12 3l9 8M5 9v12h14V9M10 21V15h4v6
School|Escuela|M2 21h20M4 21V10M20 21V10M2 11l10-6 10 6M12 5V1h4v3h-4M10 21v-4h4v4M7 14h2M15 14h2
Friends|Amigos|M2 22v-4a5 5 0 0 1 10 0v4M12 22v-4a5 5 0 0 1 10 0v4|O7 9 2.5O17 9 2.5M12 4c-1-1-3-1-3 1 0 1 3 3 3 3s3-2 3-3c0-2-2-2-3-1z
Outside|Afuera|M7 22V15M1 22h22O7 10 5O18 5 2.5
Inside|Adentro|M13 22V2h8v20M2 12h9M7 8l4 4-4 4
Puzzle|Rompecabezas|M4 6h5a2 2 0 1 1 4 0h5v5a2 2 0 1 1 0 4v5H13a2 2 0 1 0-4 0H4V15a2 2 0 1 0 0-4z
Blocks|Bloques|M3 13h8v8H3zM13 13h8v8H13zM8 3h8v8H8z
Playdough|Plastilina|M5 14h14v7H5zM4 12h16v2H4zM7 12c0-4 10-4 10 0
Crayons|Crayones|M4 22V8l2-5 2 5v14zM4 10h4M4 19h4M16 22V8l2-5 2 5v14zM16 10h4M16 19h4M10 22V10l2-5 2 5v12z
Glue|Pegamento|M8 10h8v11H8zM10 10v-3h4v3M12 7V3M10 14h4
Bike|Bicicleta|O5.5 16 4O18.5 16 4M5 16l4-7h7l3 7M9 9l3 7h-7M12 16l4-7M8 7h3M16 9l-1-3h3
Timer|Temporizador|O12 13.5 8M10 2h4M12 2v3M12 14l3-5M19 5l2 1
Star|Estrella|M12 2l3 6 7 1-5 6 1 7-6-4-6 4 1-7L2 9l7-1z
Hug|Abrazo|M12 19c-4-3-7-5-7-9a3.5 3.5 0 0 1 7-2 3.5 3.5 0 0 1 7 2c0 4-3 6-7 9zM2 14c2 5 6 7 10 7s8-2 10-7
Look|Mirar|M2 12c4-6 16-6 20 0-4 6-16 6-20 0z|O12 12 3
Listen|Escuchar|M7 9a5 5 0 1 1 10 0c0 4-4 5-4 9a3 3 0 0 1-6 0M10 9a2 2 0 1 1 4 0
Car|Carro|M2 17v-4l3-2 3-5h8l3 5 3 2v4zM9 6l-1 5h8l-1-5|O6.5 18 2.5O17.5 18 2.5
Science|Ciencias|M9 2h6M10 2v7L4 20a1 1 0 0 0 1 2h14a1 1 0 0 0 1-2L14 9V2|M6 16h12l2 4H4z
Happy|Feliz|O12 12 9.5M7 14c2 3 8 3 10 0M9 9v0M15 9v0
Sad|Triste|O12 12 9.5M7 17c2-3 8-3 10 0M9 9v0M15 9v0`;

/** Expands the circle shorthand into two arcs. */
const circles = (d: string): string =>
  d.replace(
    /O([\d.]+) ([\d.]+) ([\d.]+)/g,
    (_, x, y, r) => `M${x - r} ${y}a${r} ${r} 0 1 0 ${r * 2} 0a${r} ${r} 0 1 0-${r * 2} 0`,
  );

/**
 * Every built-in symbol by id: common school, home and therapy activities, first–then and all-done
 * markers, yes / no / more / stop / help / wait, feelings and rewards.
 */
export const OT_SYMBOLS: Readonly<Record<string, OtSymbol>> = Object.freeze(
  Object.fromEntries(
    DATA.trim()
      .split('\n')
      .map((line) => {
        const [en, es, d, fill, flip] = line.split('|') as [string, string, string, string?, string?];
        const symbol: OtSymbol = {
          en,
          es,
          d: circles(d),
          ...(fill ? { fill: circles(fill) } : {}),
          ...(flip ? { flip: true } : {}),
        };
        return [en.toLowerCase().replaceAll(' ', '-'), Object.freeze(symbol)];
      }),
  ),
);
