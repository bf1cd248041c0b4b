import type { ReactiveController, ReactiveControllerHost } from 'lit';

interface Drag {
  readonly goalId: string;
  readonly item: HTMLElement;
  readonly from: number;
  to: number;
  readonly startY: number;
  /** The vertical middle of every item when the drag began. */
  readonly middles: readonly number[];
}

/**
 * Dragging a goal of the list by its handle. The handle captures the pointer; the drop position is the
 * pointer's place among the middles of the other items. The dragged item follows the pointer through a
 * private custom property (no `style=` binding: strict CSP).
 */
export class GoalReorderController implements ReactiveController {
  readonly #items: () => HTMLElement[];
  readonly #onDrop: (goalId: string, by: number) => void;
  #drag: Drag | undefined;

  /** `items` gives the list's items in order; `onDrop` moves a goal by a number of places. */
  constructor(host: ReactiveControllerHost, items: () => HTMLElement[], onDrop: (goalId: string, by: number) => void) {
    this.#items = items;
    this.#onDrop = onDrop;
    host.addController(this);
  }

  hostDisconnected(): void {
    if (this.#drag) this.#end(this.#drag);
  }

  /** The handler for every pointer event of a handle (down, move, up, cancel). */
  readonly handle = (event: PointerEvent, goalId: string): void => {
    const handle = event.currentTarget as HTMLElement;
    const drag = this.#drag;
    if (event.type === 'pointerdown') this.#start(event, handle, goalId);
    else if (drag && event.type === 'pointermove') {
      drag.item.style.setProperty('--_ot-drag', `${event.clientY - drag.startY}px`);
      drag.to = drag.middles.filter((middle, i) => i !== drag.from && middle < event.clientY).length;
    } else if (drag) {
      this.#end(drag);
      if (event.type === 'pointerup' && drag.to !== drag.from) this.#onDrop(drag.goalId, drag.to - drag.from);
    }
  };

  #start(event: PointerEvent, handle: HTMLElement, goalId: string): void {
    if (event.button !== 0) return;
    event.preventDefault();
    handle.setPointerCapture(event.pointerId);
    const item = handle.parentElement!;
    item.toggleAttribute('data-dragging', true);
    const items = this.#items();
    const from = items.indexOf(item);
    const middles = items.map((other) => {
      const box = other.getBoundingClientRect();
      return box.top + box.height / 2;
    });
    this.#drag = { goalId, item, from, to: from, startY: event.clientY, middles };
  }

  #end(drag: Drag): void {
    this.#drag = undefined;
    drag.item.removeAttribute('data-dragging');
    drag.item.style.removeProperty('--_ot-drag');
  }
}
