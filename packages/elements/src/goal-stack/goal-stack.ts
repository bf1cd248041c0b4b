import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  OT_ASSISTANCE_LEVELS,
  OT_COLLECTIONS,
  OT_GOAL_SESSION_STATUSES,
  OT_PROMPT_TYPES,
  OtPersistenceError,
  OtValidationError,
  activeSession,
  array,
  carryOverNotes,
  createStore,
  goalSchema,
  memoryAdapter,
  noteSchema,
  phaseName,
  progressEntrySchema,
  safeParse,
  sessionReview,
  systemClock,
  type OtClock,
  type OtError,
  type OtGoal,
  type OtGoalInput,
  type OtIssue,
  type OtNote,
  type OtNoteInput,
  type OtPatch,
  type OtProgressEntry,
  type OtRecordInput,
  type OtSessionRecord,
  type OtSessionReview,
  type OtSessionScope,
  type OtState,
  type OtStore,
  type OtTransaction,
} from '@otkit/sdk';
import { AnnounceController } from '../controllers/announce-controller.js';
import { StoreController } from '../controllers/store-controller.js';
import { OtCurrentChangeEvent } from '../events/ot-current-change.js';
import { OtGoalChangeEvent, type OtGoalChangeAction } from '../events/ot-goal-change.js';
import { OtNoteAddEvent } from '../events/ot-note-add.js';
import { OtNoteChangeEvent, type OtNoteChangeAction } from '../events/ot-note-change.js';
import { OtProgressChangeEvent } from '../events/ot-progress-change.js';
import { OtReorderEvent } from '../events/ot-reorder.js';
import { commonMessages } from '../i18n/common.messages.js';
import type { OtMessageParams } from '../i18n/messages.js';
import { renderImage } from '../internal/image.js';
import { OtElement } from '../internal/ot-element.js';
import { controlStyles } from '../styles/base.styles.js';
import { goalStackMessages } from './goal-stack.messages.js';
import { goalStackStyles } from './goal-stack.styles.js';

/** The views of `<ot-goal-stack>`: the therapist's (edit and data), the client's (read-only), the end-of-session review. */
export const OT_GOAL_STACK_VIEWS = ['therapist', 'client', 'review'] as const;
/** A view of `<ot-goal-stack>`. */
export type OtGoalStackView = (typeof OT_GOAL_STACK_VIEWS)[number];

/** A goal as a page hands it to the `goals` property: `order` (default: its position) and `createdAt` (default: now) may be left out. */
export type OtGoalStackGoal = Omit<OtGoalInput, 'order' | 'createdAt'> &
  Partial<Pick<OtGoalInput, 'order' | 'createdAt'>>;
/** A note as a page hands it to the `notes` property: `goalId` (default: none) and `createdAt` may be left out. */
export type OtGoalStackNote = Omit<OtNoteInput, 'goalId' | 'createdAt'> &
  Partial<Pick<OtNoteInput, 'goalId' | 'createdAt'>>;
/** A progress entry as a page hands it to the `progress` property: `at` (default: now) may be left out. */
export type OtGoalStackProgress = Omit<OtRecordInput<'progressEntries'>, 'at'> & { at?: number };

type Messages = (typeof goalStackMessages)['en'];
type Undo = { goalId: string; id: string; previous: OtProgressEntry | undefined };
type Kind = 'note' | 'goal';

/** What one render shows; handlers read it too. */
interface Model {
  goals: OtGoal[];
  index: number;
  goal: OtGoal | undefined;
  review: OtSessionReview;
  scope: OtSessionScope;
  record: OtSessionRecord | undefined;
  phaseId: string | undefined;
  pile: OtNote[];
  open: number;
  counts: Record<string, number>;
}

/** The one-tap choices of the quick data: the entry field and its values (each value is a message key). */
const CHOICES = [
  ['assistance', OT_ASSISTANCE_LEVELS],
  ['prompt', OT_PROMPT_TYPES],
  ['status', OT_GOAL_SESSION_STATUSES],
] as const;
type Choice = (typeof CHOICES)[number];

const slices = (s: OtState) => [s.goals, s.notes, s.progressEntries, s.sessionRecords] as const;
const sameSlices = (a: readonly unknown[], b: readonly unknown[]) => a.every((x, i) => x === b[i]);

const formats: Record<string, Intl.DateTimeFormat> = {};
/**
 * A cached time-of-day format: making one per note per render would cost more than the render itself. A
 * page's lang attribute may hold a tag Intl refuses: then English.
 */
const timeFormat = (tag: string): Intl.DateTimeFormat => {
  try {
    return (formats[tag] ??= new Intl.DateTimeFormat(tag, { hour: 'numeric', minute: '2-digit' }));
  } catch {
    return timeFormat('en');
  }
};
const startOfDay = (time: number) => new Date(time).setHours(0, 0, 0, 0);
const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
/** Signed trial counts, e.g. `+2 / −1`. */
const counted = (trials: { plus: number; minus: number } | undefined) =>
  `+${trials?.plus ?? 0} / −${trials?.minus ?? 0}`;
const nextOrder = (state: OtState) => Math.max(-1, ...Object.values(state.goals).map((g) => g.order)) + 1;
const isEditable = (target: EventTarget | undefined) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
/** A session record standing in for a session the page names but a standalone element has no record of. */
const placeholderSession = (id: string) => ({ id, phases: [{ id: 'session', minutes: 60 }], events: [], createdAt: 0 });
/** The same for a client: the element's own copy holds no client records, and goals refer to one. */
const placeholderClient = (id: string) => ({ id, alias: '-', createdAt: 0 });
/** Visible text of a markup item without its nested list or picture, white space collapsed. */
const ownText = (li: Element) =>
  [...li.childNodes]
    .filter((n) => !(n instanceof Element && /^(UL|OL|IMG)$/.test(n.tagName)))
    .map((n) => n.textContent)
    .join('')
    .replace(/\s+/g, ' ')
    .trim();

