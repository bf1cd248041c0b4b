import { defineMessages } from '../i18n/messages.js';

/**
 * Words of `<ot-visual-schedule>`. Announcements are built from them: "Now: Snack", "Snack: done" (the state
 * words, in lower case), "Chosen: Swing", "Time is up: Snack". `upcoming` is said when a step is undone.
 */
export const scheduleMessages = defineMessages({
  en: {
    schedule: 'Schedule',
    empty: 'No steps yet.',
    now: 'Now',
    next: 'Next',
    first: 'First',
    then: 'Then',
    upcoming: 'Not done',
    done: 'Done',
    skipped: 'Skipped',
    skip: 'Skip',
    itsTime: "It's time",
    change: 'Choose again',
    chosen: 'Chosen',
    pickOne: 'pick one',
    allDone: 'All done!',
    timeUp: 'Time is up',
    progress: (p: { done: number; total: number }) => `${p.done} of ${p.total} done`,
    left: (p: { time: string }) => `${p.time} left`,
    minutes: (p: { n: number }) => `${p.n} min`,
    timeFor: (p: { label: string }) => `It's time for ${p.label}`,
  },
  es: {
    schedule: 'Horario',
    empty: 'Todavía no hay pasos.',
    now: 'Ahora',
    next: 'Siguiente',
    first: 'Primero',
    then: 'Después',
    upcoming: 'Sin hacer',
    done: 'Hecho',
    skipped: 'Omitido',
    skip: 'Omitir',
    itsTime: 'Es la hora',
    change: 'Elegir otra vez',
    chosen: 'Elegido',
    pickOne: 'elige uno',
    allDone: '¡Terminado!',
    timeUp: 'Se acabó el tiempo',
    progress: (p) => `${p.done} de ${p.total} hechos`,
    left: (p) => `quedan ${p.time}`,
    minutes: (p) => `${p.n} min`,
    timeFor: (p) => `Es la hora de ${p.label}`,
  },
});
