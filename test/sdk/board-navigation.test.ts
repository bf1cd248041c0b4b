import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  OT_FITZGERALD_COLORS,
  OT_MAX_OPEN_PATH,
  boardSetView,
  choiceColor,
  createStore,
  getRecord,
  localizeBoard,
  memoryAdapter,
  navigateBoardSet,
  nextOpenPath,
  putBoardSet,
  unshownParts,
  type OtChoiceBoard,
} from '@otkit/sdk';

const boardOf = (id: string, links: string[] = []): OtChoiceBoard => ({
  id,
  name: `Board ${id}`,
  createdAt: 0,
  choices: [
    { id: 'here', label: 'Here' },
    ...links.map((to) => ({ id: `to-${to}`, label: to, loadBoard: { boardId: to } })),
  ],
});

const stepArb = fc.oneof(
  fc.record({ kind: fc.constant('open' as const), boardId: fc.constantFrom('a', 'b', 'c', 'd', 'home') }),
  fc.constant({ kind: 'back' as const }),
  fc.constant({ kind: 'home' as const }),
);

describe('board-set navigation (SDK)', () => {
  it('keeps the open path short and free of repeats and of the home board, whatever the steps', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 80 }), (steps) => {
        let path: string[] = [];
        for (const step of steps) {
          const before = path;
          path = nextOpenPath(path, step, 'home');
          if (step.kind === 'home') expect(path).to.deep.equal([]);
          if (step.kind === 'back') expect(path).to.deep.equal(before.slice(0, -1));
          if (step.kind === 'open' && step.boardId !== 'home') expect(path.at(-1)).to.equal(step.boardId);
        }
        expect(new Set(path).size).to.equal(path.length);
        expect(path).not.to.include('home');
        expect(path.length).to.be.at.most(OT_MAX_OPEN_PATH);
      }),
    );
  });

  it('shows the last board of the path that exists, and the trail to it', () => {
    const boards = new Map(['a', 'b'].map((id) => [id, boardOf(id)]));
    const home = boardOf('home');
    const view = boardSetView(home, ['a', 'gone', 'b'], (id) => boards.get(id));
    expect(view.current.id).to.equal('a');
    expect(view.path).to.deep.equal(['a']);
    expect(view.trail.map((t) => t.name)).to.deep.equal(['Board home', 'Board a']);
    expect(boardSetView(home, [], (id) => boards.get(id)).atHome).to.equal(true);
  });

  it('navigateBoardSet keeps the path on the home board, and refuses unknown boards naming them', async () => {
    const store = createStore({ adapter: memoryAdapter() });
    await putBoardSet(store, {
      id: 'set',
      root: 'home',
      boards: [boardOf('home', ['a']), boardOf('a', ['b']), boardOf('b')],
    });
    expect(await navigateBoardSet(store, 'home', { kind: 'open', boardId: 'a' })).to.deep.equal(['a']);
    expect(await navigateBoardSet(store, 'home', { kind: 'open', boardId: 'b' })).to.deep.equal(['a', 'b']);
    expect(getRecord(store.getState(), 'choiceBoards', 'home')!.openPath).to.deep.equal(['a', 'b']);
    expect(await navigateBoardSet(store, 'home', { kind: 'back' })).to.deep.equal(['a']);
    let error: unknown;
    await navigateBoardSet(store, 'home', { kind: 'open', boardId: 'nowhere' }).catch((e: unknown) => (error = e));
    expect((error as Error).message).to.contain('nowhere');
    expect(getRecord(store.getState(), 'choiceBoards', 'home')!.openPath).to.deep.equal(['a']);
    expect(await navigateBoardSet(store, 'home', { kind: 'home' })).to.deep.equal([]);
    expect(getRecord(store.getState(), 'choiceBoards', 'home')!.openPath).to.equal(undefined);
  });
});

describe('board content (SDK)', () => {
  const translated: OtChoiceBoard = {
    ...boardOf('t'),
    language: 'en',
    choices: [
      {
        id: 'swing',
        label: 'Swing',
        spokenText: 'the swing',
        strings: { es: { label: 'Columpio' }, 'pt-BR': { label: 'Balanço', spokenText: 'o balanço' } },
      },
      { id: 'ball', label: 'Ball' },
    ],
  };

  it('localizes labels by exact tag, then base language, and keeps ids', () => {
    expect(
      localizeBoard(translated, 'es-MX').choices.map((c) => [c.id, c.label, c.spokenText, c.language]),
    ).to.deep.equal([
      ['swing', 'Columpio', undefined, 'es'],
      ['ball', 'Ball', undefined, undefined],
    ]);
    expect(localizeBoard(translated, 'pt-BR').choices[0]).to.include({ label: 'Balanço', spokenText: 'o balanço' });
    expect(localizeBoard(translated, 'en-GB')).to.equal(translated);
    expect(localizeBoard(translated, 'fr')).to.equal(translated);
  });

  it('colours by the Fitzgerald key only when asked, else keeps the choice’s own background', () => {
    expect(choiceColor({ wordClass: 'verb', background: 'rgb(1, 2, 3)' }, 'fitzgerald')).to.equal(
      OT_FITZGERALD_COLORS.verb,
    );
    expect(choiceColor({ wordClass: 'verb', background: 'rgb(1, 2, 3)' })).to.equal('rgb(1, 2, 3)');
    expect(choiceColor({ background: 'rgb(1, 2, 3)' }, 'fitzgerald')).to.equal('rgb(1, 2, 3)');
  });

  it('names choices the grid leaves out and links to boards outside the set', () => {
    const board: OtChoiceBoard = {
      ...boardOf('x', ['in', 'out']),
      choices: [
        ...boardOf('x', ['in', 'out']).choices,
        { id: 'lost', label: '' },
        { id: 'gone', label: 'Gone', hidden: true },
      ],
      grid: { rows: 1, columns: 3, order: [['here', 'to-in', 'to-out']] },
    };
    expect(unshownParts(board, (id) => id === 'in')).to.deep.equal([
      { path: 'choices.2.loadBoard', label: 'out', reason: 'link-outside-set' },
      { path: 'choices.3', label: 'lost', reason: 'not-in-grid' },
    ]);
  });
});