const grip = svg`<svg viewBox="0 0 12 20" width="12" height="20" aria-hidden="true"><path d="M3 4h.01M9 4h.01M3 10h.01M9 10h.01M3 16h.01M9 16h.01" stroke="currentColor" stroke-width="3.5" stroke-linecap="round"/></svg>`;

/**
 * A stack of goal notecards for a therapy session, with the "To Get To" pile of concerns raised on the
 * way and one-tap data per goal. The current card is on top, big enough for the client to read.
 *
 * **Data.** Inside `<ot-provider>` it reads and writes the store (goals, notes, progress entries) and tags
 * notes and data with the running session and its phase. Standalone, give it `goals` (and `notes`,
 * `progress`) as properties, or write the goals as a plain list in the page; changes come out as events.
 * Page data wins over the store: with it the element works on its own copy (in memory) and leaves the
 * store alone, so give the data either to the store or to the element.
 *
 * ```html
 * <ot-goal-stack>
 *   <ol>
 *     <li data-symbol="swing">Swing for five minutes</li>
 *     <li>Shoe-tying <img src="https://example.org/shoe.png" alt="A shoe" />
 *       <ul><li>Asked about the fire drill</li></ul>
 *     </li>
 *   </ol>
 * </ot-goal-stack>
 * ```
 * Each `<li>` of the `<ol>` is a goal (its text; a picture from a child `<img>` or `data-symbol`; an id from
 * `data-id`, else `goal-1`, `goal-2`…); each `<li>` of a `<ul>` or `<ol>` nested in it is a note under that goal. The
 * list shows as a plain list until the script loads. A goal without text is an error naming the item. The
 * element has no slots: it reads the list, it does not show it.
 *
 * **Keyboard.** Everything is reachable with Tab. Shortcuts, while focus is in the element and not in a
 * text field:
 * - `/` or `N` — go to the "To Get To" field (type, Enter adds the note, Escape goes back where you were).
 *   With `global-shortcut`, `/` works from anywhere on the page.
 * - `+` / `-` — add a + or − trial to the current goal.
 * - `Ctrl+Z` (`⌘Z`) — undo the last quick-data tap.
 * - `Alt+↑` / `Alt+↓` on a goal of the list — move it up or down (the Move buttons do the same).
 * - `Escape` in a note's "Move to…" list — close it; focus goes back to its button.
 *
 * @summary Goal notecards with a "To Get To" pile and quick data capture.
 * @tagname ot-goal-stack
 * @csspart base - The wrapper of the view.
 * @csspart stack - The therapist view's first section: header, card, Previous / Next and quick data.
 * @csspart header - The stack's title, its position ("Goal 2 of 5 · 3 to go") and the End of session button.
 * @csspart card - The current goal card (or the "No goals yet." message).
 * @csspart card-title - The goal text on the card.
 * @csspart image - The goal's picture on the card.
 * @csspart nav - Previous and Next.
 * @csspart data - The quick-data controls of the current goal.
 * @csspart trials - The trial counts.
 * @csspart pile - The "To Get To" pile.
 * @csspart capture - The note form: label, field, Add button and hint.
 * @csspart note-list - The list of notes.
 * @csspart note - One note.
 * @csspart count - A count of open notes (in the pile's heading, and per goal in the list).
 * @csspart list - All goals, reorderable, with the new-goal form.
 * @csspart item - One goal of the list, with its handle and move buttons.
 * @csspart handle - The drag handle of a goal.
 * @csspart new-goal - The new-goal form: label, field, Add goal button and hint.
 * @csspart review - The end-of-session review.
 * @csspart error - The readable error state.
 * @csspart announcer - The live region.
 * @cssprop [--ot-goal-stack-card-bg=var(--ot-color-surface-raised)] - Background of the goal card.
 * @cssprop [--ot-goal-stack-card-font-size=var(--ot-font-size-xl)] - Text size of the goal card.
 * @cssprop [--ot-goal-stack-client-font-size=var(--ot-font-size-xxl)] - Text size of the card in the client view.
 * @cssprop [--ot-goal-stack-note-bg=var(--ot-color-warning-soft)] - Background of a note.
 * @cssprop [--ot-goal-stack-note-lines=4] - Lines of a long note shown before "Show all".
 * @fires ot-note-add - Cancelable: a note is about to be added; `detail` has its text, goal, session and phase.
 * @fires ot-note-change - A note was added, addressed, reopened, moved, promoted or carried over.
 * @fires ot-goal-change - A goal was added (or promoted from a note), or the stack was reordered; `detail.goals` is the new stack.
 * @fires ot-reorder - Cancelable: a goal is about to move from `detail.from` to `detail.to`.
 * @fires ot-progress-change - Quick data of a goal changed (a tap or its undo).
 * @fires ot-current-change - Another goal became current (Previous, Next, the list); a reorder keeps the current goal and fires none.
 * @fires ot-error - Bad data (properties, markup or the `view` attribute) or a change the store refused.
 * @example
 * <ot-provider>
 *   <ot-goal-stack client-id="c1"></ot-goal-stack>
 * </ot-provider>
 */
export class OtGoalStack extends OtElement {
  static override styles = [...(OtElement.styles as []), controlStyles, goalStackStyles];

  readonly #data = new StoreController(this, slices, { equals: sameSlices });
  readonly #announcer = new AnnounceController(this);
  readonly #clock: OtClock = { now: () => this.clock.now() };
  /** The element's own store: page data (properties or markup), or scratch space with no provider. */
  #local: OtStore | undefined;
  #fromPage = false;
  #unsubscribe: (() => void) | undefined;
  #undo: Undo[] = [];
  #m!: Model;
  /** What the view was built from, and the view. */
  #memo: [unknown[], TemplateResult] | undefined;
  #returnFocus: HTMLElement | undefined;
  #observer: MutationObserver | undefined;
  #restored: string | undefined;
  /** The goal on the card, which stays there while `current` names no goal of the stack. */
  #cardGoal: string | undefined;
  #markup: string | undefined;
  #drag: { goal: OtGoal; from: number; to: number; top: number; middles: number[] } | undefined;

