/**
 * The markup of the Session console story and what keeps its parts in agreement, without the story's
 * stylesheet, so tests render exactly what the story shows. The schedule is the timer's plan, drawn by the
 * SDK's `sessionScheduleSteps`: the same phase names and minutes, and it follows the timer as it runs.
 */
import { html, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { sessionScheduleSteps, sessionTemplate, systemClock, type OtChoiceBoard, type OtClock } from '@otkit/sdk';
import '@otkit/elements/define.js';
import type { OtProvider, OtVisualSchedule } from '@otkit/elements';
import { sessionBoard, spanishBoard } from '../data/choice-boards.js';
import { storySync } from '../helpers/sync.js';

/** The length of the console's session plan, in minutes: the timer's and the schedule's. */
export const CONSOLE_MINUTES = 45;

/** Options of {@link consoleLayout}. */
export interface ConsoleOptions {
  /** `en` or `es`: the language of every element and of the story data. */
  readonly lang?: 'en' | 'es';
  /** The IndexedDB database of the console; `memory` keeps nothing (tests). */
  readonly database?: string | 'memory';
  /** The clock of the timer, the goal stack and the schedule (a manual clock in tests). */
  readonly clock?: OtClock;
}

const WORDS = {
  en: {
    console: 'Session console',
    timer: 'Session timer',
    goals: 'Goal cards and notes',
    schedule: 'Schedule',
    heading: "Today's session",
    choices: 'Choice board',
  },
  es: {
    console: 'Consola de la sesión',
    timer: 'Temporizador de la sesión',
    goals: 'Objetivos y notas',
    schedule: 'Horario',
    heading: 'La sesión de hoy',
    choices: 'Tablero de elección',
  },
} as const;

/**
 * Puts the console's board into the store when it is not there yet (the console persists), and keeps the
 * schedule on the timer's plan: redrawn from the store whenever it changes (start, next, skip, extend, end)
 * and whenever the timer says the phase changed by itself. Runs once the provider has made its store.
 */
function wireConsole(provider: Element | undefined, board: OtChoiceBoard, lang: 'en' | 'es', clock: OtClock): void {
  if (!(provider instanceof HTMLElement) || provider.dataset.following) return;
  provider.dataset.following = 'true';
  queueMicrotask(async () => {
    await (provider as OtProvider).updateComplete;
    const store = (provider as OtProvider).store;
    const schedule = provider.querySelector<OtVisualSchedule>('ot-visual-schedule');
    if (!store || !schedule) return;
    await store.ready.catch(() => undefined);
    if (!store.choiceBoards.get(board.id)) await store.choiceBoards.put(board);
    const plan = sessionTemplate(CONSOLE_MINUTES);
    const redraw = () => (schedule.steps = sessionScheduleSteps(store.getState(), { plan, now: clock.now(), lang }));
    store.subscribe((state) => state.sessionRecords, redraw);
    provider.addEventListener('ot-phase-change', redraw);
    redraw();
  });
}

/** The console: timer, goal stack, schedule and choice board on one store. */
export function consoleLayout(options: ConsoleOptions = {}): TemplateResult {
  const lang = options.lang ?? 'en';
  const words = WORDS[lang];
  const clock = options.clock ?? systemClock;
  const memory = options.database === 'memory';
  const board: OtChoiceBoard =
    lang === 'es'
      ? ({ ...spanishBoard(), id: 'session-console-choices-es', createdAt: 0 } as OtChoiceBoard)
      : sessionBoard();
  return html`
    <ot-provider
      lang=${lang}
      storage=${memory ? 'memory' : 'indexeddb'}
      database=${memory ? 'otkit' : (options.database ?? `otkit-storybook-session-console${lang === 'es' ? '-es' : ''}`)}
      .sync=${memory ? undefined : storySync()}
      ${ref((provider) => wireConsole(provider, board, lang, clock))}
    >
      <ot-sync-indicator class="otkit-console__sync"></ot-sync-indicator>
      <main class="otkit-console" aria-label=${words.console}>
        <section class="otkit-console__timer" aria-label=${words.timer}>
          <ot-session-timer minutes=${CONSOLE_MINUTES} warn-seconds="120" .clock=${clock}></ot-session-timer>
        </section>
        <section class="otkit-console__goals" aria-label=${words.goals}>
          <ot-goal-stack global-shortcut .clock=${clock}></ot-goal-stack>
        </section>
        <section class="otkit-console__schedule" aria-label=${words.schedule}>
          <ot-visual-schedule heading=${words.heading} view="now-next" readonly .clock=${clock}></ot-visual-schedule>
        </section>
        <section class="otkit-console__choices" aria-label=${words.choices}>
          <ot-choice-board board-id=${board.id} confirm></ot-choice-board>
        </section>
      </main>
    </ot-provider>
  `;
}
