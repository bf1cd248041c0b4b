/**
 * Arrow keys, Home and End move the focus among the steps' check-off buttons and a choice step's activities
 * (left and right follow the reading direction); hidden steps of a now / next view are skipped.
 */
export function moveAmongSteps(event: KeyboardEvent, root: ParentNode, dir: 'ltr' | 'rtl'): void {
  const ahead = dir === 'rtl' ? -1 : 1;
  const moves: Record<string, number> = {
    ArrowDown: 1,
    ArrowUp: -1,
    ArrowRight: ahead,
    ArrowLeft: -ahead,
    Home: -Infinity,
    End: Infinity,
  };
  const step = moves[event.key];
  const buttons = [...root.querySelectorAll<HTMLElement>('li:not(.off) :is([part~="check"], [part~="choice"])')];
  const from = buttons.indexOf(event.target as HTMLElement);
  if (!step || from < 0) return;
  event.preventDefault();
  buttons[Math.max(0, Math.min(buttons.length - 1, from + step))]!.focus();
}
