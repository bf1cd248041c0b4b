import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  recordTrial,
  setAssistance,
  setGoalStatus,
  setProgressNote,
  setPromptLevel,
  undoQuickData,
  type OtAssistanceLevel,
  type OtGoalSessionStatus,
  type OtPromptType,
  type OtQuickDataResult,
  type OtQuickDataUndo,
  type OtStore,
} from '@otkit/sdk';
import { OtProgressChangeEvent } from '../events/ot-progress-change.js';
import type { GoalStackContext } from './goal-stack.context.js';
import {
  trialCounts,
  type QuickDataChoiceField,
  type QuickDataTemplate,
  type SaveState,
} from './quick-data.template.js';
import type { GoalStackUndoController } from './undo-controller.js';

/**
 * The quick data of the current goal: each tap is one SDK command (`recordTrial`, `setAssistance`…) on the
 * goal on top when the tap lands, shown as saving until the store saved it. Each tap goes on the stack's Undo,
 * named by what it did ("+ trial", "Moderate").
 */
export class GoalQuickDataController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #context: GoalStackContext;
  readonly #undo: GoalStackUndoController;
  #saveState: SaveState | undefined;

  constructor(host: ReactiveControllerHost, context: GoalStackContext, undo: GoalStackUndoController) {
    this.#host = host;
    this.#context = context;
    this.#undo = undo;
    host.addController(this);
  }

  hostConnected(): void {}

  /** What the quick data's controls do. */
  bindings(): Pick<QuickDataTemplate, 'saveState' | 'onTrial' | 'onChoice' | 'onShortNote'> {
    return {
      saveState: this.#saveState,
      onTrial: (result) => void this.trial(result),
      onChoice: (field, value) => void this.choose(field, value),
      onShortNote: (text) => void this.shortNote(text),
    };
  }

  /** Where the last tap stands, if one was made here. */
  get saveState(): SaveState | undefined {
    return this.#saveState;
  }

  async trial(result: 'plus' | 'minus'): Promise<void> {
    const sessionId = this.#context.names.sessionId;
    const done = await this.#tap((store, goalId) => recordTrial(store, { goalId, sessionId, result }));
    if (done)
      this.#context.announce(`${this.#context.t('trials')}: ${trialCounts(this.#context.t, done.entry.trials)}`);
  }

  /** A tap on one choice; a second tap on the chosen one clears it. */
  async choose(field: QuickDataChoiceField, value: string): Promise<void> {
    const target = (goalId: string) => ({ goalId, sessionId: this.#context.names.sessionId, toggle: true });
    // The template offers each field only its own values (OT_ASSISTANCE_LEVELS, OT_PROMPT_TYPES, …).
    await this.#tap((store, goalId) =>
      field === 'assistance'
        ? setAssistance(store, { ...target(goalId), level: value as OtAssistanceLevel })
        : field === 'prompt'
          ? setPromptLevel(store, { ...target(goalId), prompt: value as OtPromptType })
          : setGoalStatus(store, { ...target(goalId), status: value as OtGoalSessionStatus }),
    );
  }

  async shortNote(text: string): Promise<void> {
    const sessionId = this.#context.names.sessionId;
    await this.#tap((store, goalId) => setProgressNote(store, { goalId, sessionId, note: text }));
  }

  /** Takes one tap back (puts the goal's data as it was before it); resolves false when the store refused. */
  async #undoTap(tap: OtQuickDataUndo): Promise<boolean> {
    const undone = await this.#context.command((store) => undoQuickData(store, tap));
    if (!undone) return false;
    const { goalId } = tap;
    this.#context.emit(
      new OtProgressChangeEvent({ goalId, entry: undone.entry, previous: undone.previous, undo: true }),
    );
    return true;
  }

  /** What a tap did, as Undo names it: "+ trial", "Moderate", "clearing Assistance", "short note". */
  #tapName(tap: OtQuickDataUndo): string {
    const t = this.#context.t;
    if (tap.field === 'trials') {
      const before = tap.before as { plus: number } | undefined;
      return t('trialTap', { sign: (tap.after as { plus: number }).plus > (before?.plus ?? 0) ? '+' : '−' });
    }
    if (tap.field === 'note') return t('note');
    const chosen = tap.after as OtAssistanceLevel | OtPromptType | OtGoalSessionStatus | undefined;
    return chosen ? t(chosen) : t('clearing', { field: t(tap.field) });
  }

  /** One tap on the goal on top now: busy until the store saved it, then saved. */
  async #tap(
    command: (store: OtStore, goalId: string) => Promise<OtQuickDataResult>,
  ): Promise<OtQuickDataResult | undefined> {
    const goal = this.#context.model().current;
    if (!goal) return undefined;
    this.#setSaveState('saving');
    const result = await this.#context.command((store) => command(store, goal.id));
    this.#setSaveState(result ? 'saved' : undefined);
    if (!result) return undefined;
    const tap = result.undo;
    this.#undo.push({ what: this.#tapName(tap), undo: () => this.#undoTap(tap) });
    const { entry, previous } = result;
    this.#context.emit(new OtProgressChangeEvent({ goalId: goal.id, entry, previous, undo: false }));
    return result;
  }

  #setSaveState(saveState: SaveState | undefined): void {
    this.#saveState = saveState;
    this.#host.requestUpdate();
  }
}
