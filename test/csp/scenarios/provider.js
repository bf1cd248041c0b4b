// <ot-provider> under the strict CSP: memory storage, IndexedDB storage (with a write that must reach the
// database), and the read-only notice for a database written by a newer version — in Spanish, right to left, dark
// theme.
import { createStore, indexedDbAdapter } from '/packages/elements/dist/cdn/otkit.min.js';

function provider(attrs, text) {
  const el = document.createElement('ot-provider');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  const p = document.createElement('p');
  p.textContent = text;
  el.append(p);
  return el;
}

/** Creates database `name` at a version newer than this SDK writes, so the provider's open fails for real. */
function createNewerDatabase(name) {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(name, 999);
    req.onsuccess = () => {
      req.result.close();
      resolve();
    };
    req.onerror = () => reject(req.error);
  });
}

async function until(check, what, ms = 5000) {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

export default async function (root) {
  const memory = provider({ storage: 'memory' }, 'Memory storage');
  root.append(memory);
  // The provider loads its store code on first need: its store is there once updateComplete settles.
  await memory.updateComplete;
  await memory.store.ready;
  await memory.store.goals.add({ description: 'Zip a coat', order: 1 });
  if (memory.store.goals.size !== 1) throw new Error('memory store did not keep the goal');

  const name = `otkit-csp-${Date.now()}`;
  const idb = provider({ database: name, theme: 'light' }, 'IndexedDB storage');
  root.append(idb);
  await idb.updateComplete;
  await idb.store.ready;
  const goal = await idb.store.goals.add({ description: 'Tie shoes', order: 1 });
  await idb.store.notes.add({ goalId: goal.id, text: 'Asked about recess' });
  // A second store on the same database sees the committed write: it reached IndexedDB.
  const reopened = createStore({ adapter: indexedDbAdapter({ name, broadcast: false }) });
  await reopened.ready;
  const seen = [reopened.goals.size, reopened.notes.size];
  reopened.close();
  if (seen.join() !== '1,1') throw new Error(`IndexedDB holds ${seen[0]} goals and ${seen[1]} notes, expected 1 and 1`);

  const blocked = `otkit-csp-newer-${Date.now()}`;
  await createNewerDatabase(blocked);
  const fallback = provider({ database: blocked, theme: 'dark', lang: 'es', dir: 'rtl' }, 'Sin almacenamiento');
  fallback.addEventListener('ot-error', (e) => e.stopPropagation());
  root.append(fallback);
  // A database written by a newer version opens read-only, with a notice, rather than losing work.
  await until(() => fallback.shadowRoot?.querySelector('[part="notice"]'), 'the newer-version notice');
  if (fallback.store.status !== 'read-only') throw new Error(`the store is ${fallback.store.status}, not read-only`);

  const hc = provider({ storage: 'memory', theme: 'high-contrast' }, 'High contrast');
  root.append(hc);
}
