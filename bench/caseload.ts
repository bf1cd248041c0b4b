// A year of a school OT's caseload as one OT Kit document: 24,000 records across the collections a clinic
// fills most (sessions, notes, progress entries, service logs), every reference resolving.
import { createId, type OtDocument } from '@otkit/sdk';

const T0 = Date.UTC(2046, 8, 1, 8, 0);
const DAY = 24 * 60 * 60 * 1000;

/** The record counts per collection; 24,000 in all. */
export const CASELOAD_COUNTS = {
  clients: 40,
  goals: 160,
  iepServices: 40,
  sessionRecords: 3_000,
  notes: 6_000,
  progressEntries: 9_000,
  serviceLogs: 5_760,
} as const;

export function caseload(): OtDocument {
  let tick = 0;
  const id = () => createId(T0 + tick++);
  const clients = Array.from({ length: CASELOAD_COUNTS.clients }, (_, i) => ({
    id: id(),
    alias: `Client ${i + 1}`,
    createdAt: T0,
  }));
  const goals = Array.from({ length: CASELOAD_COUNTS.goals }, (_, i) => ({
    id: id(),
    clientId: clients[i % clients.length]!.id,
    description: `Goal ${i + 1}: fastens buttons on a shirt with two prompts or fewer`,
    order: i,
    createdAt: T0,
  }));
  const iepServices = clients.map((client) => ({
    id: id(),
    clientId: client.id,
    discipline: 'occupational therapy',
    model: 'individual',
    minutesPerSession: 30,
    sessionsPerPeriod: 2,
    period: 'week',
    startDate: '2046-09-01',
    endDate: '2047-06-15',
    createdAt: T0,
  }));
  const sessionRecords = Array.from({ length: CASELOAD_COUNTS.sessionRecords }, (_, i) => {
    const start = T0 + Math.floor(i / 12) * DAY + (i % 12) * 40 * 60_000;
    return {
      id: id(),
      clientId: clients[i % clients.length]!.id,
      phases: [
        { id: 'check-in', minutes: 5 },
        { id: 'targeted', minutes: 20 },
        { id: 'home-plan', minutes: 5 },
      ],
      events: [
        { type: 'start', at: start },
        { type: 'next', at: start + 5 * 60_000 },
        { type: 'next', at: start + 25 * 60_000 },
        { type: 'end', at: start + 30 * 60_000, reason: 'completed' },
      ],
      createdAt: start,
    };
  });
  const notes = Array.from({ length: CASELOAD_COUNTS.notes }, (_, i) => {
    const session = sessionRecords[i % sessionRecords.length]!;
    return {
      id: id(),
      goalId: goals[i % goals.length]!.id,
      sessionId: session.id,
      text: `Concern ${i + 1}: asked about the noisy lunchroom again and wants headphones`,
      status: i % 3 === 0 ? 'open' : 'addressed',
      createdAt: session.createdAt + 60_000,
    };
  });
  const progressEntries = Array.from({ length: CASELOAD_COUNTS.progressEntries }, (_, i) => {
    const session = sessionRecords[i % sessionRecords.length]!;
    return {
      id: id(),
      goalId: goals[i % goals.length]!.id,
      sessionId: session.id,
      at: session.createdAt + 10 * 60_000,
      trials: { plus: i % 7, minus: i % 3 },
      assistance: 'minimal',
      status: 'progressing',
    };
  });
  const serviceLogs = Array.from({ length: CASELOAD_COUNTS.serviceLogs }, (_, i) => ({
    id: id(),
    serviceId: iepServices[i % iepServices.length]!.id,
    date: new Date(T0 + Math.floor(i / 40) * DAY).toISOString().slice(0, 10),
    minutes: 30,
    status: 'provided',
    createdAt: T0 + i,
  }));
  return {
    format: 'otkit',
    version: 1,
    exportedAt: new Date(T0).toISOString(),
    collections: { clients, goals, iepServices, sessionRecords, notes, progressEntries, serviceLogs },
  } as unknown as OtDocument;
}
