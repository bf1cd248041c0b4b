/**
 * The session summary: planned against actual minutes per phase, interruptions with reasons and
 * durations, and incidents — as data, and as readable text a therapist can paste into a note, in English
 * and Spanish. The SDK has no element catalogs, so the words it needs live here (elements reuse them).
 */
import type { OtIncident, OtSessionEvent, OtSessionPhase } from '../model/entities.js';
import type { OtEndReason, OtPauseReason, OtSessionPhaseId } from '../model/enums.js';
import { sessionFlow, type OtPhaseStatus, type OtSessionStatus } from './session.js';

/** Languages the summary text is written in. */
export type OtSummaryLanguage = 'en' | 'es';

/** Names of the default phases, pause and end reasons, and the questions about an incident, in English and Spanish. */
export const OT_SESSION_WORDS = {
  en: {
    phases: {
      'check-in': 'Check-in & plan',
      'warm-up': 'Warm-up & regulation',
      targeted: 'Targeted activities',
      coaching: 'Coaching & modeling',
      'cool-down': 'Cool-down',
      'home-plan': 'Home plan',
    },
    pause: { interruption: 'interruption', emergency: 'emergency', break: 'break', other: 'other' },
    end: {
      completed: 'completed',
      'time-up': 'time up',
      'client-request': 'client request',
      emergency: 'emergency',
      other: 'other reason',
    },
    incident: { what: 'What happened', actions: 'What was done', followUp: 'Follow-up needed' },
  },
  es: {
    phases: {
      'check-in': 'Saludo y plan',
      'warm-up': 'Calentamiento y regulación',
      targeted: 'Actividades dirigidas',
      coaching: 'Entrenamiento y modelado',
      'cool-down': 'Vuelta a la calma',
      'home-plan': 'Plan para casa',
    },
    pause: { interruption: 'interrupción', emergency: 'emergencia', break: 'descanso', other: 'otro motivo' },
    end: {
      completed: 'completada',
      'time-up': 'se acabó el tiempo',
      'client-request': 'a petición del cliente',
      emergency: 'emergencia',
      other: 'otro motivo',
    },
    incident: { what: 'Qué pasó', actions: 'Qué se hizo', followUp: 'Requiere seguimiento' },
  },
} as const satisfies Record<
  OtSummaryLanguage,
  {
    phases: Record<OtSessionPhaseId, string>;
    pause: Record<OtPauseReason, string>;
    end: Record<OtEndReason, string>;
    incident: Record<'what' | 'actions' | 'followUp', string>;
  }
>;

/**
 * The name of a phase: its own label, else the name of a default phase in `lang`, else its id.
 *
 * @example
 * phaseName({ id: 'warm-up', minutes: 10 }, 'es'); // 'Calentamiento y regulación'
 */
export function phaseName(phase: { id: string; label?: string | undefined }, lang: OtSummaryLanguage = 'en'): string {
  return phase.label ?? (OT_SESSION_WORDS[lang].phases as Record<string, string>)[phase.id] ?? phase.id;
}

/** The data of a session summary. Minutes are rounded to a tenth. */
export interface OtSessionSummary {
  readonly status: OtSessionStatus;
  readonly startedAt: number | undefined;
  readonly endedAt: number | undefined;
  readonly endReason: OtEndReason | undefined;
  readonly endNote: string | undefined;
  /** Minutes planned, extensions included. */
  readonly plannedMinutes: number;
  /** Active minutes: running time, pauses left out. */
  readonly actualMinutes: number;
  readonly phases: readonly {
    readonly id: string;
    readonly label: string | undefined;
    readonly plannedMinutes: number;
    readonly extendedMinutes: number;
    readonly actualMinutes: number;
    readonly status: OtPhaseStatus;
  }[];
  readonly interruptions: readonly {
    readonly at: number;
    readonly reason: OtPauseReason;
    readonly note: string | undefined;
    readonly minutes: number;
    readonly phaseId: string;
  }[];
  readonly incidents: readonly Pick<OtIncident, 'at' | 'what' | 'actions' | 'followUpNeeded' | 'followUp'>[];
}

const minutes = (ms: number) => Math.round(ms / 6000) / 10;

/**
 * Summarises a session record (or any phases + event log) at `now` (the end, once ended). Pass the
 * incidents of the session to list them too.
 *
 * @example
 * const summary = sessionSummary(record, { incidents: store.incidents.list().filter((i) => i.sessionId === record.id) });
 * summary.phases[2]; // { id: 'targeted', plannedMinutes: 20, extendedMinutes: 5, actualMinutes: 24.5, status: 'done' }
 */
