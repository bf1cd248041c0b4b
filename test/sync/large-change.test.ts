// A change larger than a server takes in one piece (an imported caseload: thousands of records in one
// change) reaches the server in parts, in an order the server's reference checks accept, and another device
// pulls every record. Real Chromium, real IndexedDB, a real @otkit/server on PGlite.
import { expect } from '@open-wc/testing';
import { createId, importDocument, type OtDocument } from '@otkit/sdk';
import { closeDevices, device, records, serverLog, settle, startServer, stopServers, tenantName } from './helpers.js';
import type { TestServer } from './helpers.js';

const T0 = Date.UTC(2046, 8, 1, 8, 0);

/**
 * A small caseload whose document order is not the order references need: notes (which name sessions) come
 * before the session records, and a note carried over from another note comes before that note.
 */
function caseload(): OtDocument {
  let tick = 0;
  const id = () => createId(T0 + tick++);
  const clients = Array.from({ length: 4 }, (_, i) => ({ id: id(), alias: `Client ${i + 1}`, createdAt: T0 }));
  const goals = Array.from({ length: 12 }, (_, i) => ({
    id: id(),
    clientId: clients[i % clients.length]!.id,
    description: `Goal ${i + 1}: zips a coat with one prompt`,
    order: i,
    createdAt: T0,
  }));
  const sessionRecords = Array.from({ length: 120 }, (_, i) => ({
    id: id(),
    clientId: clients[i % clients.length]!.id,
    phases: [{ id: 'targeted', minutes: 20 }],
    events: [{ type: 'start', at: T0 + i * 3_600_000 }],
    createdAt: T0 + i * 3_600_000,
  }));
  const notes = Array.from({ length: 360 }, (_, i) => ({
    id: id(),
    goalId: goals[i % goals.length]!.id,
    sessionId: sessionRecords[i % sessionRecords.length]!.id,
    text: `Concern ${i + 1}: the lunchroom is loud`,
    status: 'open',
    createdAt: T0 + i,
  }));
  // The first note was carried over from the last one: its reference points forward in the document.
  (notes[0] as Record<string, unknown>).carriedFromId = notes[notes.length - 1]!.id;
  const progressEntries = Array.from({ length: 240 }, (_, i) => ({
    id: id(),
    goalId: goals[i % goals.length]!.id,
    sessionId: sessionRecords[i % sessionRecords.length]!.id,
    at: T0 + i * 60_000,
    trials: { plus: i % 5, minus: i % 3 },
    assistance: 'minimal',
    status: 'progressing',
  }));
  return {
    format: 'otkit',
    version: 1,
    exportedAt: new Date(T0).toISOString(),
    collections: { clients, goals, notes, sessionRecords, progressEntries },
  } as unknown as OtDocument;
}

describe('httpSync with a change larger than one part', function () {
  this.timeout(180_000);
  let server: TestServer;
  before(async function () {
    this.timeout(300_000);
    // A server that takes at most 150 operations in a change: every change here is larger.
    server = await startServer({}, 20261206, { maxOpsPerChange: 150 });
  });
  afterEach(closeDevices);
  after(stopServers);

  it('sends an imported caseload in parts the server accepts, and another device gets every record', async () => {
    const tenant = tenantName();
    const { store: laptop } = device({ url: server.url, tenant, maxOpsPerPart: 100 });
    await laptop.ready;
    const { total } = await importDocument(laptop, caseload());
    expect(total).to.equal(736);
    expect(await laptop.changes()).to.have.length(1);

    await settle(laptop, 150_000);
    expect(laptop.sync!.status).to.include({ pending: 0, rejected: 0 });
    const log = await serverLog(server, tenant);
    // 736 operations in parts of at most 100: 8 parts, each its own change on the server.
    expect(log.ids).to.have.length(8);
    expect(Object.keys(log.records)).to.have.length(736);

    const { store: tablet } = device({ url: server.url, tenant });
    await settle(tablet, 150_000);
    expect(records(tablet)).to.deep.equal(records(laptop));
  });

  it('removes thousands of records in one change in parts, referrers before what they refer to', async () => {
    const tenant = tenantName();
    const { store: laptop } = device({ url: server.url, tenant, maxOpsPerPart: 120 });
    await laptop.ready;
    await importDocument(laptop, caseload());
    await settle(laptop, 150_000);

    const { store: tablet } = device({ url: server.url, tenant });
    await settle(tablet, 150_000);
    // One transaction removes every record; the log's order (goals before the notes naming them) is not one
    // the server could apply part by part.
    await laptop.transaction(
      (tx) => {
        for (const name of ['clients', 'goals', 'sessionRecords', 'notes', 'progressEntries'] as const)
          for (const record of tx[name].list()) tx[name].remove(record.id);
      },
      { command: 'caseload.clear' },
    );
    await settle(laptop, 150_000);
    expect(laptop.sync!.status).to.include({ pending: 0, rejected: 0 });
    expect(Object.keys((await serverLog(server, tenant)).records)).to.have.length(0);
    await settle(tablet, 150_000);
    expect(records(tablet)).to.deep.equal({});
  });
});
