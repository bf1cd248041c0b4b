import { defineMessages } from '@otkit/elements';

type Count = { count: number };

/** Words of the embed pages (schedule, first–then): their titles and the friendly messages for bad links. */
export const pageMessages = defineMessages({
  en: {
    problemTitle: 'This schedule cannot be shown',
    empty: 'There is no schedule in this link yet. Make one with the schedule builder and copy its code.',
    malformed:
      'This link does not hold a schedule this page can read. Copy the whole code again from the schedule builder.',
    truncated: 'This link is cut short: its end is missing. Copy the whole code again from the schedule builder.',
    version:
      'This schedule was made by a newer version of the schedule builder. Ask whoever runs this page to update it.',
    oversize: 'This schedule is too big to fit in a link. Make it shorter in the schedule builder.',
    invalid: 'Part of this schedule is not allowed:',
    firstThen: (p: Count) =>
      `A first–then board has exactly 2 steps; this link has ${p.count}. Use the schedule page for longer schedules.`,
    step: (p: { n: number }) => `Step ${p.n}`,
    fixIt: 'Fix it in the schedule builder and copy the code again.',
  },
  es: {
    problemTitle: 'No se puede mostrar este horario',
    empty: 'Este enlace todavía no tiene un horario. Crea uno con el creador de horarios y copia su código.',
    malformed:
      'Este enlace no contiene un horario que esta página pueda leer. Copia otra vez todo el código desde el creador de horarios.',
    truncated:
      'Este enlace está cortado: le falta el final. Copia otra vez todo el código desde el creador de horarios.',
    version:
      'Este horario se hizo con una versión más nueva del creador de horarios. Pide a quien mantiene esta página que la actualice.',
    oversize: 'Este horario es demasiado grande para un enlace. Acórtalo en el creador de horarios.',
    invalid: 'Una parte de este horario no está permitida:',
    firstThen: (p) =>
      `Un tablero primero–después tiene exactamente 2 pasos; este enlace tiene ${p.count}. Usa la página de horario para horarios más largos.`,
    step: (p) => `Paso ${p.n}`,
    fixIt: 'Corrígelo en el creador de horarios y copia el código otra vez.',
  },
});
