import { expect } from '@open-wc/testing';
import { OtValidationError, createStore, getRecord } from '@otkit/sdk';
import { rejection } from '../helpers/sdk-testing.js';

describe('createStore({ externalCollections })', () => {
  it('takes references into an external collection as they are', async () => {
    const store = createStore({ externalCollections: ['clients', 'sessionRecords'] });
    const goal = await store.goals.add({ description: 'Tie shoes', order: 1, clientId: 'client-held-elsewhere' });
    const note = await store.notes.add({ text: 'Asked about recess', goalId: goal.id, sessionId: 'session-elsewhere' });
    expect(getRecord(store.getState(), 'notes', note.id)?.sessionId).to.equal('session-elsewhere');
    expect(store.clients.size).to.equal(0);
    expect(store.sessionRecords.size).to.equal(0);
  });

  it('still checks references into every other collection', async () => {
    const store = createStore({ externalCollections: ['clients', 'sessionRecords'] });
    const error = await rejection(store.notes.add({ text: 'Orphan', goalId: 'no-such-goal' }));
    expect(error).to.be.instanceOf(OtValidationError);
    expect((error as OtValidationError).issues[0]).to.include({ code: 'reference' });
    expect((error as OtValidationError).issues[0]!.path).to.deep.equal(['goalId']);
    expect(store.notes.size).to.equal(0);
  });

  it('still refuses to remove a held record that others refer to', async () => {
    const store = createStore({ externalCollections: ['sessionRecords'] });
    const goal = await store.goals.add({ description: 'Zip a coat', order: 1 });
    await store.notes.add({ text: 'Under the goal', goalId: goal.id });
    const error = await rejection(store.goals.remove(goal.id));
    expect(error).to.be.instanceOf(OtValidationError);
    expect(store.goals.size).to.equal(1);
  });

  it('lets a record of an external collection go even while others name it', async () => {
    const store = createStore({ externalCollections: ['clients'] });
    const client = await store.clients.add({ alias: 'K.' });
    await store.goals.add({ description: 'Button a shirt', order: 1, clientId: client.id });
    await store.clients.remove(client.id);
    expect(store.clients.size).to.equal(0);
    expect(store.goals.list()[0]?.clientId).to.equal(client.id);
  });

  it('checks every reference without the option, as before', async () => {
    const store = createStore();
    const error = await rejection(store.goals.add({ description: 'Tie shoes', order: 1, clientId: 'nobody' }));
    expect(error).to.be.instanceOf(OtValidationError);
    expect((error as OtValidationError).issues[0]).to.include({ code: 'reference' });
  });

  it('still checks the records themselves against their schema', async () => {
    const store = createStore({ externalCollections: ['clients'] });
    const error = await rejection(store.goals.add({ description: '', order: 1, clientId: 'c1' }));
    expect(error).to.be.instanceOf(OtValidationError);
    expect((error as OtValidationError).issues[0]!.path).to.deep.equal(['description']);
  });
});
