import { expect } from '@open-wc/testing';
import { OtPersistenceError, replay } from '@otkit/sdk';
import { testDatabaseName } from '../helpers/test-databases.js';
import { closeStoresAndDeleteDatabases, goal, open, openRaw, rejection } from './indexeddb-helpers.js';

describe('indexedDbAdapter', () => {
  afterEach(closeStoresAndDeleteDatabases);

  describe('when another tab upgrades the database', () => {
    it('a later write says the database is newer, instead of "connection is closing"', async () => {
      const name = testDatabaseName();
      const older = open({ name, version: 1 });
      await older.goals.put(goal('a'));
      const newer = open({ name, version: 2 });
      await newer.ready;
      const error = await rejection(older.goals.put(goal('b')));
      expect(error).to.be.instanceOf(OtPersistenceError);
      expect((error as Error).message).to.match(/newer version of OT Kit/);
      expect(older.goals.get('b')).to.equal(undefined);
    });
  });

  describe('layout upgrades with migrations', () => {
    /** A version-1 database of an older OT Kit: goals had a `title`, and only two object stores existed. */
    async function oldDatabase(name: string): Promise<void> {
      const db = await openRaw(name, 1, (up) => {
        up.createObjectStore('goals', { keyPath: 'id' });
        up.createObjectStore('changes', { keyPath: 'id' });
      });
      const old = [
        { id: 'g1', title: 'Tie shoes', order: 1, createdAt: 10 },
        { id: 'g2', title: 'Zip coat', order: 2, createdAt: 11 },
        { id: 'g3', title: 'Obsolete', order: 3, createdAt: 12 },
      ];
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(['goals', 'changes'], 'readwrite');
        for (const g of old) tx.objectStore('goals').put(g);
        tx.objectStore('changes').put({
          id: '00000000010000000000000000', // an early id: the log is read in id order
          at: 12,
          actor: 'old',
          command: 'goals.import',
          ops: old.map((g) => ({ type: 'put', collection: 'goals', id: g.id, value: g })),
        });
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    }

    const migrations = [
      {
        version: 2,
        collections: {
          goals: (r: Record<string, unknown>) => {
            if (r.id === 'g3') return undefined;
            const { title, ...rest } = r;
            return { ...rest, description: title, lifecycle: 'active' };
          },
        },
      },
      {
        version: 3,
        collections: { goals: (r: Record<string, unknown>) => ({ ...r, description: `${String(r.description)}!` }) },
      },
    ];

    it('runs every step in order on each record, drops records a step drops, and creates missing stores', async () => {
      const name = testDatabaseName();
      await oldDatabase(name);
      const store = open({ name, version: 3, migrations });
      await store.ready;
      expect(store.loadIssues).to.deep.equal([]);
      expect(store.goals.list().map((g) => [g.id, g.description])).to.deep.equal([
        ['g1', 'Tie shoes!'],
        ['g2', 'Zip coat!'],
      ]);
      // The notes store did not exist in version 1.
      const note = await store.notes.add({ goalId: 'g1', text: 'Asked about recess' });
      expect(store.notes.get(note.id)?.text).to.equal('Asked about recess');
    });

    it('a migration that throws leaves the old database as it was and says which step failed', async () => {
      const name = testDatabaseName();
      await oldDatabase(name);
      const broken = [
        ...migrations,
        { version: 4, collections: { goals: (r: Record<string, unknown>) => (r.id === 'g2' ? JSON.parse('{') : r) } },
      ];
      const store = open({ name, version: 4, migrations: broken });
      const error = await rejection(store.ready);
      expect(error).to.be.instanceOf(OtPersistenceError);
      expect((error as Error).message).to.match(
        new RegExp(
          `^Could not upgrade database "${name}" to version 4: the version 4 migration of "goals" failed \\(SyntaxError: .*\\); the stored data is unchanged$`,
        ),
      );
      const db = await openRaw(name, 1);
      try {
        expect(db.version).to.equal(1);
        expect([...db.objectStoreNames].sort()).to.deep.equal(['changes', 'goals']);
      } finally {
        db.close();
      }
    });

    it('migrates the change log too, so replaying it gives the migrated state', async () => {
      const name = testDatabaseName();
      await oldDatabase(name);
      const store = open({ name, version: 3, migrations });
      await store.ready;
      await store.goals.update('g2', { order: 5 });
      expect(replay(await store.changes())).to.deep.equal(store.getState());
    });
  });
});
