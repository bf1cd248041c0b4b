/**
 * The words of the progress report in English and Spanish. The SDK has no element catalogs, so the text a
 * portal sends to a school is written here (like the session summary's words in flow/summary.ts).
 */
import type { OtAssistanceLevel } from '../model/enums.js';
import type { OtGasResult } from './gas.js';
import type { OtReportGoal, OtReportNextStep, OtReportPractice } from './progress-report.js';
import type { OtTrendDirection } from './progress.js';

/** Languages the report is written in. */
export type OtReportLanguage = 'en' | 'es';

interface ReportWords {
  title(name: string | undefined, from: string, to: string): string;
  goals: string;
  noGoals: string;
  goalLine(goal: OtReportGoal): string;
  gas(gas: OtGasResult | undefined): string;
  practice(practice: OtReportPractice): string;
  nextSteps: string;
  step(step: OtReportNextStep, goal: string): string;
}

const percent = (value: number) => `${Math.round(value)}%`;

const ASSISTANCE: Record<OtReportLanguage, Record<OtAssistanceLevel, string>> = {
  en: {
    independent: 'independent',
    supervision: 'supervision',
    minimal: 'minimal help',
    moderate: 'moderate help',
    maximal: 'maximal help',
    dependent: 'full help',
  },
  es: {
    independent: 'independiente',
    supervision: 'supervisión',
    minimal: 'ayuda mínima',
    moderate: 'ayuda moderada',
    maximal: 'ayuda máxima',
    dependent: 'ayuda total',
  },
};

const TREND: Record<OtReportLanguage, Record<OtTrendDirection, string>> = {
  en: {
    improving: 'improving',
    worsening: 'going down',
    'no-change': 'steady',
    'insufficient-data': 'not enough data for a trend yet',
  },
  es: {
    improving: 'mejorando',
    worsening: 'bajando',
    'no-change': 'estable',
    'insufficient-data': 'aún sin datos suficientes para una tendencia',
  },
};

export const REPORT_WORDS: Record<OtReportLanguage, ReportWords> = {
  en: {
    title: (name, from, to) => `Progress report${name ? ` for ${name}` : ''}, ${from} to ${to}`,
    goals: 'Goals',
    noGoals: 'No goals in this period.',
    goalLine: (goal) => {
      const parts = [`${goal.entries} ${goal.entries === 1 ? 'session' : 'sessions'}`];
      if (goal.percentCorrect)
        parts.push(`trials correct ${percent(goal.percentCorrect.first)} → ${percent(goal.percentCorrect.last)}`);
      if (goal.assistance)
        parts.push(`${ASSISTANCE.en[goal.assistance.first]} → ${ASSISTANCE.en[goal.assistance.last]}`);
      parts.push(goal.met ? 'goal met' : TREND.en[goal.trend]);
      return `${goal.goal.description}: ${parts.join('; ')}.`;
    },
    gas: (gas) =>
      gas
        ? `Goal Attainment Scaling: T-score ${gas.tScore.toFixed(1)} (${gas.counted} ${gas.counted === 1 ? 'goal' : 'goals'} scored; 50 means every goal reached its expected outcome).`
        : 'Goal Attainment Scaling: no goal was scored in this period.',
    practice: (practice) =>
      practice.logged
        ? `Home practice: ${practice.done} of ${practice.logged} logged practices done, ${practice.minutes} minutes on ${practice.days} ${practice.days === 1 ? 'day' : 'days'}.`
        : 'Home practice: nothing logged in this period.',
    nextSteps: 'Next steps',
    step: (step, goal) => {
      switch (step.kind) {
        case 'celebrate-met':
          return `${goal}: met — celebrate it and choose what comes next.`;
        case 'keep-going':
          return `${goal}: keep going with the same strategy.`;
        case 'review-strategy':
          return `${goal}: not moving yet — review the strategy together.`;
        case 'collect-data':
          return `${goal}: collect data in the next sessions to see a trend.`;
        case 'open-notes':
          return `${step.count} open ${step.count === 1 ? 'concern' : 'concerns'} to talk about at the next session.`;
      }
    },
  },
  es: {
    title: (name, from, to) => `Informe de progreso${name ? ` de ${name}` : ''}, del ${from} al ${to}`,
    goals: 'Objetivos',
    noGoals: 'No hay objetivos en este periodo.',
    goalLine: (goal) => {
      const parts = [`${goal.entries} ${goal.entries === 1 ? 'sesión' : 'sesiones'}`];
      if (goal.percentCorrect)
        parts.push(`intentos correctos ${percent(goal.percentCorrect.first)} → ${percent(goal.percentCorrect.last)}`);
      if (goal.assistance)
        parts.push(`${ASSISTANCE.es[goal.assistance.first]} → ${ASSISTANCE.es[goal.assistance.last]}`);
      parts.push(goal.met ? 'objetivo logrado' : TREND.es[goal.trend]);
      return `${goal.goal.description}: ${parts.join('; ')}.`;
    },
    gas: (gas) =>
      gas
        ? `Escala de logro de objetivos (GAS): puntuación T ${gas.tScore.toFixed(1)} (${gas.counted} ${gas.counted === 1 ? 'objetivo puntuado' : 'objetivos puntuados'}; 50 significa que cada objetivo alcanzó el resultado esperado).`
        : 'Escala de logro de objetivos (GAS): ningún objetivo se puntuó en este periodo.',
    practice: (practice) =>
      practice.logged
        ? `Práctica en casa: ${practice.done} de ${practice.logged} prácticas registradas hechas, ${practice.minutes} minutos en ${practice.days} ${practice.days === 1 ? 'día' : 'días'}.`
        : 'Práctica en casa: nada registrado en este periodo.',
    nextSteps: 'Próximos pasos',
    step: (step, goal) => {
      switch (step.kind) {
        case 'celebrate-met':
          return `${goal}: logrado; celébrenlo y elijan el siguiente paso.`;
        case 'keep-going':
          return `${goal}: seguir con la misma estrategia.`;
        case 'review-strategy':
          return `${goal}: aún no avanza; revisen juntos la estrategia.`;
        case 'collect-data':
          return `${goal}: registrar datos en las próximas sesiones para ver una tendencia.`;
        case 'open-notes':
          return `${step.count} ${step.count === 1 ? 'inquietud pendiente' : 'inquietudes pendientes'} para hablar en la próxima sesión.`;
      }
    },
  },
};
