// A real page reload: a fixture page in an iframe opens an IndexedDB store, writes, is reloaded, and must
// load exactly the same state. (In test/integration, not test/sdk, because it needs an iframe.)
import { expect } from '@open-wc/testing';
import { replay, type OtChange, type OtIssue } from '@otkit/sdk';
import { INSERT_ORDER, examples } from '../helpers/sdk-examples.js';

interface Report {
  type: 'ready' | 'written' | 'error';
  /** The state as JSON (each table as an object of id → record): what crosses postMessage. */
  state: Record<string, Record<string, { lifecycle?: string }>>;
  loadIssues: OtIssue[];
  changes: OtChange[];
  message?: string;
}

function nextReport(frame: HTMLIFrameElement): Promise<Report> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the fixture page did not answer')), 10_000);
    const onMessage = (event: MessageEvent<Report>) => {
      if (event.source !== frame.contentWindow) return;
      clearTimeout(timer);
      removeEventListener('message', onMessage);
      if (event.data.type === 'error') reject(new Error(`fixture: ${event.data.message}`));
      else resolve(event.data);
    };
    addEventListener('message', onMessage);
  });
}

describe('IndexedDB store across a real page reload', () => {
  const name = `otkit-reload-${Date.now().toString(36)}`;
  let frame: HTMLIFrameElement;

  afterEach(async () => {
    frame?.remove();
    await new Promise<void>((resolve) => {
      const req = indexedDB.deleteDatabase(name);
      req.onsuccess = req.onerror = req.onblocked = () => resolve();
    });
  });

  it('loads exactly the state it had before the reload, with the same change log', async () => {
    frame = document.createElement('iframe');
    frame.title = 'store fixture';
    let report = nextReport(frame);
    frame.src = `/test/fixtures/idb-reload.html?db=${encodeURIComponent(name)}`;
    document.body.append(frame);
    const first = await report;
    expect(first.type).to.equal('ready');
    expect(Object.values(first.state).every((c) => Object.keys(c).length === 0)).to.equal(true);

    const ex = examples();
    report = nextReport(frame);
    frame.contentWindow!.postMessage(
      {
        type: 'write',
        records: INSERT_ORDER.map((collection) => ({ collection, record: ex[collection] })),
        update: { collection: 'goals', id: 'goal-1', patch: { lifecycle: 'completed' } },
        remove: { collection: 'practiceLogs', id: 'practice-1' },
      },
      location.origin,
    );
    const written = await report;
    expect(written.type).to.equal('written');
    expect(written.state.goals['goal-1']?.lifecycle).to.equal('completed');
    expect(written.state.practiceLogs).to.deep.equal({});

    report = nextReport(frame);
    frame.contentWindow!.location.reload();
    const reloaded = await report;
    expect(reloaded.type).to.equal('ready');
    expect(reloaded.loadIssues).to.deep.equal([]);
    expect(reloaded.state).to.deep.equal(written.state);
    expect(reloaded.changes).to.deep.equal(written.changes);
    expect(reloaded.changes).to.have.length(INSERT_ORDER.length + 2);
    expect(JSON.parse(JSON.stringify(replay(reloaded.changes)))).to.deep.equal(reloaded.state);
  });
});
