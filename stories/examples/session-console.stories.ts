import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import '@otkit/elements/define.js';
import './session-console.css';
import { seedBoard, sessionBoard } from '../data/choice-boards.js';
import { storySync } from '../helpers/sync.js';

/**
 * The therapist's session console: every OT Kit element wired to one store persisted in IndexedDB (the
 * embedded default of `<ot-provider>`), exactly as a portal page would embed them. What you change here
 * survives a reload of the story. The layout (session-console.css) stacks on a phone, pairs goals and
 * schedule on a tablet, and gives the timer its own column on a wide screen.
 */
const meta: Meta = {
  title: 'Examples/Session console',
  parameters: { layout: 'fullscreen' },
};
export default meta;

function consoleLayout(): TemplateResult {
  return html`
    <ot-provider database="otkit-storybook-session-console" .sync=${storySync()}>
      <ot-sync-indicator class="otkit-console__sync"></ot-sync-indicator>
      <main class="otkit-console" aria-label="Session console">
        <section class="otkit-console__timer" aria-label="Session timer">
          <ot-session-timer minutes="45" warn-seconds="120"></ot-session-timer>
        </section>
        <section class="otkit-console__goals" aria-label="Goal cards and notes">
          <ot-goal-stack></ot-goal-stack>
        </section>
        <section class="otkit-console__schedule" aria-label="Schedule">
          <ot-visual-schedule schedule-id="session-console-schedule" heading="Today's session" view="now-next">
            <ot-step symbol="calm-breathing" minutes="5">Check-in and plan</ot-step>
            <ot-step symbol="trampoline" minutes="10">Warm-up and regulation</ot-step>
            <ot-step symbol="scissors" minutes="20">Targeted activities</ot-step>
            <ot-step symbol="help" minutes="10">Coaching and modeling</ot-step>
            <ot-step symbol="quiet-corner" minutes="7">Cool-down</ot-step>
            <ot-step symbol="home" minutes="8">Home plan</ot-step>
          </ot-visual-schedule>
        </section>
        <section class="otkit-console__choices" aria-label="Choice board">
          <ot-choice-board board-id="session-console-choices" confirm ${seedBoard(sessionBoard())}></ot-choice-board>
        </section>
      </main>
    </ot-provider>
  `;
}

export const SessionConsole: StoryObj = {
  name: 'Session console',
  render: () => consoleLayout(),
};