  @state() private dataError: OtError | undefined;
  @state() private writeError: OtError | undefined;
  @state() private hint: '' | Kind = '';
  @state() private expanded: ReadonlySet<string> = new Set();
  @state() private moving: string | undefined;

  /** Goals, when the page holds the data; set, they win over the store and the element works standalone. */
  @property({ attribute: false }) goals: OtGoalStackGoal[] | undefined;

  /** "To Get To" notes that go with `goals`. */
  @property({ attribute: false }) notes: OtGoalStackNote[] | undefined;

  /** Progress entries (quick data) that go with `goals`. */
  @property({ attribute: false }) progress: OtGoalStackProgress[] | undefined;

  /** `therapist` (edit and data), `client` (read-only, large, the current goal only) or `review` (end of session). */
  @property({ reflect: true }) view: OtGoalStackView = 'therapist';

  /** The id of the current goal; unset or unknown, the card keeps the goal it shows (at first the first goal). */
  @property({ reflect: true }) current: string | undefined;

  /** The session notes and data belong to; default: the session running in the store. */
  @property({ attribute: 'session-id' }) sessionId: string | undefined;

  /** The session phase new notes record; default: the running session's phase. */
  @property({ attribute: 'phase-id' }) phaseId: string | undefined;

  /** Shows only this client's goals, and gives new goals to this client (standalone, goals of no client count as its). */
  @property({ attribute: 'client-id' }) clientId: string | undefined;

  /** Lets `/` anywhere on the page (outside text fields) jump to the note field. */
  @property({ type: Boolean, attribute: 'global-shortcut' }) globalShortcut = false;

  /** The time source for note times and sessions (a manual clock in tests and stories). */
  @property({ attribute: false }) clock: OtClock = systemClock;

