/**
 * A small library of common home-practice activities, so a therapist builds a home program in under a minute:
 * each entry has a built-in symbol, how long and how often, when in the day it fits, what to watch for, and its
 * words in English and Spanish. Plain data: a host may show its own list instead.
 */
import type { OtHomePeriod } from './home-programs.js';

/** Languages the library has words in. */
export const OT_HOME_LIBRARY_LANGUAGES = ['en', 'es'] as const;
/** A language the library has words in. */
export type OtHomeLibraryLanguage = (typeof OT_HOME_LIBRARY_LANGUAGES)[number];

/** The words of one library activity in one language. */
export interface OtHomeLibraryWords {
  /** Short name, e.g. "Animal walks". */
  readonly name: string;
  /** How to do it, in one or two sentences a family can follow. */
  readonly instructions: string;
  /** When in the day it fits. */
  readonly when: string;
  /** What to watch for. */
  readonly safety: string;
}

/** One activity of the library. */
export interface OtHomeLibraryEntry {
  /** Stable id, also stored on an activity made from it (`libraryId`). */
  readonly id: string;
  /** A built-in symbol id (see `<ot-symbol>`). */
  readonly symbol: string;
  readonly minutes: number;
  readonly timesPerPeriod: number;
  readonly period: OtHomePeriod;
  readonly words: Readonly<Record<OtHomeLibraryLanguage, OtHomeLibraryWords>>;
}

const STOP_EN = 'Stop if there is pain, dizziness or distress.';
const STOP_ES = 'Paren si hay dolor, mareo o angustia.';

/**
 * The built-in activity library, in the order a builder shows it.
 *
 * @example
 * const breathing = OT_HOME_LIBRARY.find((entry) => entry.id === 'calm-breathing');
 * breathing?.words.es.name; // 'Respiración tranquila'
 */
