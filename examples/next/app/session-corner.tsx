'use client';
// First: on the server it lets Lit render the elements into the page's HTML (declarative shadow DOM); in the
// browser it lets them take that HTML over (hydrate) instead of drawing again.
import '@lit-labs/ssr-react/enable-lit-ssr.js';
import { useState } from 'react';
import { OtChoiceBoard, OtVisualSchedule } from '@otkit/react';
import type { OtChoiceBoardData, OtStepChangeEvent } from '@otkit/elements';
import type { OtScheduleStepInput } from '@otkit/sdk';

/** The elements in a client component, with data that came from the server. */
export function SessionCorner({ board, steps }: { board: OtChoiceBoardData; steps: OtScheduleStepInput[] }) {
  const [choice, setChoice] = useState('');
  const [submitted, setSubmitted] = useState('');
  const [lastStep, setLastStep] = useState('');
  const onStep = (event: OtStepChangeEvent) => setLastStep(`${event.detail.step.label}: ${event.detail.step.state}`);
  return (
    <>
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
          board={board}
          value={choice}
          onOtSelectionChange={(event) => setChoice(String(event.detail.value))}
        />
        <button type="button" onClick={() => setChoice('swing')}>
          Choose swing
        </button>
        <button type="submit">Send</button>
      </form>
      <p id="chosen">{choice}</p>
      <p id="submitted">{submitted}</p>
      <OtVisualSchedule heading="Morning" steps={steps} onOtStepChange={onStep} />
      <p id="last-step">{lastStep}</p>
    </>
  );
}
