/**
 * Script of home.html, the family's home practice page: reads the home program from the URL fragment (`#h1.…`),
 * shows it with `<ot-home-program view="family">`, keeps the family's log on the device (IndexedDB; memory with
 * a notice when storage is refused) so it works offline, and lets the family send the log back as a short code
 * (copy or share) or a file. No request leaves the page; nothing about the family goes into the link.
 */
import { html, nothing, render, type TemplateResult } from 'lit';
import '@otkit/elements/ot-provider.js';
import '@otkit/elements/ot-home-program.js';
import { commonMessages, supportedLanguage, translate, type OtLanguage } from '@otkit/elements';
import {
  OtFragmentError,
  OtValidationError,
  createStore,
  decodeHomeProgramFragment,
  encodePracticeLog,
  formatPath,
  indexedDbAdapter,
  listRecords,
  memoryAdapter,
  practiceLogFile,
  type OtHomeProgram,
  type OtStore,
} from '@otkit/sdk';
import { homePageMessages } from './home.messages.js';

/** What the page tells a parent frame, when it is framed (as the schedule page does). */
export interface OtHomePageMessage {
  readonly source: 'otkit-embed';
  readonly status: 'ready' | 'problem';
  readonly problem?: string;
  readonly storage?: 'indexeddb' | 'memory';
  readonly height: number;
}

function tell(message: Omit<OtHomePageMessage, 'source' | 'height'>): void {
  if (window.parent !== window)
    window.parent.postMessage(
      { source: 'otkit-embed', ...message, height: document.documentElement.scrollHeight } satisfies OtHomePageMessage,
      '*',
    );
}

async function openStore(): Promise<{ store: OtStore; storage: 'indexeddb' | 'memory' }> {
  try {
    const store = createStore({ adapter: indexedDbAdapter({ name: 'otkit-home' }), actor: 'family' });
    await Promise.race([store.ready, new Promise((_, reject) => setTimeout(reject, 2000))]);
    return { store, storage: 'indexeddb' };
  } catch {
    return { store: createStore({ adapter: memoryAdapter(), actor: 'family' }), storage: 'memory' };
  }
}

function problem(error: unknown, lang: OtLanguage): TemplateResult {
  const t = (key: 'problemTitle' | 'invalid' | 'empty') => translate(homePageMessages, lang, key);
  const issues = error instanceof OtValidationError ? error.issues : [];
  const message =
    error instanceof OtFragmentError
      ? translate(homePageMessages, lang, error.problem)
      : issues.length
        ? t('invalid')
        : t('empty');
  return html`<div class="problem" role="alert">
    <h1>${t('problemTitle')}</h1>
    <p>${message}</p>
    ${
      issues.length
        ? html`<ul>
            ${issues.slice(0, 10).map((i) => html`<li><strong>${formatPath(i.path)}</strong>: ${i.message}</li>`)}
          </ul>`
        : nothing
    }
  </div>`;
}

/** The "send it back" box: the code to copy or share, and a file to save. */
function sendBack(store: OtStore, program: OtHomeProgram, lang: OtLanguage, root: HTMLElement): TemplateResult {
  const t = (key: keyof (typeof homePageMessages)['en']) => translate(homePageMessages, lang, key);
  const logs = () => listRecords(store.getState(), 'practiceLogs').filter((log) => log.homeProgramId === program.id);
  const status = (text: string) => {
    const region = root.querySelector<HTMLElement>('#send-status');
    if (region) region.textContent = text;
  };
  const makeCode = async () => {
    const code = await encodePracticeLog(program, logs());
    const box = root.querySelector<HTMLTextAreaElement>('#log-code')!;
    box.value = code;
    box.hidden = false;
    return code;
  };
  const copy = async () => {
    const code = await makeCode();
    try {
      if (navigator.share) await navigator.share({ title: program.title, text: code });
      else await navigator.clipboard.writeText(code);
      status(t('copied'));
    } catch {
      // Sharing cancelled or the clipboard refused: the code is on screen to copy by hand.
      root.querySelector<HTMLTextAreaElement>('#log-code')!.select();
      status(t('copyByHand'));
    }
  };
  const save = async () => {
    const file = await practiceLogFile(program, logs());
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([file.text], { type: 'application/json' }));
    link.download = file.name;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
    status(t('saved'));
  };
  return html`<section class="send" aria-labelledby="send-title">
    <h2 id="send-title">${t('sendTitle')}</h2>
    <p>${t('sendHelp')}</p>
    <div class="row">
      <button type="button" id="copy-code" @click=${() => void copy()}>${t('copy')}</button>
      <button type="button" id="save-file" @click=${() => void save()}>${t('save')}</button>
    </div>
    <label for="log-code" class="visually-hidden">${t('code')}</label>
    <textarea id="log-code" readonly hidden></textarea>
    <p id="send-status" role="status"></p>
  </section>`;
}

async function show(root: HTMLElement, storage: ReturnType<typeof openStore>): Promise<void> {
  let program: OtHomeProgram;
  try {
    program = (await decodeHomeProgramFragment(location.hash)).program;
  } catch (error) {
    const lang = supportedLanguage(navigator.language);
    document.documentElement.lang = lang;
    render(problem(error, lang), root);
    tell({ status: 'problem', problem: (error as { code?: string }).code ?? 'unexpected' });
    return;
  }
  const lang = supportedLanguage(program.language ?? 'en');
  document.documentElement.lang = program.language ?? 'en';
  document.title = program.title;
  const { store, storage: kept } = await storage;
  // The id comes from the program's content: the same link opened again finds the same log.
  if (!store.homePrograms.get(program.id)) await store.homePrograms.put(program).catch(() => undefined);
  render(
    html`${
        kept === 'memory'
          ? html`<p class="notice" role="status">${translate(commonMessages, lang, 'storageUnavailable')}</p>`
          : nothing
      }
      <ot-provider .store=${store}>
        <ot-home-program view="family" program-id=${program.id}></ot-home-program>
      </ot-provider>
      ${sendBack(store, program, lang, root)}`,
    root,
  );
  await root.querySelector('ot-home-program')?.updateComplete;
  tell({ status: 'ready', storage: kept });
}

const main = document.querySelector('main')!;
const storage = openStore();
addEventListener('hashchange', () => void show(main, storage));
void show(main, storage);
