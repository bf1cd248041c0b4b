import { useState } from 'react';
import { OtChoiceBoard } from '@otkit/react';
import type {} from '@otkit/elements/react-jsx';
import type { OtSelectionChangeEvent, OtStepChangeEvent } from '@otkit/elements';
import { breakBoard, morningSteps } from '../../shared/data.js';

/** The @otkit/react wrappers for the board, and the bare tag (typed by @otkit/elements/react-jsx) for the schedule. */
export function App() {
  const [choice, setChoice] = useState<string>('');
  const [submitted, setSubmitted] = useState('');
  const [lastStep, setLastStep] = useState('');
  const onSelection = (event: OtSelectionChangeEvent) => setChoice(String(event.detail.value));
  const onStep = (event: OtStepChangeEvent) => setLastStep(`${event.detail.step.label}: ${event.detail.step.state}`);
  return (
    <main>
      <h1>OT Kit in React</h1>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setSubmitted(new FormData(event.currentTarget).getAll('activity').join(','));
        }}
      >
        <label htmlFor="board">Pick a break</label>
        <OtChoiceBoard
          id="board"
          name="activity"
          noSpeech
          board={breakBoard}
          value={choice}
          onOtSelectionChange={onSelection}
        />
        <button type="button" onClick={() => setChoice('swing')}>
          Choose swing
        </button>
        <button type="submit">Send</button>
      </form>
      <p id="chosen">{choice}</p>
      <p id="submitted">{submitted}</p>
      <ot-visual-schedule heading="Morning" steps={morningSteps} onot-step-change={onStep}></ot-visual-schedule>
      <p id="last-step">{lastStep}</p>
    </main>
  );
}
