/**
 * The schedule and first–then pages: read the schedule from the URL fragment (and again on `hashchange`),
 * show it with `<ot-visual-schedule>`, and keep today's ticks in IndexedDB when the frame may use storage
 * (memory otherwise, with a notice). A bad link gets a friendly message that says what is wrong. The page
 * makes no request beyond its own files, and tells its parent frame (postMessage) when it is ready and how
 * tall it is, so a host page can size the frame.
 */
import { html, nothing, render, type TemplateResult } from 'lit';
import '@otkit/elements/ot-provider.js';
import '@otkit/elements/ot-visual-schedule.js';
import { commonMessages, supportedLanguage, translate, type OtLanguage } from '@otkit/elements';
import {
  OtFragmentError,
  OtValidationError,
  createStore,
  decodeScheduleFragment,
  formatPath,
  indexedDbAdapter,
  memoryAdapter,
  type OtEmbedSchedule,
  type OtStore,
} from '@otkit/sdk';
import { pageMessages } from './embed.messages.js';

/** What the page tells its parent frame. */
export interface OtEmbedMessage {
  readonly source: 'otkit-embed';
  readonly status: 'ready' | 'problem';
  /** The kind of problem (`fragment-truncated`, `validation`, `first-then`…) when `status` is `problem`. */
  readonly problem?: string;
  /** How many steps are shown. */
  readonly steps?: number;
  /** Where today's ticks are kept: `indexeddb`, or `memory` when the frame may not use storage. */
  readonly storage?: 'indexeddb' | 'memory';
  /** Height of the page content in CSS pixels. */
  readonly height: number;
}

const RTL = /^(ar|he|fa|ur|ps|dv|yi|ckb|sd|ug)(-|$)/i;

/** FNV-1a of the fragment: today's ticks are kept per schedule, never per person. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

async function openStore(): Promise<{ store: OtStore; storage: 'indexeddb' | 'memory' }> {
  try {
    const store = createStore({ adapter: indexedDbAdapter({ name: 'otkit-embed' }), actor: 'embed' });
    // A database held open by another tab can block for ever: the schedule must not wait on it.
    await Promise.race([store.ready, new Promise((_, reject) => setTimeout(reject, 2000))]);
    return { store, storage: 'indexeddb' };
  } catch {
    // A sandboxed frame without allow-same-origin, or private browsing: keep working from memory.
    return { store: createStore({ adapter: memoryAdapter(), actor: 'embed' }), storage: 'memory' };
  }
}

let last: Omit<OtEmbedMessage, 'height' | 'source'> | undefined;

/** Tells the parent frame the latest status (again when the content's height changes). */
function tell(message = last): void {
  last = message;
  if (message && window.parent !== window)
    window.parent.postMessage(
      { source: 'otkit-embed', ...message, height: document.documentElement.scrollHeight } satisfies OtEmbedMessage,
      '*',
    );
}

class FirstThenError extends Error {
  constructor(readonly count: number) {
    super('first-then');
  }
}

function problem(error: unknown, lang: OtLanguage): TemplateResult {
  const t = (key: 'empty' | 'problemTitle' | 'invalid' | 'fixIt') => translate(pageMessages, lang, key);
  const issues = error instanceof OtValidationError ? error.issues : [];
  const message =
    error instanceof FirstThenError
      ? translate(pageMessages, lang, 'firstThen', { count: error.count })
      : error instanceof OtFragmentError
        ? translate(pageMessages, lang, error.problem)
        : issues.length
          ? t('invalid')
          : t('empty');
  const where = (path: readonly (string | number)[]) =>
    path[0] === 'steps' && typeof path[1] === 'number'
      ? `${translate(pageMessages, lang, 'step', { n: path[1] + 1 })} (${formatPath(path)})`
      : formatPath(path);
  return html`<div class="problem" role="alert">
    <h1>${t('problemTitle')}</h1>
    <p>${message}</p>
    ${
      issues.length
        ? html`<ul>
              ${issues.slice(0, 10).map((i) => html`<li><strong>${where(i.path)}</strong>: ${i.message}</li>`)}
            </ul>
            <p>${t('fixIt')}</p>`
        : nothing
    }
  </div>`;
}

/** Today as YYYYMMDD in local time: ticks start fresh every day. */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}${String(d.getMonth() + 1).padStart(2, '0')}${String(d.getDate()).padStart(2, '0')}`;
}

async function show(root: HTMLElement, storage: ReturnType<typeof openStore>): Promise<void> {
  const firstThen = document.body.dataset.kind === 'first-then';
  let schedule: OtEmbedSchedule;
  try {
    schedule = await decodeScheduleFragment(location.hash);
    if (firstThen && schedule.steps.length !== 2) throw new FirstThenError(schedule.steps.length);
  } catch (error) {
    const lang = supportedLanguage(navigator.language);
    document.documentElement.lang = lang;
    document.documentElement.dir = 'ltr';
    render(problem(error, lang), root);
    tell({
      status: 'problem',
      problem: error instanceof FirstThenError ? 'first-then' : ((error as { code?: string }).code ?? 'unexpected'),
    });
    return;
  }
  const lang = schedule.lang ?? 'en';
  document.documentElement.lang = lang;
  document.documentElement.dir = RTL.test(lang) ? 'rtl' : 'ltr';
  document.title = schedule.title;
  const { store, storage: kept } = await storage;
  const day = today();
  const id = `embed-${hash(location.hash)}-${day}`;
  let steps: OtEmbedSchedule['steps'] | undefined;
  try {
    for (const old of store.schedules.list())
      if (old.id.startsWith('embed-') && !old.id.endsWith(`-${day}`)) await store.schedules.remove(old.id);
    if (!store.schedules.get(id))
      await store.schedules.put({
        id,
        title: schedule.title,
        kind: firstThen ? 'first-then' : schedule.kind,
        steps: schedule.steps,
        createdAt: Date.now(),
      });
  } catch {
    // Storage refused the write: show the schedule anyway, ticks then last as long as the page.
    steps = schedule.steps;
  }
  render(
    html`${kept === 'memory' ? html`<p class="notice" role="status">${translate(commonMessages, supportedLanguage(lang), 'storageUnavailable')}</p>` : nothing}
      <ot-provider .store=${store}>
        <ot-visual-schedule
          schedule-id=${id}
          .steps=${steps}
          heading=${schedule.title}
          kind=${firstThen ? 'first-then' : schedule.kind}
          layout=${schedule.layout ?? 'vertical'}
          show=${schedule.show ?? 'both'}
          view=${schedule.view ?? 'all'}
          ?check-only=${schedule.checkOnly}
        ></ot-visual-schedule>
      </ot-provider>`,
    root,
  );
  await root.querySelector('ot-visual-schedule')?.updateComplete;
  tell({ status: 'ready', steps: schedule.steps.length, storage: kept });
}

/** Starts a schedule page in `root`: shows the fragment's schedule now and whenever the fragment changes. */
export function startSchedulePage(root: HTMLElement): Promise<void> {
  const storage = openStore();
  addEventListener('hashchange', () => void show(root, storage));
  new ResizeObserver(() => tell()).observe(root);
  return show(root, storage);
}
