// Text contrast as a reader sees it: for every visible text node under a root (through shadow roots and slots),
// the computed text colour against the colours actually painted behind it, composited up the composed tree to
// the page. axe leaves many of these as "needs review" (no background found on the element itself), which is how
// white-on-white text passed CI. Used by test/elements/theme-surface.test.ts and scripts/storybook-smoke.mjs
// (serialised into the page with page.evaluate, so `findLowTextContrast` must not use anything from this module).

/**
 * Every visible text run under `root` whose contrast with what is painted behind it is below WCAG 1.4.3
 * (4.5:1, or 3:1 for large text: 24 px, or 18.66 px bold). Disabled controls are exempt, as in WCAG; text drawn
 * over a picture or gradient cannot be computed and is skipped.
 * @param {Element} root
 * @returns {{ text: string, where: string, color: string, background: string, ratio: number, needed: number }[]}
 */
export function findLowTextContrast(root) {
  const parse = (value) => {
    const m = /rgba?\(([^)]+)\)/.exec(value);
    if (!m) return [0, 0, 0, 0];
    const [r, g, b, a = '1'] = m[1].split(/[\s,/]+/).filter(Boolean);
    return [Number(r), Number(g), Number(b), Number(a)];
  };
  const over = (top, bottom) => {
    const a = top[3] + bottom[3] * (1 - top[3]);
    if (a === 0) return [0, 0, 0, 0];
    const mix = (i) => (top[i] * top[3] + bottom[i] * bottom[3] * (1 - top[3])) / a;
    return [mix(0), mix(1), mix(2), a];
  };
  const luminance = ([r, g, b]) => {
    const lin = (v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
  };
  const ratio = (a, b) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (hi + 0.05) / (lo + 0.05);
  };
  const css = (c) => `rgb(${c.slice(0, 3).map(Math.round).join(' ')})`;
  // The composed tree: a slotted node's parent is its slot, a shadow root's parent is its host.
  const parentOf = (node) => {
    if (node.assignedSlot) return node.assignedSlot;
    const parent = node.parentNode;
    return parent instanceof ShadowRoot ? parent.host : parent instanceof Element ? parent : null;
  };
  const describe = (el) => {
    const names = [];
    for (let at = el; at && names.length < 4; at = parentOf(at)) {
      const part = at.getAttribute('part');
      names.unshift(at.localName.includes('-') ? at.localName : part ? `[part=${part}]` : at.localName);
      if (at.localName.includes('-')) break;
    }
    return names.join(' > ');
  };
  const exempt = (el) => {
    for (let at = el; at; at = parentOf(at)) {
      if (at.matches(':disabled, [aria-disabled="true"], [inert], .visually-hidden, .sr-only')) return true;
    }
    // Clipped to a pixel: text for screen readers only.
    return el.getBoundingClientRect().width <= 1;
  };
  /** The colour behind `el`, or undefined when a picture or gradient is part of it. */
  const backgroundOf = (el) => {
    const layers = [];
    let opacity = 1;
    for (let at = el; at; at = parentOf(at)) {
      const style = getComputedStyle(at);
      if (style.backgroundImage !== 'none') return undefined;
      const colour = parse(style.backgroundColor);
      opacity *= Number(style.opacity);
      if (colour[3] > 0) layers.push(colour);
      if (colour[3] === 1) return { colour: layers.reduceRight((below, top) => over(top, below)), opacity };
    }
    // Nothing opaque up to the root: the canvas, white unless the page asked for a dark scheme.
    const canvas = getComputedStyle(document.documentElement).colorScheme.includes('dark')
      ? [18, 18, 18, 1]
      : [255, 255, 255, 1];
    return { colour: layers.reduceRight((below, top) => over(top, below), canvas), opacity };
  };

  const failures = [];
  const visit = (node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node.textContent.trim();
      const el = parentOf(node);
      if (!text || !el || !el.checkVisibility({ opacityProperty: true, visibilityProperty: true }) || exempt(el))
        return;
      const behind = backgroundOf(el);
      if (!behind) return;
      const style = getComputedStyle(el);
      const fg = parse(style.color);
      const seen = over([fg[0], fg[1], fg[2], fg[3] * behind.opacity], behind.colour);
      const size = parseFloat(style.fontSize);
      const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
      const needed = large ? 3 : 4.5;
      const value = ratio(seen, behind.colour);
      if (value < needed - 0.005)
        failures.push({
          text: text.slice(0, 40),
          where: describe(el),
          color: css(seen),
          background: css(behind.colour),
          ratio: Math.round(value * 100) / 100,
          needed,
        });
      return;
    }
    if (!(node instanceof Element) && !(node instanceof ShadowRoot)) return;
    if (node instanceof Element && node.matches('script, style, template, title, desc')) return;
    if (node instanceof Element && node.shadowRoot) visit(node.shadowRoot);
    // Slotted children are reached through their slot, in place; others are not rendered.
    if (node instanceof HTMLSlotElement) {
      const assigned = node.assignedNodes({ flatten: false });
      for (const child of assigned.length ? assigned : node.childNodes) visit(child);
      return;
    }
    if (node instanceof Element && node.shadowRoot) return;
    for (const child of node.childNodes) visit(child);
  };
  visit(root);
  return failures;
}
