/**
 * Script of builder.html: the builder in the visitor's language, editing the schedule in the page's own fragment,
 * and keeping the half-built schedule on the device (IndexedDB; memory with a notice when storage is refused),
 * so a reload loses nothing.
 */
import './builder/define.js';
import { commonMessages, supportedLanguage, translate } from '@otkit/elements';
import { createStore, indexedDbAdapter, memoryAdapter, type OtStore } from '@otkit/sdk';

async function openStore(): Promise<{ store: OtStore; storage: 'indexeddb' | 'memory' }> {
  try {
    const store = createStore({ adapter: indexedDbAdapter({ name: 'otkit-builder' }), actor: 'teacher' });
    // A database held open by another tab can block for ever: the builder must not wait on it.
    await Promise.race([store.ready, new Promise((_, reject) => setTimeout(reject, 2000))]);
    return { store, storage: 'indexeddb' };
  } catch {
    // Private browsing or a sandboxed frame: the builder works, and says that a reload starts again.
    return { store: createStore({ adapter: memoryAdapter(), actor: 'teacher' }), storage: 'memory' };
  }
}

const lang = supportedLanguage(navigator.language);
document.documentElement.lang = lang;
const main = document.querySelector('main')!;
const builder = document.createElement('ot-schedule-builder');
builder.syncHash = true;
if (location.hash) builder.fragmentIn = location.hash;
main.append(builder);
void openStore().then(({ store, storage }) => {
  builder.store = store;
  if (storage === 'indexeddb') return;
  const notice = document.createElement('p');
  notice.className = 'notice';
  notice.setAttribute('role', 'status');
  notice.textContent = translate(commonMessages, lang, 'storageUnavailable');
  main.prepend(notice);
});