export const OT_HOME_LIBRARY: readonly OtHomeLibraryEntry[] = Object.freeze([
  {
    id: 'heavy-work',
    symbol: 'backpack',
    minutes: 5,
    timesPerPeriod: 1,
    period: 'day',
    words: {
      en: {
        name: 'Heavy work',
        instructions: 'Carry the laundry basket, push a chair or carry books to the shelf.',
        when: 'Before homework',
        safety: STOP_EN,
      },
      es: {
        name: 'Trabajo pesado',
        instructions: 'Cargar la cesta de la ropa, empujar una silla o llevar libros a la estantería.',
        when: 'Antes de la tarea',
        safety: STOP_ES,
      },
    },
  },
  {
    id: 'animal-walks',
    symbol: 'play',
    minutes: 3,
    timesPerPeriod: 1,
    period: 'day',
    words: {
      en: {
        name: 'Animal walks',
        instructions: 'Bear walk, crab walk and frog jumps across the room, three times each.',
        when: 'After school',
        safety: `Clear the floor first. ${STOP_EN}`,
      },
      es: {
        name: 'Caminar como animales',
        instructions: 'Caminar como oso, como cangrejo y saltar como rana por la sala, tres veces cada uno.',
        when: 'Después de la escuela',
        safety: `Despejen el suelo antes. ${STOP_ES}`,
      },
    },
  },
  {
    id: 'putty',
    symbol: 'playdough',
    minutes: 5,
    timesPerPeriod: 5,
    period: 'week',
    words: {
      en: {
        name: 'Putty hand strengthening',
        instructions: 'Hide beads in the putty and pull them out with the fingers; squeeze and roll snakes.',
        when: 'Before writing or drawing',
        safety: `Keep small beads away from young children. ${STOP_EN}`,
      },
      es: {
        name: 'Fortalecer las manos con masilla',
        instructions: 'Esconder cuentas en la masilla y sacarlas con los dedos; apretar y hacer culebras.',
        when: 'Antes de escribir o dibujar',
        safety: `Mantengan las cuentas pequeñas lejos de los niños pequeños. ${STOP_ES}`,
      },
    },
  },
  {
    id: 'calm-breathing',
    symbol: 'calm-breathing',
    minutes: 2,
    timesPerPeriod: 2,
    period: 'day',
    words: {
      en: {
        name: 'Calm breathing',
        instructions: 'Smell the flower (breathe in for 4), blow out the candle (breathe out for 4), five times.',
        when: 'Before bedtime and when upset',
        safety: 'Stop if the child feels dizzy.',
      },
      es: {
        name: 'Respiración tranquila',
        instructions: 'Oler la flor (inhalar contando 4), soplar la vela (exhalar contando 4), cinco veces.',
        when: 'Antes de dormir y cuando esté alterado',
        safety: 'Paren si el niño se marea.',
      },
    },
  },
  {
    id: 'morning-routine',
    symbol: 'get-dressed',
    minutes: 5,
    timesPerPeriod: 1,
    period: 'day',
    words: {
      en: {
        name: 'Morning routine checklist',
        instructions: 'Follow the picture checklist: toilet, wash hands, get dressed, shoes, backpack.',
        when: 'Before the morning routine',
        safety: 'Help only as much as needed; praise each step.',
      },
      es: {
        name: 'Lista de la rutina de la mañana',
        instructions: 'Seguir la lista con dibujos: baño, lavarse las manos, vestirse, zapatos, mochila.',
        when: 'Antes de la rutina de la mañana',
        safety: 'Ayuden solo lo necesario; feliciten cada paso.',
      },
    },
  },
  {
    id: 'trampoline',
    symbol: 'trampoline',
    minutes: 3,
    timesPerPeriod: 1,
    period: 'day',
    words: {
      en: {
        name: 'Jumping',
        instructions: 'Jump on a trampoline or jump in place and count to 30.',
        when: 'Before sitting work',
        safety: `An adult stays close. ${STOP_EN}`,
      },
      es: {
        name: 'Saltar',
        instructions: 'Saltar en una cama elástica o en el sitio y contar hasta 30.',
        when: 'Antes de trabajar sentado',
        safety: `Un adulto se queda cerca. ${STOP_ES}`,
      },
    },
  },
  {
    id: 'scissors',
    symbol: 'scissors',
    minutes: 5,
    timesPerPeriod: 3,
    period: 'week',
    words: {
      en: {
        name: 'Cutting practice',
        instructions: 'Cut along thick lines on old magazines: straight lines first, then curves.',
        when: 'After a snack',
        safety: 'Use child-safe scissors with an adult nearby.',
      },
      es: {
        name: 'Practicar recortar',
        instructions: 'Recortar por líneas gruesas en revistas viejas: primero rectas, luego curvas.',
        when: 'Después de la merienda',
        safety: 'Usen tijeras infantiles con un adulto cerca.',
      },
    },
  },
  {
    id: 'quiet-corner',
    symbol: 'quiet-corner',
    minutes: 5,
    timesPerPeriod: 1,
    period: 'day',
    words: {
      en: {
        name: 'Quiet corner break',
        instructions: 'Sit in a cosy corner with a blanket and a soft toy, lights low, no screens.',
        when: 'After school, before it gets hard',
        safety: 'Offer it as a choice, never as a punishment.',
      },
      es: {
        name: 'Descanso en el rincón tranquilo',
        instructions: 'Sentarse en un rincón cómodo con una manta y un peluche, poca luz, sin pantallas.',
        when: 'Después de la escuela, antes de que se ponga difícil',
        safety: 'Ofrézcanlo como opción, nunca como castigo.',
      },
    },
  },
] satisfies OtHomeLibraryEntry[]);

/**
 * The library entry with this id, or undefined.
 *
 * @example
 * homeLibraryEntry('putty')?.minutes; // 5
 */
export function homeLibraryEntry(id: string): OtHomeLibraryEntry | undefined {
  return OT_HOME_LIBRARY.find((entry) => entry.id === id);
}
