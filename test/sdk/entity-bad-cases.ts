import type { OtCollectionName, OtIssue } from '@otkit/sdk';
import { BOARD_TO_SERVICE_LOG_CASES } from './entity-bad-cases-boards-to-service-logs.js';
import { CLIENT_TO_SCHEDULE_CASES } from './entity-bad-cases-clients-to-schedules.js';

// Bad inputs are built by changing a copy of a valid example in ways its type forbids.
export type Rec = Record<string, any>;

export interface BadCase {
  /** What is wrong, for the test title. */
  what: string;
  collection: OtCollectionName;
  change(record: Rec): void;
  issues: OtIssue[];
}

/** Bad inputs for each entity: the ones the issue names, then each entity's own rules. */
export const CASES: BadCase[] = [...CLIENT_TO_SCHEDULE_CASES, ...BOARD_TO_SERVICE_LOG_CASES];
