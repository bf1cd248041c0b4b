import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Goals and notes read from the markup, unchecked (the page data check names what is wrong). */
export interface OtGoalStackMarkup {
  readonly goals: unknown[];
  readonly notes: unknown[];
}

/** Visible text of a markup item without its nested list or picture, white space collapsed. */
function ownText(item: Element): string {
  return [...item.childNodes]
    .filter((node) => !(node instanceof Element && /^(UL|OL|IMG)$/.test(node.tagName)))
    .map((node) => node.textContent)
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Reads a goal list: each `<li>` of the `<ol>` is a goal, each `<li>` of a list nested in it a note. */
export function readGoalList(list: Element): OtGoalStackMarkup {
  const goals: unknown[] = [];
  const notes: unknown[] = [];
  [...list.children].forEach((item, index) => {
    const id = item.getAttribute('data-id') ?? `goal-${index + 1}`;
    const picture = item.querySelector(':scope > img');
    const symbol = item.getAttribute('data-symbol');
    goals.push({
      id,
      description: ownText(item),
      image: picture
        ? { src: picture.getAttribute('src'), alt: picture.getAttribute('alt') ?? undefined }
        : symbol
          ? { symbol }
          : undefined,
    });
    item.querySelectorAll(':scope > :is(ul, ol) > li').forEach((noteItem, noteIndex) =>
      notes.push({
        id: noteItem.getAttribute('data-id') ?? `${id}-note-${noteIndex + 1}`,
        goalId: id,
        text: ownText(noteItem),
      }),
    );
  });
  return { goals, notes };
}

/**
 * Follows the light-DOM children of `<ot-goal-stack>`: a direct `<ol>` child is a goal list. Calls `onChange`
 * with what it reads (undefined when there is no list) on connect and whenever the list changes; the same list
 * read again (the element moved, an unrelated mutation) is no change.
 */
export class GoalListMarkupController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #onChange: (markup: OtGoalStackMarkup | undefined) => void;
  #observer: MutationObserver | undefined;
  #lastRead: string | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, onChange: (markup: OtGoalStackMarkup | undefined) => void) {
    this.#host = host;
    this.#onChange = onChange;
    host.addController(this);
  }

  hostConnected(): void {
    this.#observer = new MutationObserver(() => this.read());
    // Only what the markup says; the host's own reflected attributes (view, current) are no change of data.
    this.#observer.observe(this.#host, {
      childList: true,
      subtree: true,
      characterData: true,
      attributeFilter: ['data-id', 'data-symbol', 'src', 'alt'],
    });
    this.read();
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }

  /** Reads the list now; `force` reports it even when it reads the same as last time. */
  read(force = false): void {
    const list = this.#host.querySelector(':scope > ol');
    const markup = list ? readGoalList(list) : undefined;
    const read = JSON.stringify(markup ?? null);
    if (read === this.#lastRead && !force) return;
    this.#lastRead = read;
    this.#onChange(markup);
  }
}