export function sessionSummary(
  record: { phases: readonly OtSessionPhase[]; events: readonly OtSessionEvent[]; autoAdvance?: boolean | undefined },
  options: {
    now?: number;
    incidents?: readonly Pick<OtIncident, 'at' | 'what' | 'actions' | 'followUpNeeded' | 'followUp'>[];
  } = {},
): OtSessionSummary {
  const s = sessionFlow(record.phases, record.events, options.now ?? Date.now(), { autoAdvance: record.autoAdvance });
  return {
    status: s.status,
    startedAt: s.startedAt,
    endedAt: s.endedAt,
    endReason: s.endReason,
    endNote: s.endNote,
    plannedMinutes: minutes(s.planned),
    actualMinutes: minutes(s.elapsed),
    phases: s.phases.map((p) => ({
      id: p.id,
      label: p.label,
      plannedMinutes: minutes(p.planned),
      extendedMinutes: minutes(p.extended),
      actualMinutes: minutes(p.actual),
      status: p.status,
    })),
    interruptions: s.pauses.map((p) => ({
      at: p.at,
      reason: p.reason,
      note: p.note,
      minutes: minutes(p.duration),
      phaseId: p.phaseId,
    })),
    incidents: [...(options.incidents ?? [])]
      .sort((a, b) => a.at - b.at)
      .map(({ at, what, actions, followUpNeeded, followUp }) => ({ at, what, actions, followUpNeeded, followUp })),
  };
}

const TEXT = {
  en: {
    title: 'Session summary',
    active: (a: number, p: number) => `Active time: ${a} min of ${p} min planned.`,
    ended: 'Ended',
    notEnded: 'The session has not ended.',
    plan: 'Planned vs actual',
    planned: (_n: number) => 'planned',
    actual: (_n: number) => 'actual',
    skipped: 'skipped',
    notReached: 'not reached',
    interruptions: 'Interruptions',
    none: 'none',
    incidents: 'Incidents',
    noIncidents: 'none',
    yes: 'yes',
    no: 'no',
  },
  es: {
    title: 'Resumen de la sesión',
    active: (a: number, p: number) => `Tiempo activo: ${a} min de ${p} min previsto${p === 1 ? '' : 's'}.`,
    ended: 'Terminó',
    notEnded: 'La sesión no ha terminado.',
    plan: 'Previsto y real',
    // The words agree with the minutes they follow: 1 min previsto, 2 min previstos.
    planned: (n: number) => `previsto${n === 1 ? '' : 's'}`,
    actual: (n: number) => `real${n === 1 ? '' : 'es'}`,
    skipped: 'omitida',
    notReached: 'no se llegó',
    interruptions: 'Interrupciones',
    none: 'ninguna',
    incidents: 'Incidentes',
    noIncidents: 'ninguno',
    yes: 'sí',
    no: 'no',
  },
};

/**
 * The summary as plain text to paste into a note, in English or Spanish. Clock times are shown in
 * `timeZone` (default: the runtime's).
 *
 * @example
 * sessionSummaryText(sessionSummary(record), 'es', { timeZone: 'America/Mexico_City' });
 * // 'Resumen de la sesión: 23/11/2026, 09:00–09:52\nTiempo activo: 49 min de 60 min previstos. …'
 */
export function sessionSummaryText(
  summary: OtSessionSummary,
  lang: OtSummaryLanguage = 'en',
  options: { timeZone?: string } = {},
): string {
  const t = TEXT[lang];
  const words = OT_SESSION_WORDS[lang];
  const format = (style: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(lang, { ...style, timeZone: options.timeZone }).format;
  const day = format({ dateStyle: 'short' });
  const clock = format({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const round = Math.round;
  const aside = (text: string | undefined) => (text ? ` (${text})` : '');
  const { startedAt: start, endedAt: end, endReason, interruptions, incidents } = summary;
  return [
    t.title +
      (start === undefined ? '' : `: ${day(start)}, ${clock(start)}${end === undefined ? '' : `–${clock(end)}`}`),
    `${t.active(round(summary.actualMinutes), round(summary.plannedMinutes))} ${endReason ? `${t.ended}: ${words.end[endReason]}${aside(summary.endNote)}.` : t.notEnded}`,
    `${t.plan}:`,
    ...summary.phases.map((p) => {
      const skipped = p.status === 'skipped';
      const actual = p.actualMinutes || !(skipped || p.status === 'upcoming');
      const planned = round(p.plannedMinutes);
      const extended = round(p.extendedMinutes);
      return `- ${phaseName(p, lang)}: ${planned}${extended ? ` + ${extended}` : ''} min ${t.planned(planned + extended)}, ${
        actual
          ? `${round(p.actualMinutes)} min ${t.actual(round(p.actualMinutes))}${aside(skipped ? t.skipped : '')}`
          : skipped
            ? t.skipped
            : t.notReached
      }`;
    }),
    `${t.interruptions}: ${interruptions.length ? `${interruptions.length} (${round(interruptions.reduce((sum, i) => sum + i.minutes, 0))} min)` : t.none}`,
    ...interruptions.map(
      (i) => `- ${clock(i.at)}, ${words.pause[i.reason]}, ${round(i.minutes)} min${i.note ? `: ${i.note}` : ''}`,
    ),
    `${t.incidents}: ${incidents.length || t.noIncidents}`,
    ...incidents.map(
      (i) =>
        `- ${clock(i.at)}: ${words.incident.what}: ${i.what}; ${words.incident.actions}: ${i.actions}; ${words.incident.followUp}: ${i.followUpNeeded ? t.yes : t.no}${aside(i.followUp)}`,
    ),
  ].join('\n');
}