  constructor() {
    super();
    this.addEventListener('keydown', (e) => this.#onKey(e, false));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('keydown', this.#onPageKey);
    this.#observer = new MutationObserver(() => {
      this.#readMarkup();
      this.requestUpdate();
    });
    // Only what the markup says; the host's own reflected attributes (view, current) are no change of data.
    this.#observer.observe(this, {
      childList: true,
      subtree: true,
      characterData: true,
      attributeFilter: ['data-id', 'data-symbol', 'src', 'alt'],
    });
    this.#readMarkup();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('keydown', this.#onPageKey);
    this.#observer?.disconnect();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('goals') || changed.has('notes') || changed.has('progress')) {
      if (this.#hasProperties()) this.#adopt(this.goals ?? [], this.notes ?? [], this.progress ?? [], 'properties');
      else this.#readMarkup();
    }
    if (!OT_GOAL_STACK_VIEWS.includes(this.view)) {
      const message = `must be one of ${OT_GOAL_STACK_VIEWS.join(', ')} (got "${this.view}")`;
      this.dataError = this.reportError(
        new OtValidationError('attribute "view"', [{ path: ['view'], code: 'enum', message }]),
      );
      this.view = changed.get('view') ?? 'therapist';
    }
    const key = this.#currentKey();
    if (key && key !== this.#restored) {
      this.#restored = key;
      this.current ??= this.#session((s) => s.getItem(key)) ?? undefined;
    }
  }

  protected override updated(): void {
    // The card element stays from goal to goal: replay its entrance when another goal comes on top.
    const id = this.#m?.goal?.id;
    if (id !== this.#cardGoal) {
      this.#cardGoal = id;
      this.renderRoot
        .querySelector('.card')
        ?.getAnimations()
        .forEach((a) => a.play());
    }
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    const store = this.#fromPage ? this.#local : (this.#data.store ?? this.#local);
    if (store?.status === 'loading') {
      await store.ready.catch(() => undefined);
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /** The store in use: page data, else the provider's, else scratch space of the element's own. */
  get #store(): OtStore {
    if (!this.#fromPage && this.#data.store) return this.#data.store;
    if (!this.#local) {
      this.#local = createStore({ clock: this.#clock });
      this.#local.ready.then(() => this.requestUpdate());
    }
    return this.#local;
  }

  /**
   * Where the current goal is remembered for this tab (sessionStorage: an opaque goal id, nothing else),
   * so a reload keeps the card on top. Only for stores that survive a reload themselves.
   */
  #currentKey(): string | undefined {
    const kind = !this.#fromPage && this.#data.store?.adapter.kind;
    return kind && kind !== 'memory' ? `otkit-goal-stack:${kind}:${this.clientId ?? ''}` : undefined;
  }

  /** sessionStorage, which a sandboxed frame may refuse: then nothing is remembered. */
  #session<R>(use: (storage: Storage) => R): R | undefined {
    try {
      return use(sessionStorage);
    } catch {
      return undefined;
    }
  }

  #hasProperties(): boolean {
    return !!(this.goals || this.notes || this.progress);
  }

  /** The page's keys: only `/`, and only with `global-shortcut` and when nothing in the page took it. */
  readonly #onPageKey = (e: KeyboardEvent): void => this.#onKey(e, true);

  /** The element's shortcuts (see the class docs), never while typing in a field. */
  #onKey(e: KeyboardEvent, page: boolean): void {
    const target = e.composedPath()[0];
    if (
      this.view !== 'therapist' ||
      e.altKey ||
      (page && (!this.globalShortcut || e.key !== '/' || e.defaultPrevented))
    )
      return;
    if (!page && e.key === 'Escape' && target === this.#field('note')) {
      this.#returnFocus?.focus();
      this.#returnFocus = undefined;
      return;
    }
    if (isEditable(target)) return;
    const goal = this.#m.goal;
    const key = e.key.toLowerCase();
    if (e.ctrlKey || e.metaKey) {
      if (page || key !== 'z') return;
      this.#undoLast();
    } else if (key === '/' || key === 'n') this.#toCapture(target);
    else if (goal && (key === '+' || key === '-')) this.#trial(goal, key === '+');
    else return;
    e.preventDefault();
  }

  #onItemKey(e: KeyboardEvent, goal: OtGoal): void {
    if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    e.preventDefault();
    this.#move(goal, e.key === 'ArrowUp' ? -1 : 1, '.goal');
  }

  /**
   * A pointer drag of a goal by its handle, which captures the pointer: the drop position is the pointer's
   * place among the middles of the other goals.
   */
  #onPointer(e: PointerEvent, goal: OtGoal): void {
    const handle = e.currentTarget as HTMLElement;
    const item = handle.parentElement!;
    const drag = this.#drag;
    if (e.type === 'pointerdown') {
      if (e.button) return;
      e.preventDefault();
      handle.setPointerCapture(e.pointerId);
      item.toggleAttribute('data-dragging', true);
      const items = [...this.renderRoot.querySelectorAll('[part="item"]')];
      const from = items.indexOf(item);
      const middles = items.map((i) => {
        const r = i.getBoundingClientRect();
        return r.top + r.height / 2;
      });
      this.#drag = { goal, from, to: from, top: e.clientY, middles };
    } else if (drag && e.type === 'pointermove') {
      item.style.setProperty('--_ot-drag', `${e.clientY - drag.top}px`);
      drag.to = drag.middles.filter((m, i) => i !== drag.from && m < e.clientY).length;
    } else if (drag) {
      this.#drag = undefined;
      item.removeAttribute('data-dragging');
      item.style.removeProperty('--_ot-drag');
      if (e.type === 'pointerup') this.#move(drag.goal, drag.to - drag.from, '.goal');
    }
  }

  /** Moves focus to the "To Get To" field, the way `/` does. */
  focusCapture(): void {
    this.#toCapture(undefined);
  }

  /** Undoes the last quick-data tap (restores the goal's data as it was before it). */
  undo(): Promise<void> {
    return this.#undoLast();
  }

  #toCapture(from: EventTarget | undefined): void {
    const field = this.#field('note');
    if (!field) return;
    this.#returnFocus = from instanceof HTMLElement && from !== field ? from : undefined;
    field.focus();
  }

  #field(kind: Kind): HTMLInputElement | null {
    return this.renderRoot.querySelector(`#${kind}`);
  }

  async #focus(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  #t<K extends keyof Messages & string>(
    key: K,
    ...params: OtMessageParams<Messages[K]> extends undefined ? [] : [OtMessageParams<Messages[K]>]
  ): string {
    return this.locale.t(goalStackMessages, key, ...params);
  }

  /** Reads declarative goals from an `<ol>` child, unless properties hold the data. */
  #readMarkup(): void {
    if (this.#hasProperties()) return;
    const list = this.querySelector(':scope > ol');
    if (!list) {
      if (this.#fromPage) this.#use(undefined);
      return;
    }
    const goals: unknown[] = [];
    const notes: unknown[] = [];
    [...list.children].forEach((li, i) => {
      const id = li.getAttribute('data-id') ?? `goal-${i + 1}`;
      const img = li.querySelector(':scope > img');
      const symbol = li.getAttribute('data-symbol');
      goals.push({
        id,
        description: ownText(li),
        image: img
          ? { src: img.getAttribute('src'), alt: img.getAttribute('alt') ?? undefined }
          : symbol
            ? { symbol }
            : undefined,
      });
      li.querySelectorAll(':scope > :is(ul, ol) > li').forEach((n, j) =>
        notes.push({ id: n.getAttribute('data-id') ?? `${id}-note-${j + 1}`, goalId: id, text: ownText(n) }),
      );
    });
    // The same markup read again (the element moved, an unrelated mutation) keeps what was done since.
    const read = JSON.stringify([goals, notes]);
    if (read === this.#markup && this.#fromPage) return;
    this.#markup = read;
    this.#adopt(goals, notes, [], 'markup');
  }

  /**
   * Checks page data with the SDK schemas (every problem, with its path) and, when it is good, holds it in
   * a store of the element's own. Bad data leaves the last good data in place.
   */
  #adopt(goals: unknown, notes: unknown, progress: unknown, subject: string): void {
    const now = this.clock.now();
    const issues: OtIssue[] = [];
    const check = <T extends { id: string }>(
      name: string,
      schema: typeof goalSchema | typeof noteSchema | typeof progressEntrySchema,
      list: unknown,
      fill: (i: number) => object,
    ): T[] => {
      const items = Array.isArray(list)
        ? list.map((x, i) => (x && typeof x === 'object' ? { ...fill(i), ...x } : x))
        : list;
      const result = safeParse(array(schema as typeof goalSchema, { uniqueBy: (x) => x.id, uniqueLabel: 'id' }), items);
      if (result.success) return result.data as unknown as T[];
      issues.push(...result.issues.map((i) => ({ ...i, path: [name, ...i.path] })));
      return [];
    };
    const g = check<OtGoal>('goals', goalSchema, goals, (i) => ({ order: i, createdAt: now }));
    const n = check<OtNote>('notes', noteSchema, notes, () => ({ goalId: null, createdAt: now }));
    const p = check<OtProgressEntry>('progress', progressEntrySchema, progress, () => ({ at: now }));
    // References between the lists, the way the store checks them (sessions the page names are made up below).
    const known: Record<string, Set<string>> = {
      goals: new Set(g.map((x) => x.id)),
      notes: new Set(n.map((x) => x.id)),
    };
    for (const [name, list, collection] of [
      ['notes', n, 'notes'],
      ['progress', p, 'progressEntries'],
    ] as const) {
      list.forEach((x, i) => {
        for (const [field, target] of Object.entries(OT_COLLECTIONS[collection].refs)) {
          const id = (x as Record<string, unknown>)[field];
          if (typeof id === 'string' && known[target] && !known[target].has(id))
            issues.push({
              path: [name, i, field],
              code: 'reference',
              message: `names no ${OT_COLLECTIONS[target as 'goals'].entity} with id "${id}"`,
            });
        }
      });
    }
    if (issues.length) {
      this.dataError = this.reportError(new OtValidationError(subject, issues));
      return;
    }
    this.dataError = undefined;
    const named = <T>(list: T[], field: keyof T) => [
      ...new Set(list.map((x) => x[field] as string | undefined).filter((id) => id !== undefined)),
    ];
    const seed = {
      goals: g,
      notes: n,
      progressEntries: p,
      sessionRecords: named([...n, ...p], 'sessionId').map(placeholderSession),
      clients: named(g, 'clientId').map(placeholderClient),
    };
    this.#use(createStore({ adapter: memoryAdapter({ seed }), clock: this.#clock }));
  }

  #use(store: OtStore | undefined): void {
    this.#unsubscribe?.();
    this.#local = store;
    this.#fromPage = !!store;
    this.#unsubscribe = store?.subscribe(slices, () => this.requestUpdate(), { equals: sameSlices });
    store?.ready.then(() => this.requestUpdate());
  }

  #goalsOf(state: OtState): OtGoal[] {
    // On the element's own copy, goals of no client (the markup's, the page's) count as this client's.
    const own = this.#store === this.#local;
    return Object.values(state.goals)
      .filter(
        (g) =>
          g.lifecycle === 'active' && (!this.clientId || (g.clientId ?? (own ? this.clientId : '')) === this.clientId),
      )
      .sort((a, b) => a.order - b.order || a.createdAt - b.createdAt);
  }

  #compute(state: OtState): Model {
    const now = this.clock.now();
    const running = activeSession(state, now);
    const sessionId = this.sessionId ?? running?.record.id;
    const record =
      sessionId && Object.hasOwn(state.sessionRecords, sessionId) ? state.sessionRecords[sessionId] : undefined;
    const scope = { sessionId, since: record?.events.find((e) => e.type === 'start')?.at ?? startOfDay(now) };
    const goals = this.#goalsOf(state);
    const review = sessionReview(
      {
        goals: Object.fromEntries(goals.map((g) => [g.id, g])),
        notes: state.notes,
        progressEntries: state.progressEntries,
      },
      scope,
    );
    // With `current` unset or unknown, the card keeps the goal it showed (at first the first goal): a
    // reorder here or elsewhere must not swap the card the client is looking at.
    const at = (id: string | undefined) => goals.findIndex((g) => g.id === id);
    let index = at(this.current);
    if (index < 0) index = Math.max(0, at(this.#cardGoal));
    const goal = goals[index];
    const counts: Record<string, number> = {};
    for (const n of review.toCarryOver) counts[n.goalId ?? ''] = (counts[n.goalId ?? ''] ?? 0) + 1;
    const here = (n: OtNote) => n.goalId === null || n.goalId === goal?.id;
    const open = review.toCarryOver.filter(here);
    return {
      goals,
      index,
      goal,
      review,
      scope,
      record,
      phaseId: this.phaseId ?? (running?.record.id === sessionId ? running?.phaseId : undefined),
      pile: [...open, ...review.addressed.filter(here)],
      open: open.length,
      counts,
    };
  }

  /** Runs one store command; a failure shows the error state and fires `ot-error` (the store rolled it back). */
  async #write<R>(command: string, fn: (tx: OtTransaction) => R): Promise<R | undefined> {
    const store = this.#store;
    const { sessionId } = this.#m.scope;
    const { clientId } = this;
    try {
      const result = await store.transaction(
        (tx) => {
          if (store === this.#local) {
            if (sessionId && !tx.sessionRecords.get(sessionId)) tx.sessionRecords.put(placeholderSession(sessionId));
            if (clientId && !tx.clients.get(clientId)) tx.clients.put(placeholderClient(clientId));
          }
          return fn(tx);
        },
        { command },
      );
      this.writeError = undefined;
      return result;
    } catch (error) {
      this.writeError = this.reportError(error);
      return undefined;
    }
  }

  #select(index: number): void {
    const { goals } = this.#m;
    const goal = goals[index];
    if (!goal || index === this.#m.index) return;
    this.current = goal.id;
    const key = this.#currentKey();
    if (key) this.#session((s) => s.setItem(key, goal.id));
    this.emit(new OtCurrentChangeEvent({ goal, index }));
    this.#announcer.announce(`${this.#t('position', { index: index + 1, count: goals.length })}: ${goal.description}`);
  }

  #emitGoals(action: OtGoalChangeAction, id: string): void {
    const goals = this.#goalsOf(this.#store.getState());
    const goal = goals.find((g) => g.id === id);
    if (goal) this.emit(new OtGoalChangeEvent({ action, goal, goals }));
  }

  /** A new goal at the end of the stack (for this element's client). */
  #newGoal(tx: OtTransaction, description: string): OtGoal {
    return tx.goals.add({
      description,
      order: nextOrder(tx.state),
      clientId: this.clientId,
      createdAt: this.clock.now(),
    });
  }

  async #move(goal: OtGoal, by: number, focus: string): Promise<void> {
    // Read the order from the store now, not from the last render, so quick repeated moves add up.
    const goals = this.#goalsOf(this.#store.getState());
    const from = goals.findIndex((g) => g.id === goal.id);
    const to = from + by;
    if (from < 0 || by === 0 || to < 0 || to >= goals.length) return;
    if (!this.emit(new OtReorderEvent({ goal, from, to }))) return;
    goals.splice(from, 1);
    goals.splice(to, 0, goal);
    const done = await this.#write('goals.reorder', (tx) => {
      goals.forEach((g, i) => {
        if (g.order !== i) tx.goals.update(g.id, { order: i });
      });
      return true;
    });
    if (!done) return;
    this.#emitGoals('reorder', goal.id);
    this.#announcer.announce(this.#t('moved', { goal: goal.description, index: to + 1, count: goals.length }));
    await this.#focus(`[data-goal="${goal.id}"] ${focus}`);
  }

  /** One quick-data tap on a goal: creates the goal's entry for this session, or updates it. */
  async #tap(
    goal: OtGoal,
    change: (entry: OtProgressEntry | undefined) => OtPatch<'progressEntries'>,
  ): Promise<OtProgressEntry | undefined> {
    const { scope } = this.#m;
    const now = this.clock.now();
    let previous: OtProgressEntry | undefined;
    const entry = await this.#write('progress.tap', (tx) => {
      previous = sessionReview(
        { goals: { [goal.id]: goal }, notes: {}, progressEntries: tx.state.progressEntries },
        scope,
      ).entries[goal.id];
      const patch = change(previous);
      return previous
        ? tx.progressEntries.update(previous.id, patch)
        : tx.progressEntries.add({ goalId: goal.id, sessionId: scope.sessionId, at: now, ...patch });
    });
    if (!entry) return undefined;
    this.#undo = [...this.#undo.slice(-49), { goalId: goal.id, id: entry.id, previous }];
    this.emit(new OtProgressChangeEvent({ goalId: goal.id, entry, previous, undo: false }));
    return entry;
  }

  async #trial(goal: OtGoal, plus: boolean): Promise<void> {
    const entry = await this.#tap(goal, (e) => ({
      trials: { plus: (e?.trials?.plus ?? 0) + +plus, minus: (e?.trials?.minus ?? 0) + +!plus },
    }));
    if (entry) this.#announcer.announce(`${this.#t('trials')}: ${counted(entry.trials)}`);
  }

  async #undoLast(): Promise<void> {
    const last = this.#undo.pop();
    if (!last) return;
    let current: OtProgressEntry | undefined;
    const done = await this.#write('progress.undo', (tx) => {
      current = tx.progressEntries.get(last.id);
      if (last.previous) tx.progressEntries.put(last.previous);
      else if (current) tx.progressEntries.remove(last.id);
      return true;
    });
    if (!done) {
      this.#undo.push(last);
      return;
    }
    this.emit(new OtProgressChangeEvent({ goalId: last.goalId, entry: last.previous, previous: current, undo: true }));
    this.#announcer.announce(this.#t('undone'));
    this.requestUpdate();
  }

  /** Adds what the note or new-goal field holds; an empty field gets a gentle hint instead. */
  async #add(e: Event, kind: Kind): Promise<void> {
    e.preventDefault();
    const field = this.#field(kind)!;
    const text = field.value.trim();
    this.hint = text ? '' : kind;
    if (!text) {
      this.#announcer.announce(this.#t('emptyHint'));
      field.focus();
    } else if (kind === 'goal') {
      const goal = await this.#write('goals.add', (tx) => this.#newGoal(tx, text));
      if (!goal) return;
      field.value = '';
      this.#goalAdded('add', goal);
    } else {
      const { goal, scope, phaseId } = this.#m;
      const detail = { text, goalId: goal?.id ?? null, sessionId: scope.sessionId, phaseId };
      if (!this.emit(new OtNoteAddEvent(detail))) return;
      const note = await this.#write('notes.add', (tx) => tx.notes.add({ ...detail, createdAt: this.clock.now() }));
      if (!note) return;
      field.value = '';
      this.emit(new OtNoteChangeEvent({ action: 'add', note, previous: undefined }));
      await this.updateComplete;
      this.#announcer.announce(this.#t('noteAdded', { count: this.#m.open }));
    }
  }

  #goalAdded(action: OtGoalChangeAction, goal: OtGoal): void {
    this.#emitGoals(action, goal.id);
    this.#announcer.announce(this.#t('goalAdded', { goal: goal.description }));
  }

  async #changeNote(note: OtNote, action: OtNoteChangeAction, patch: OtPatch<'notes'>): Promise<void> {
    this.moving = undefined;
    const updated = await this.#write(`notes.${action}`, (tx) => tx.notes.update(note.id, patch));
    if (updated) this.emit(new OtNoteChangeEvent({ action, note: updated, previous: note }));
    // An addressed note moves down the pile (a reopened one up): focus goes with its button.
    if (updated) await this.#focus(action === 'move' ? '#note' : `[data-note="${note.id}"] [aria-pressed]`);
  }

  async #promote(note: OtNote): Promise<void> {
    const done = await this.#write('notes.promote', (tx) => {
      const goal = this.#newGoal(tx, clip(note.text, 500));
      return [goal, tx.notes.update(note.id, { status: 'promoted', promotedGoalId: goal.id })] as const;
    });
    if (!done) return;
    this.#goalAdded('promote', done[0]);
    this.emit(new OtNoteChangeEvent({ action: 'promote', note: done[1], previous: note }));
    await this.#focus('#note');
  }

  async #carry(notes: readonly OtNote[]): Promise<void> {
    const copies = await this.#write('notes.carryOver', (tx) =>
      carryOverNotes(
        tx,
        notes.map((n) => n.id),
      ),
    );
    if (!copies) return;
    const state = this.#store.getState();
    notes.forEach((note, i) =>
      this.emit(
        new OtNoteChangeEvent({
          action: 'carry-over',
          note: state.notes[note.id]!,
          previous: note,
          carried: copies[i],
        }),
      ),
    );
    this.#announcer.announce(this.#t('carried', { count: notes.length }));
    if (this.view === 'therapist') await this.#focus('#note');
  }

  /** Shows the goal list of one note (focused), or puts its "Move to…" button back (focused). */
  #setMoving(id: string | undefined): void {
    const was = this.moving;
    this.moving = id;
    this.#focus(id ? '[part="note"] select' : `[part="note"] [data-move="${was}"]`);
  }

  #setView(view: OtGoalStackView, focus: string): void {
    this.view = view;
    this.#focus(focus);
  }

  // Templates break their lines inside `${…}`, where the line breaks cost nothing once minified.
  override render(): TemplateResult {
    const store = this.#store;
    if (store.status === 'loading')
      return html`<div part="base"><p role="status">${this.locale.t(commonMessages, 'loading')}</p></div>`;
    const error = this.dataError ?? this.writeError;
    return html`<div part="base" class=${this.view}>
      ${
        error
          ? this.renderError(
              error,
              error instanceof OtPersistenceError ? this.locale.t(commonMessages, 'storageError') : undefined,
            )
          : nothing
      }${this.#renderView(store.getState())}${this.#announcer.renderRegion()}
    </div>`;
  }

  /**
   * The view, built again only when the data or a property it reads changed: announcements re-render the
   * element, and an unchanged template result costs Lit a walk over its values, no DOM work.
   */
  #renderView(state: OtState): TemplateResult {
    const { view } = this;
    const inputs = [
      ...slices(state),
      this.current,
      this.sessionId,
      this.phaseId,
      this.clientId,
      this.clock,
      view,
      this.locale.locale,
      this.hint,
      this.expanded,
      this.moving,
      this.#undo.length,
    ];
    if (!this.#memo || !sameSlices(this.#memo[0], inputs)) {
      const m = (this.#m = this.#compute(state));
      this.#memo = [
        inputs,
        view === 'client'
          ? this.#renderCard(m.goal)
          : view === 'review'
            ? this.#renderReview(m)
            : this.#renderTherapist(m),
      ];
    }
    return this.#memo[1];
  }

  #renderCard(goal: OtGoal | undefined): TemplateResult {
    return goal
      ? html`<div part="card" class="card">
          ${renderImage(goal.image, goal.description, { decorative: true })}
          <p part="card-title">${goal.description}</p>
        </div>`
      : html`<p part="card" class="card">${this.#t('noGoals')}</p>`;
  }

  #renderTherapist(m: Model): TemplateResult {
    const { goals, index, goal } = m;
    const count = goals.length;
    return html`<section part="stack" aria-labelledby="stack-title">
        <header part="header">
          <h2 id="stack-title">${this.#t('goals')}</h2>
          ${
            count
              ? html`<span
                  >${this.#t('position', { index: index + 1, count })} ·
                  ${this.#t('remaining', { count: count - index - 1 })}</span
                >`
              : nothing
          }<button class="btn quiet" id="to-review" @click=${() => this.#setView('review', '#review-title')}>
            ${this.#t('review')}
          </button>
        </header>
        ${this.#renderCard(goal)}
        <div part="nav" class="row">
          <button class="btn" aria-disabled=${index < 1} @click=${() => this.#select(index - 1)}>
            ${this.#t('previous')}</button
          ><button class="btn" aria-disabled=${index >= count - 1} @click=${() => this.#select(index + 1)}>
            ${this.#t('next')}
          </button>
        </div>
        ${goal ? this.#renderData(goal, m.review.entries[goal.id]) : nothing}
      </section>
      <section part="pile" aria-labelledby="pile-title">
        <h2 id="pile-title">${this.#t('pile')} <span part="count">${m.open}</span></h2>
        ${this.#renderForm('note')}
        <ul part="note-list">
          ${m.pile.map((n) => this.#renderNote(n, m))}
        </ul>
      </section>
      ${this.#renderList(m)}`;
  }

  #renderData(goal: OtGoal, entry: OtProgressEntry | undefined): TemplateResult {
    const group = (field: 'trials' | Choice[0], controls: unknown) =>
      html`<div class="group" role="group" aria-labelledby="label-${field}">
        <span class="label" id="label-${field}">${this.#t(field)}</span>
        <div class="row">${controls}</div>
      </div>`;
    const trial = (plus: boolean, sign: string, key: string) =>
      html`<button
        class="btn"
        aria-label=${this.#t('trial', { sign })}
        aria-keyshortcuts=${key}
        @click=${() => this.#trial(goal, plus)}
      >
        ${sign}
      </button>`;
    return html`<div part="data" role="group" aria-label=${this.#t('data', { goal: clip(goal.description, 80) })}>
      ${group(
        'trials',
        html`${trial(true, '+', '+')}<span part="trials" dir="ltr">${counted(entry?.trials)}</span
          >${trial(false, '−', '-')}`,
      )}${CHOICES.map(([field, values]: Choice) =>
        group(
          field,
          values.map(
            (v) =>
              html`<button
                class="btn"
                aria-pressed=${entry?.[field] === v}
                @click=${() => this.#tap(goal, (e) => ({ [field]: e?.[field] === v ? undefined : v }))}
              >
                ${this.#t(v)}
              </button>`,
          ),
        ),
      )}
      <div class="group">
        <label class="label" for="quick-note">${this.#t('note')}</label
        ><input
          class="field"
          id="quick-note"
          maxlength="2000"
          autocomplete="off"
          .value=${entry?.note ?? ''}
          @change=${(e: Event) => this.#tap(goal, () => ({ note: (e.target as HTMLInputElement).value.trim() || undefined }))}
        /><button
          class="btn"
          aria-disabled=${!this.#undo.length}
          aria-keyshortcuts="Control+Z Meta+Z"
          @click=${this.#undoLast}
        >
          ${this.#t('undo')}
        </button>
      </div>
    </div>`;
  }

  #renderForm(kind: Kind): TemplateResult {
    const note = kind === 'note';
    return html`<form part=${note ? 'capture' : 'new-goal'} class="row" @submit=${(e: Event) => this.#add(e, kind)}>
      <label class="label" for=${kind}>${this.#t(note ? 'capture' : 'newGoal')}</label
      ><input
        class="field"
        id=${kind}
        maxlength=${note ? 10_000 : 500}
        autocomplete="off"
        aria-describedby="hint-${kind}"
        aria-keyshortcuts=${note ? '/ N' : ''}
        @input=${() => (this.hint = '')}
      /><button class="btn primary">${this.#t(note ? 'add' : 'addGoal')}</button>
      <p class="hint" id="hint-${kind}">
        ${this.hint === kind ? this.#t('emptyHint') : note ? this.#t('shortcut') : ''}
      </p>
    </form>`;
  }

  #renderNote(note: OtNote, m: Model): TemplateResult {
    const done = note.status === 'addressed';
    const long = note.text.length > 280 || note.text.split('\n').length > 4;
    const whole = this.expanded.has(note.id);
    const id = `text-${note.id}`;
    const button = (key: 'promote' | 'carry', click: () => void) =>
      html`<button class="btn" @click=${click}>${this.#t(key)}</button>`;
    const toggle = () => {
      const next = new Set(this.expanded);
      if (!next.delete(note.id)) next.add(note.id);
      this.expanded = next;
    };
    const phase =
      note.phaseId &&
      phaseName(m.record?.phases.find((p) => p.id === note.phaseId) ?? { id: note.phaseId }, this.locale.lang);
    return html`<li part="note" class=${done ? 'done' : ''} data-note=${note.id}>
      <p class=${long && !whole ? 'text clamp' : 'text'} id=${id}>${note.text}</p>
      ${
        long
          ? html`<button class="btn quiet" aria-expanded=${whole} aria-controls=${id} @click=${toggle}>
              ${this.#t(whole ? 'showLess' : 'showAll')}
            </button>`
          : nothing
      }
      <p class="meta">
        ${note.goalId === null ? `${this.#t('noGoal')} · ` : ''}<time datetime=${new Date(note.createdAt).toISOString()}
          >${timeFormat(this.locale.locale).format(note.createdAt)}</time
        >${phase ? ` · ${phase}` : ''}
      </p>
      <div class="row" role="group" aria-label=${clip(note.text, 80)}>
        <button
          class="btn"
          aria-pressed=${done}
          @click=${() =>
            this.#changeNote(
              note,
              done ? 'reopen' : 'address',
              done
                ? { status: 'open', addressedAt: undefined }
                : { status: 'addressed', addressedAt: this.clock.now() },
            )}
        >
          ${this.#t('addressed')}</button
        >${
          done
            ? nothing
            : html`${
                this.moving === note.id
                  ? // Only the note being moved lists the goals: a pile of many notes stays cheap to render.
                    html`<select
                      class="field"
                      aria-label=${this.#t('moveTo')}
                      @change=${(e: Event) =>
                        this.#changeNote(note, 'move', { goalId: (e.target as HTMLSelectElement).value })}
                      @blur=${() => (this.moving = undefined)}
                      @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && this.#setMoving(undefined)}
                    >
                      <option value="">${this.#t('moveTo')}</option>
                      ${m.goals
                        .filter((g) => g.id !== note.goalId)
                        .map((g) => html`<option value=${g.id}>${clip(g.description, 60)}</option>`)}
                    </select>`
                  : html`<button class="btn" data-move=${note.id} @click=${() => this.#setMoving(note.id)}>
                      ${this.#t('moveTo')}
                    </button>`
              }${button('promote', () => this.#promote(note))}${button('carry', () => this.#carry([note]))}`
        }
      </div>
    </li>`;
  }

  #renderList(m: Model): TemplateResult {
    const last = m.goals.length - 1;
    const item = (g: OtGoal, i: number) => {
      const drag = (e: PointerEvent) => this.#onPointer(e, g);
      const count = m.counts[g.id];
      return html`<li part="item" data-goal=${g.id} @keydown=${(e: KeyboardEvent) => this.#onItemKey(e, g)}>
        <span
          part="handle"
          aria-hidden="true"
          @pointerdown=${drag}
          @pointermove=${drag}
          @pointerup=${drag}
          @pointercancel=${drag}
          >${grip}</span
        ><button
          class="btn quiet goal"
          aria-current=${i === m.index}
          aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
          @click=${() => this.#select(i)}
        >
          ${g.description}
          ${
            count
              ? html`<span part="count"><span class="visually-hidden">${this.#t('pile')}:</span> ${count}</span>`
              : nothing
          }</button
        ><button
          class="btn icon up"
          aria-label=${this.#t('moveUp', { goal: g.description })}
          aria-disabled=${!i}
          @click=${() => this.#move(g, -1, '.up')}
        >
          ↑</button
        ><button
          class="btn icon down"
          aria-label=${this.#t('moveDown', { goal: g.description })}
          aria-disabled=${i === last}
          @click=${() => this.#move(g, 1, '.down')}
        >
          ↓
        </button>
      </li>`;
    };
    return html`<section part="list" aria-labelledby="list-title">
      <h2 id="list-title">${this.#t('all')}</h2>
      <ol>
        ${m.goals.map(item)}
      </ol>
      ${this.#renderForm('goal')}
    </section>`;
  }

  #renderReview(m: Model): TemplateResult {
    const r = m.review;
    // A space between the heading and what follows keeps the text readable as text.
    const list = (title: 'workedOn' | 'notesAddressed' | 'toCarry', items: TemplateResult[]) =>
      html`<h3>${this.#t(title)}</h3>
        ${
          items.length
            ? html`<ul>
                ${items}
              </ul>`
            : html`<p>${this.#t('none')}</p>`
        }`;
    const text = (n: OtNote) => html`<li class="text">${n.text}</li>`;
    const worked = r.goals.map(({ goal, entry: e }) => {
      const rest = [...CHOICES.map(([field]) => e[field] && this.#t(e[field]!)), e.note].filter(Boolean);
      // Signed counts stay left to right in a right-to-left page.
      return html`<li>
        <strong>${goal.description}</strong>:
        ${
          e.trials ? html`<span dir="ltr">${counted(e.trials)}</span>${rest.length ? ' · ' : ''}` : nothing
        }${rest.join(' · ')}
      </li>`;
    });
    return html`<section part="review" aria-labelledby="review-title">
      <h2 id="review-title" tabindex="-1">${this.#t('review')}</h2>
      ${list('workedOn', worked)}${list(
        'notesAddressed',
        r.addressed.map(text),
      )}${list('toCarry', r.toCarryOver.map(text))}
      <div class="row">
        ${
          r.toCarryOver.length
            ? html`<button class="btn primary" @click=${() => this.#carry(r.toCarryOver)}>
                ${this.#t('carryAll')}
              </button>`
            : nothing
        }<button class="btn" @click=${() => this.#setView('therapist', '#to-review')}>${this.#t('back')}</button>
      </div>
    </section>`;
  }
}
