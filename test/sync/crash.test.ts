// The browser killed (SIGKILL) in the middle of a sync, with a persistent profile: after a relaunch the
// outbox resumes and every write the SDK had acknowledged reaches the server, once. The browser is a Chromium
// of its own (test/sync/sync-server-plugin.mjs drives test/sync/crash-page.html in it).
import { expect } from '@open-wc/testing';
import { command, serverLog, startServer, stopServers, tenantName } from './helpers.js';

const WRITES = 60;

describe('httpSync after a crash', function () {
  this.timeout(400_000);
  after(stopServers);

  it('resumes the outbox after SIGKILL: 0 acknowledged writes lost, none twice', async () => {
    // Slow answers, so the browser dies with changes written but not yet acknowledged by the server.
    const server = await startServer({ delayMs: [150, 300] });
    const tenant = tenantName();
    const { id } = await command<{ id: string }>({ action: 'crash', id: server.id, tenant, count: WRITES });
    let outcome: { written: string[]; pendingWhenKilled: number } | undefined;
    while (!outcome) {
      const answer = await command<{ result?: typeof outcome; pending?: boolean }>({ action: 'crash-wait', id });
      outcome = answer.result;
    }
    expect(outcome.pendingWhenKilled, 'killed with changes still in the outbox').to.be.greaterThan(0);
    const log = await serverLog(server, tenant);
    expect(new Set(log.ids).size, 'no change twice').to.equal(log.ids.length);
    const onServer = new Set(Object.keys(log.records));
    const lost = outcome.written.filter((goalId) => !onServer.has(`goals/${goalId}`));
    expect(lost, 'acknowledged writes missing on the server').to.deep.equal([]);
  });
});
