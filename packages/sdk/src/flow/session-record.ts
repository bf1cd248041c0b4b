/**
 * The schema of a whole session record: its fields (model/sessions.ts) and its event log replayed through the
 * session clock. It lives with the clock because "can this event happen here" is the clock's rule; the model
 * never imports the flow.
 */
import { buildSchema } from '../model/build-schema.js';
import { sessionRecordShapeSchema } from '../model/sessions.js';
import { refine } from '../model/schema.js';
import { sessionFlow } from './session.js';

/**
 * A session record: the plan as run (a snapshot) and the event log of what actually happened. Beyond each
 * event's shape, the log must make sense as a whole: it is replayed with the session clock, and an event
 * that cannot happen at its point (resume when not paused, next after the end …) is reported at its index.
 *
 * @example
 * const result = safeParse(sessionRecordSchema, {
 *   id: 's1',
 *   phases: [{ id: 'work', minutes: 20 }],
 *   events: [{ type: 'resume', at: 1 }],
 *   createdAt: 1,
 * });
 * // result.success === false; result.issues[0].path is ['events', 0]: the session is not paused
 */
export const sessionRecordSchema = /*#__PURE__*/ buildSchema(() =>
  refine(sessionRecordShapeSchema, (record) => {
    const problem = sessionFlow(record.phases, record.events, 0, { autoAdvance: record.autoAdvance }).problem;
    return problem && [{ path: ['events', problem.index], code: 'invalid' as const, message: problem.reason }];
  }),
);
