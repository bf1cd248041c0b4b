import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** An attribute of the markup; empty counts as not given. */
const attributeOf = (element: Element, name: string) => element.getAttribute(name) || undefined;

/** The element's own text, without the text of its children (a step's label, not its choices' labels). */
const ownText = (element: Element) =>
  [...element.childNodes]
    .map((node) => (node instanceof Text ? node.data : ''))
    .join('')
    .trim();

/**
 * An `<ot-step>`, or an `<ot-step-choice>` inside one, as a raw value for the schema to check. The label is the
 * `label` attribute or the element's own text; a step's attribute written on a choice reaches the schema, which
 * names it.
 */
function readStep(element: Element, fallbackId: string): Record<string, unknown> {
  const symbol = attributeOf(element, 'symbol');
  const src = attributeOf(element, 'src');
  const minutes = attributeOf(element, 'minutes');
  const sound = attributeOf(element, 'sound');
  const choices = [...element.querySelectorAll(':scope > ot-step-choice')].map((choice, index) =>
    readStep(choice, `${fallbackId}c${index + 1}`),
  );
  return {
    id: attributeOf(element, 'step-id') ?? attributeOf(element, 'choice-id') ?? fallbackId,
    label: attributeOf(element, 'label') ?? ownText(element),
    image: symbol || src ? { symbol, src, alt: attributeOf(element, 'alt') } : undefined,
    spokenText: attributeOf(element, 'spoken'),
    sound: sound && { src: sound },
    timeOfDay: attributeOf(element, 'time'),
    minutes: minutes && Number(minutes),
    state: attributeOf(element, 'state'),
    choices: choices.length ? choices : undefined,
    chosenId: attributeOf(element, 'chosen'),
  };
}

/**
 * Steps written as `<ot-step>` children of a schedule, read again whenever the page edits them (connected or
 * not). Its own reflected attributes are not markup changes.
 */
export class ScheduleMarkup implements ReactiveController {
  /** Whether the children changed since the last `read()`. */
  changed = true;
  readonly #host: ReactiveControllerHost & Element;

  constructor(host: ReactiveControllerHost & Element) {
    this.#host = host;
    host.addController(this);
    // Lit's server rendering has no MutationObserver (nor children to watch): markup is read once there.
    if (typeof MutationObserver !== 'function') return;
    new MutationObserver((records) => {
      if (records.some((record) => record.target !== host || record.type !== 'attributes')) {
        this.changed = true;
        host.requestUpdate();
      }
    }).observe(host, { childList: true, subtree: true, attributes: true, characterData: true });
  }

  hostConnected(): void {}

  /** The steps of the markup as raw values for the schema, or undefined when there are none. */
  read(): unknown[] | undefined {
    this.changed = false;
    // Lit's server rendering gives the element no children to read (its shim has no querySelectorAll).
    if (typeof this.#host.querySelectorAll !== 'function') return undefined;
    const steps = [...this.#host.querySelectorAll(':scope > ot-step')];
    return steps.length ? steps.map((step, index) => readStep(step, `s${index + 1}`)) : undefined;
  }
}
