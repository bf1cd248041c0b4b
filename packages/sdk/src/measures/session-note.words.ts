/**
 * The words of the session note in English and Spanish. The SDK has no element catalogs, so the text a
 * therapist pastes into a record is written here (like the session summary's words in flow/summary.ts).
 */
import type { OtAssistanceLevel, OtGoalSessionStatus, OtPromptType } from '../model/enums.js';

/** Languages the session note is written in. */
export type OtSessionNoteLanguage = 'en' | 'es';

interface SessionNoteWords {
  title: string;
  noSession: string;
  goals: string;
  trials(plus: number, minus: number): string;
  assistance: string;
  prompt: string;
  status: string;
  shortNote: string;
  addressed: string;
  carriedOver: string;
  stillOpen: string;
  promoted: string;
  incidents: string;
  followUp: string;
  homePlan: string;
  often(times: number, period: 'day' | 'week', minutes: number): string;
  none: string;
  assistanceLevels: Record<OtAssistanceLevel, string>;
  prompts: Record<OtPromptType, string>;
  statuses: Record<OtGoalSessionStatus, string>;
}

export const SESSION_NOTE_WORDS: Record<OtSessionNoteLanguage, SessionNoteWords> = {
  en: {
    title: 'Session note',
    noSession: 'No session was timed.',
    goals: 'Goals worked on',
    trials: (plus, minus) => `${plus} correct, ${minus} incorrect`,
    assistance: 'assistance',
    prompt: 'prompt',
    status: 'status',
    shortNote: 'note',
    addressed: 'Notes addressed',
    carriedOver: 'Notes carried over to the next session',
    stillOpen: 'Notes still open',
    promoted: 'Notes made into goals',
    incidents: 'Incidents',
    followUp: 'follow-up needed',
    homePlan: 'Home plan',
    often: (times, period, minutes) => `${times} ${times === 1 ? 'time' : 'times'} a ${period}, ${minutes} min`,
    none: 'none',
    assistanceLevels: {
      independent: 'independent',
      supervision: 'supervision',
      minimal: 'minimal',
      moderate: 'moderate',
      maximal: 'maximal',
      dependent: 'dependent',
    },
    prompts: { verbal: 'verbal', gestural: 'gestural', visual: 'visual', model: 'model', physical: 'physical' },
    statuses: { met: 'met', progressing: 'progressing', 'not-addressed': 'not addressed' },
  },
  es: {
    title: 'Nota de la sesión',
    noSession: 'No se cronometró ninguna sesión.',
    goals: 'Objetivos trabajados',
    trials: (plus, minus) =>
      `${plus} ${plus === 1 ? 'correcto' : 'correctos'}, ${minus} ${minus === 1 ? 'incorrecto' : 'incorrectos'}`,
    assistance: 'asistencia',
    prompt: 'ayuda',
    status: 'estado',
    shortNote: 'nota',
    addressed: 'Notas atendidas',
    carriedOver: 'Notas pasadas a la próxima sesión',
    stillOpen: 'Notas aún abiertas',
    promoted: 'Notas convertidas en objetivos',
    incidents: 'Incidentes',
    followUp: 'requiere seguimiento',
    homePlan: 'Plan para casa',
    often: (times, period, minutes) =>
      `${times} ${times === 1 ? 'vez' : 'veces'} por ${period === 'day' ? 'día' : 'semana'}, ${minutes} min`,
    none: 'ninguno',
    assistanceLevels: {
      independent: 'independiente',
      supervision: 'supervisión',
      minimal: 'mínima',
      moderate: 'moderada',
      maximal: 'máxima',
      dependent: 'dependiente',
    },
    prompts: { verbal: 'verbal', gestural: 'gestual', visual: 'visual', model: 'modelo', physical: 'física' },
    statuses: { met: 'logrado', progressing: 'en progreso', 'not-addressed': 'no trabajado' },
  },
};
