import { expect } from '@open-wc/testing';
import { html as litHtml, render } from 'lit';
import { OT_SYMBOLS, OT_SYMBOL_LICENSE, renderImage, symbolIds, symbolTemplate } from '@otkit/elements';

const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** A plain host for rendering (a fixture of a plain element waits for an animation frame, which a background test page may never get). */
function host(): HTMLDivElement {
  const div = document.createElement('div');
  document.body.append(div);
  return div;
}

describe('built-in symbols', () => {
  it('has at least 60 symbols, each with an id the SDK accepts and words in English and Spanish', () => {
    const ids = symbolIds();
    expect(ids.length).to.be.at.least(60);
    for (const id of ids) {
      const s = OT_SYMBOLS[id]!;
      expect(ID.test(id), id).to.equal(true);
      expect(s.en.trim(), `${id} en`).to.not.equal('');
      expect(s.es.trim(), `${id} es`).to.not.equal('');
      expect(s.d + (s.fill ?? ''), `${id} drawing`).to.match(/^[MmLlHhVvCcSsQqTtAaZz0-9 .,-]+$/);
    }
  });

  it('covers the common school and therapy activities teachers asked for', () => {
    for (const id of [
      'toilet',
      'snack',
      'recess',
      'swing',
      'scissors',
      'handwriting',
      'quiet-corner',
      'lunch',
      'bus',
      'wash-hands',
      'brush-teeth',
      'get-dressed',
      'shoes',
      'coat',
      'backpack',
      'circle-time',
      'reading',
      'writing',
      'math',
      'art',
      'music',
      'pe',
      'computer',
      'therapy-ball',
      'trampoline',
      'slide',
      'sensory-bin',
      'headphones',
      'break',
      'first',
      'then',
      'all-done',
      'wait',
      'help',
      'yes',
      'no',
      'more',
      'stop',
      'play',
      'clean-up',
      'line-up',
      'calm-breathing',
      'drink-water',
      'eat',
      'rest',
      'doctor',
      'home',
      'school',
      'friends',
      'outside',
      'inside',
      'puzzle',
      'blocks',
      'playdough',
      'crayons',
      'glue',
      'bike',
      'ball',
      'book',
      'tablet',
      'timer',
      'star',
      'hug',
    ]) {
      expect(OT_SYMBOLS[id], id).to.not.equal(undefined);
    }
  });

  it('carries its licence (CC0)', () => {
    expect(OT_SYMBOL_LICENSE.type).to.equal('CC0-1.0');
  });

  it('draws every symbol inside the 48 × 48 grid, in currentColor', async () => {
    const target = host();
    for (const id of symbolIds()) {
      render(litHtml`<svg viewBox="0 0 48 48" width="48" height="48">${symbolTemplate(id)}</svg>`, target);
      const box = (target.querySelector('g') as SVGGElement).getBBox();
      expect(box.width * box.height, `${id} draws something`).to.be.above(0);
      expect(box.x, `${id} left`).to.be.at.least(0);
      expect(box.y, `${id} top`).to.be.at.least(0);
      expect(box.x + box.width, `${id} right`).to.be.at.most(48);
      expect(box.y + box.height, `${id} bottom`).to.be.at.most(48);
      for (const p of target.querySelectorAll('path'))
        expect([p.getAttribute('stroke'), p.getAttribute('fill')]).to.include('currentColor');
    }
    target.remove();
  });

  it('renders through renderImage with a label, and nothing for an unknown id', async () => {
    const target = host();
    render(renderImage({ symbol: 'swing' }, 'Swing'), target);
    expect(target.querySelector('svg')!.getAttribute('aria-label')).to.equal('Swing');
    render(renderImage({ symbol: 'no-such-symbol' }, 'x'), target);
    expect(target.querySelector('svg')).to.equal(null);
    target.remove();
    expect(symbolTemplate('toString')).to.equal(undefined);
  });
});
