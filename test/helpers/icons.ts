import { expect } from '@open-wc/testing';

/** The colour a system colour keyword computes to on this page. */
export function systemColor(keyword: string): string {
  const probe = document.createElement('div');
  probe.style.color = keyword;
  document.body.append(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color;
}

/**
 * Checks what a person sees on a move button: a line icon and no text, in the button's own colour, at least
 * 20 px, hidden from assistive technology, inside a target of at least 44 px; and the name it had before.
 */
export function expectLineIcon(button: HTMLElement, name: string): void {
  expect(button.getAttribute('aria-label'), 'name').to.equal(name);
  expect(button.textContent!.trim(), `${name}: no font arrow`).to.equal('');
  const icon = button.querySelector('svg');
  expect(icon, `${name}: an icon`).to.not.equal(null);
  expect(icon!.getAttribute('aria-hidden')).to.equal('true');
  const stroke = getComputedStyle(icon!.querySelector('path')!);
  expect(stroke.stroke, `${name}: drawn in the button's colour`).to.equal(getComputedStyle(button).color);
  expect(stroke.strokeLinecap).to.equal('round');
  const drawn = icon!.getBoundingClientRect();
  expect(drawn.width, 'icon width').to.be.within(20, 28);
  expect(drawn.height, 'icon height').to.be.within(20, 28);
  const target = button.getBoundingClientRect();
  expect(Math.min(target.width, target.height), 'target size').to.be.at.least(44);
}
