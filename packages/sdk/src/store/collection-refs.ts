/**
 * Which entity each collection of the store holds and which of its fields name records of other collections:
 * the store's reference rules without the schemas, so code that checks references between records it parsed
 * itself (an element's page data) does not pull in every collection's schema. The store's registry
 * (./collections.ts) adds the schemas.
 */

/**
 * The entity and the reference fields of every collection.
 *
 * @example
 * OT_COLLECTION_REFS.notes.refs.goalId; // 'goals'
 * OT_COLLECTION_REFS.goals.entity; // 'goal'
 */
export const OT_COLLECTION_REFS = {
  clients: { entity: 'client', refs: {} },
  goals: { entity: 'goal', refs: { clientId: 'clients' } },
  notes: {
    entity: 'parking-lot note',
    refs: { goalId: 'goals', promotedGoalId: 'goals', sessionId: 'sessionRecords', carriedFromId: 'notes' },
  },
  sessionPlans: { entity: 'session plan', refs: {} },
  sessionRecords: { entity: 'session record', refs: { clientId: 'clients', planId: 'sessionPlans' } },
  schedules: { entity: 'schedule', refs: { clientId: 'clients' } },
  choiceBoards: { entity: 'choice board', refs: {} },
  selections: { entity: 'selection', refs: { boardId: 'choiceBoards', sessionId: 'sessionRecords' } },
  homePrograms: { entity: 'home program', refs: { clientId: 'clients' } },
  practiceLogs: { entity: 'practice log entry', refs: { homeProgramId: 'homePrograms' } },
  progressEntries: { entity: 'progress entry', refs: { goalId: 'goals', sessionId: 'sessionRecords' } },
  incidents: { entity: 'incident', refs: { sessionId: 'sessionRecords', clientId: 'clients' } },
  iepServices: { entity: 'IEP service', refs: { clientId: 'clients' } },
  serviceLogs: { entity: 'service log entry', refs: { serviceId: 'iepServices' } },
} as const satisfies { readonly [name: string]: { entity: string; refs: { readonly [field: string]: string } } };

/** The names of all collections, in a stable order (the store's, and an exported document's). */
export const OT_COLLECTION_NAMES = Object.keys(OT_COLLECTION_REFS) as (keyof typeof OT_COLLECTION_REFS)[];
