/**
 * The shape of OT Kit's events: a typed, read-only `detail`, bubbling out of shadow roots (`composed`), and
 * cancelable only for intent events. Each event keeps its own exported class (and its
 * `GlobalEventHandlersEventMap` entry); sharing the constructor keeps the bundle small.
 */
export class OtDetailEvent<T> extends Event {
  readonly detail: T;
  constructor(type: string, detail: T, cancelable = false) {
    super(type, { bubbles: true, composed: true, cancelable });
    this.detail = detail;
  }
}
