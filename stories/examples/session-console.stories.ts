import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import '@otkit/elements/define.js';
import { seedBoard, sessionBoard } from '../data/choice-boards.js';

/**
 * The therapist's session console: every OT Kit element wired to one store persisted in IndexedDB (the
 * embedded default of `<ot-provider>`), exactly as a portal page would embed them. What you change here
 * survives a reload of the story.
 */
const meta: Meta = {
  title: 'Examples/Session console',
  parameters: { layout: 'fullscreen' },
};
export default meta;

function consoleLayout(): TemplateResult {
  return html`
    <ot-provider database="otkit-storybook-session-console">
      <main class="otkit-console" aria-label="Session console">
        <section class="otkit-console__timer" aria-label="Session timer">
          <!-- ot-session-timer (issue 3) joins here -->
        </section>
        <section class="otkit-console__goals" aria-label="Goals">
          <!-- ot-goal-stack (issue 4) joins here -->
        </section>
        <section class="otkit-console__schedule" aria-label="Schedule">
          <!-- ot-visual-schedule (issue 5) joins here -->
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
