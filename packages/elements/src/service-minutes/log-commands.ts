/**
 * The SDK commands that change the service log, and the checks they run. A module of their own because the
 * element's first view (the caseload, the figures, the form) never needs them: the element loads this with
 * import() when a change is first made (in its own CDN file, otkit-service-log.min.js beside it).
 */
export { editServiceEntry, logMissedSession, logServiceSession, voidServiceEntry } from '@otkit/sdk';
