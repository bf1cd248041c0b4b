// The data every example app shows, so one driver test (test/examples/) can check them all the same way.
import type { OtChoiceBoardData, OtGoalStackGoal } from '@otkit/elements';
import type { OtScheduleStepInput } from '@otkit/sdk';

export const breakBoard: OtChoiceBoardData = {
  name: 'Break time',
  choices: [
    { id: 'swing', label: 'Swing' },
    { id: 'snack', label: 'Snack' },
    { id: 'music', label: 'Music' },
  ],
};

export const morningSteps: OtScheduleStepInput[] = [
  { id: 'arrive', label: 'Hang up coat' },
  { id: 'swing-break', label: 'Swing break' },
  { id: 'circle', label: 'Circle time' },
];

export const sessionGoals: OtGoalStackGoal[] = [{ id: 'coat', description: 'Button a coat with two hands' }];
