import type { ReactiveController, ReactiveElement } from 'lit';
import type { OtSessionTimerView } from '@otkit/sdk';

/** What the countdown needs of its host: its shadow root, the view shown, and the time of that view. */
export interface CountdownHost extends ReactiveElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

interface Running {
  readonly key: string;
  readonly animations: Animation[];
  /** The clock time the animations' time 0 stands for. */
  readonly startedAt: number;
}

/** How far a playing animation may be from the session's clock before it is moved to it, in ms. */
const DRIFT = 100;
const rotate = (degrees: number) => ({ transform: `rotate(${degrees}deg)` });
const scaleX = (share: number) => ({ transform: `scaleX(${share})` });

/**
 * Moves the disc's sector, the bar and the session progress with transform animations (Web Animations), so
 * the compositor draws every frame and the main thread only starts an animation when the phase, its time or
 * the status changes — never once a tick. Under reduced motion nothing moves by itself: the animations are
 * held and set to the current time at each update, so the countdown moves in plain steps.
 *
 * The disc is a 60-minute face whose sector shrinks toward 12 o'clock like a Time Timer's: two half discs,
 * each clipped to one half of the face, rotate to show up to 180° each.
 */
export class CountdownController implements ReactiveController {
  readonly #host: CountdownHost;
  readonly #view: () => { view: OtSessionTimerView; now: number } | undefined;
  readonly #running = new Map<string, Running>();
  readonly #reducedMotion =
    typeof matchMedia === 'function' ? matchMedia('(prefers-reduced-motion: reduce)') : undefined;

  constructor(host: CountdownHost, view: () => { view: OtSessionTimerView; now: number } | undefined) {
    this.#host = host;
    this.#view = view;
    host.addController(this);
  }

  hostDisconnected(): void {
    for (const running of this.#running.values()) running.animations.forEach((a) => a.cancel());
    this.#running.clear();
  }

  hostUpdated(): void {
    const shown = this.#view();
    const root = this.#host.renderRoot;
    const find = (selector: string) => root.querySelector<HTMLElement>(selector);
    if (!shown) return;
    const { view, now } = shown;
    const s = view.state;
    const running = s.status === 'running';
    // While running, the instant the phase's time runs out stays the same from tick to tick: the key does too.
    const phaseLeft = s.phaseRemaining;
    const phaseKey = `${s.status}|${s.index}|${view.phaseScale}|${Math.round(running ? s.at + phaseLeft : phaseLeft)}`;
    const sessionLeft = Math.max(0, s.planned - s.elapsed);
    const sessionKey = `${s.status}|${s.planned}|${Math.round(running ? s.at - s.elapsed : s.elapsed)}`;
    const first = find('.half-first');
    const second = find('.half-second');
    if (first && second) this.#play('disc', [first, second], phaseKey, now, running, () => this.#sector(view));
    else this.#stop('disc');
    const bar = find('[part~="bar"] > span');
    if (bar)
      this.#play('bar', [bar], phaseKey, now, running, () => [
        { keyframes: [scaleX(view.phaseFraction), scaleX(0)], duration: phaseLeft },
      ]);
    else this.#stop('bar');
    const progress = find('[part~="progress"] > span');
    if (progress)
      this.#play('progress', [progress], sessionKey, now, running, () => [
        { keyframes: [scaleX(view.progress.fraction), scaleX(1)], duration: sessionLeft },
      ]);
    else this.#stop('progress');
  }

  /** The two half discs: the first shows up to 180° of what is left, the second the rest. */
  #sector(view: OtSessionTimerView): { keyframes: Keyframe[]; duration: number }[] {
    const left = view.state.phaseRemaining;
    const degrees = view.phaseFraction * 360;
    if (degrees <= 180)
      return [
        { keyframes: [rotate(degrees), rotate(0)], duration: left },
        { keyframes: [rotate(0), rotate(0)], duration: left },
      ];
    // The second half empties first; from then on the first one does.
    const halfway = (degrees - 180) / degrees;
    return [
      { keyframes: [rotate(180), { ...rotate(180), offset: halfway }, rotate(0)], duration: left },
      { keyframes: [rotate(degrees - 180), { ...rotate(0), offset: halfway }, rotate(0)], duration: left },
    ];
  }

  #play(
    name: string,
    targets: HTMLElement[],
    key: string,
    now: number,
    running: boolean,
    build: () => { keyframes: Keyframe[]; duration: number }[],
  ): void {
    let current = this.#running.get(name);
    const sameTargets = current?.animations.every((a, i) => (a.effect as KeyframeEffect).target === targets[i]);
    if (!current || current.key !== key || !sameTargets) {
      current?.animations.forEach((a) => a.cancel());
      const animations = build().map(({ keyframes, duration }, i) =>
        targets[i]!.animate(keyframes, { duration: Math.max(0, duration), fill: 'both', easing: 'linear' }),
      );
      current = { key, animations, startedAt: now };
      this.#running.set(name, current);
    }
    const still = !running || this.#reducedMotion?.matches;
    const time = running ? Math.max(0, now - current.startedAt) : 0;
    for (const animation of current.animations) {
      if (still) animation.pause();
      else if (animation.playState === 'paused') animation.play();
      // A clock that is not the page's (a manual one in tests and stories, a clock set by the host) is followed
      // by seeking; the page's own clock agrees with the animation timeline, so a playing animation is left alone.
      if (still || Math.abs(Number(animation.currentTime ?? 0) - time) > DRIFT) animation.currentTime = time;
    }
  }

  #stop(name: string): void {
    this.#running.get(name)?.animations.forEach((a) => a.cancel());
    this.#running.delete(name);
  }
}
