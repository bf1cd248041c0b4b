/**
 * Creates IndexedDB database `name` at a layout version far newer than this SDK writes. A provider that then
 * opens it fails for real ("written by a newer version of OT Kit") and falls back to memory with its notice —
 * the same path as a sandboxed frame or a browser that refuses storage, without stubbing anything.
 */
export function createNewerDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(name, 999);
    req.onsuccess = () => {
      req.result.close();
      resolve();
    };
    req.onerror = () => reject(req.error);
  });
}
