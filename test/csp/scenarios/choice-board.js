// Strict-CSP scenario for <ot-choice-board>: renders the board in the states that touch the CSP-sensitive
// paths (pictures from data: URLs and symbols, background colours and grid sizes set through the CSSOM,
// the scan highlight, the dwell indicator, the confirm step, the error state, the store, an imported OBF
// board). Plain browser JS; the page loads the CDN bundle.
// OBF import is not in the CDN bundle; it comes from the SDK's own build (@otkit/sdk/obf).
import { importObf } from '/packages/sdk/dist/obf.js';

const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGD4DwABBAEAwS2OUAAAAABJRU5ErkJggg==';

function board(id = 'csp') {
  return {
    id,
    name: 'Break time',
    language: 'en',
    grid: {
      rows: 2,
      columns: 3,
      order: [
        ['swing', 'snack', null],
        ['paint', 'music', 'sand'],
      ],
    },
    choices: [
      { id: 'swing', label: 'Swing', image: { symbol: 'swing' }, background: 'rgb(255, 230, 120)' },
      { id: 'snack', label: 'Snack', image: { src: PNG, alt: '' }, background: '#cce5ff' },
      { id: 'paint', label: 'Paint', unavailable: true },
      { id: 'music', label: 'صرخة', language: 'ar' },
      { id: 'sand', label: 'Sand', hidden: true },
    ],
  };
}

function add(root, attrs = {}, props = {}) {
  const el = document.createElement('ot-choice-board');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  Object.assign(el, { board: board() }, props);
  root.append(el);
  el.speech.synth = null; // no sound from a test page
  return el;
}

export default async function choiceBoardScenario(root) {
  const plain = add(root, { value: 'swing' });
  const multiple = add(root, { multiple: '', value: 'swing snack', lang: 'es' });
  const scanning = add(root, { scan: 'auto', 'scan-pattern': 'row-column', 'scan-interval': '50' });
  const dwell = add(root, { 'dwell-time': '200' });
  const confirm = add(root, { confirm: '', dir: 'rtl' });
  const broken = add(root, {}, { board: { name: '', choices: [] } });
  const { board: imported } = importObf({
    format: 'open-board-0.1',
    id: 'obf',
    locale: 'en',
    name: 'Imported',
    buttons: [
      { id: '1', label: 'Yes', image_id: 'i', background_color: 'rgb(200, 255, 200)' },
      { id: '2', label: 'No' },
    ],
    grid: { rows: 1, columns: 2, order: [['1', '2']] },
    images: [{ id: 'i', data: PNG, content_type: 'image/png', width: 1, height: 1 }],
    sounds: [],
  });
  const fromObf = add(root, {}, { board: imported });
  const provider = document.createElement('ot-provider');
  provider.setAttribute('storage', 'memory');
  root.append(provider);
  await provider.updateComplete;
  await provider.store.choiceBoards.put({ ...board('stored'), createdAt: 1 });
  const connected = add(provider, { 'board-id': 'stored' }, { board: undefined });

  const all = [plain, multiple, scanning, dwell, confirm, broken, fromObf, connected];
  await Promise.all(all.map((el) => el.updateComplete));
  // User paths: choose, confirm, dwell, scan a step, choose in the store.
  plain.shadowRoot.querySelectorAll('[part~="choice"]')[1].click();
  confirm.shadowRoot.querySelector('[part~="choice"]').click();
  await confirm.updateComplete;
  dwell.shadowRoot
    .querySelector('[part~="choice"]')
    .dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true, pointerType: 'mouse' }));
  connected.shadowRoot.querySelector('[part~="choice"]').click();
  await new Promise((resolve) => setTimeout(resolve, 300));
  scanning.scan = 'off';
  await Promise.all(all.map((el) => el.updateComplete));
  return all;
}
