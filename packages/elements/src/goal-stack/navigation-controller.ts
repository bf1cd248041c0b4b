import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { reorderGoals, stackGoals, type OtGoalStackScope } from '@otkit/sdk';
import { OtCurrentChangeEvent } from '../events/ot-current-change.js';
import { OtGoalChangeEvent } from '../events/ot-goal-change.js';
import { OtReorderEvent } from '../events/ot-reorder.js';
import type { GoalStackContext } from './goal-stack.context.js';

/** What navigating the stack needs from the element besides the context. */
export interface GoalStackNavigation {
  /** Which goals make up the stack now (client, page data). */
  scope(): OtGoalStackScope;
  /** Puts a goal on top (the element's `current`, remembered for the tab). */
  setCurrent(goalId: string): void;
}

/**
 * Which goal is on top and where each goal sits: Previous / Next, choosing one in the list, and moving a goal
 * up or down (cancelable `ot-reorder`, then `reorderGoals`), each announced.
 */
export class GoalStackNavigationController implements ReactiveController {
  readonly #context: GoalStackContext;
  readonly #navigation: GoalStackNavigation;

  constructor(host: ReactiveControllerHost, context: GoalStackContext, navigation: GoalStackNavigation) {
    this.#context = context;
    this.#navigation = navigation;
    host.addController(this);
  }

  hostConnected(): void {}

  /** Puts the goal on top, unless it is already. */
  select(goalId: string): void {
    const { goals, index } = this.#context.model();
    const next = goals.findIndex((goal) => goal.id === goalId);
    const goal = goals[next];
    if (!goal || next === index) return;
    this.#navigation.setCurrent(goal.id);
    this.#context.emit(new OtCurrentChangeEvent({ goal, index: next }));
    const t = this.#context.t;
    this.#context.announce(`${t('position', { index: next + 1, count: goals.length })}: ${goal.description}`);
  }

  /** Previous (-1) or Next (1). */
  step(step: -1 | 1): void {
    const { goals, index } = this.#context.model();
    const goal = goals[index + step];
    if (goal) this.select(goal.id);
  }

  /** Moves a goal `by` places; `focus` is what keeps focus in its row after the move. */
  async move(goalId: string, by: number, focus: string): Promise<void> {
    const context = this.#context;
    // The order as the store holds it now, not as last rendered, so quick repeated moves add up.
    const goals = stackGoals(context.store.getState(), this.#navigation.scope());
    const from = goals.findIndex((goal) => goal.id === goalId);
    const to = from + by;
    const goal = goals[from];
    if (!goal || by === 0 || to < 0 || to >= goals.length) return;
    if (!context.emit(new OtReorderEvent({ goal, from, to }))) return;
    const stack = await context.command((store) => reorderGoals(store, { ...this.#navigation.scope(), goalId, to }));
    if (!stack) return;
    context.emit(new OtGoalChangeEvent({ action: 'reorder', goal: stack[to]!, goals: stack }));
    context.announce(context.t('moved', { goal: goal.description, index: to + 1, count: stack.length }));
    await context.focusAfterUpdate(`[data-goal="${goalId}"] ${focus}`);
  }
}
