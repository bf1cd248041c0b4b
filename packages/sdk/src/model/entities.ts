/**
 * Every entity schema of the domain, one module per domain: clients, goals (with notes and progress),
 * sessions (plans, records, incidents), schedules, choice boards (with selections), home programs (with the
 * practice log) and IEP services (with the service log). The TypeScript types are inferred from these schemas,
 * and the JSON Schema files in docs/schema/ are generated from them: one source of truth.
 *
 * This barrel only re-exports; bundlers drop what an entry does not use. The schema that checks a whole
 * session record, log replay included, is `sessionRecordSchema` in flow/session-record.ts.
 */
export * from './clients.js';
export * from './goals.js';
export * from './sessions.js';
export * from './schedules.js';
export * from './choice-boards.js';
export * from './home-programs.js';
export * from './iep-services.js';
export { licenseSchema } from './fields.js';
