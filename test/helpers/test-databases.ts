/**
 * IndexedDB databases a test file makes: each gets a name no other test uses, and `deleteTestDatabases()` (in
 * an `afterEach`) deletes them all.
 */
const created: string[] = [];
let counter = 0;

/** A database name no other test uses, deleted by the next {@link deleteTestDatabases}. */
export function testDatabaseName(prefix = 'otkit-test'): string {
  const name = `${prefix}-${Date.now().toString(36)}-${counter++}`;
  created.push(name);
  return name;
}

/** Deletes one database; resolves also when another connection blocks it (it goes once that closes). */
export function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.deleteDatabase(name);
    req.onsuccess = () => resolve();
    req.onerror = () => reject(req.error);
    req.onblocked = () => resolve();
  });
}

/** Deletes every database named by {@link testDatabaseName} since the last call. */
export async function deleteTestDatabases(): Promise<void> {
  await Promise.all(created.splice(0).map(deleteDatabase));
}
