import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { importObz, importObzSet, type OtBoardSet, type OtObfImport } from '@otkit/sdk/obf';
import type { OtWordClass } from '@otkit/sdk';
import '@otkit/elements/define.js';
import type { OtChoiceBoardData } from '@otkit/elements';
import pathImages from '../test/fixtures/obf/path_images.obz?url';
import linksPackage from '../test/fixtures/obf/links.obz?url';
import { arabicBoard, seedBoard, sessionBoard, spanishBoard, storyBoard } from './data/choice-boards.js';

type Args = {
  multiple: boolean;
  confirm: boolean;
  disabled: boolean;
  required: boolean;
  scan: 'off' | 'auto' | 'step';
  scanPattern: 'linear' | 'row-column';
  scanInterval: number;
  cue: 'none' | 'tone' | 'speech';
  dwellTime: number;
  noSpeech: boolean;
  columns: number;
  switchAnywhere: boolean;
};

function board(
  args: Args,
  data: OtChoiceBoardData | undefined,
  extra: TemplateResult | typeof nothing = nothing,
): TemplateResult {
  return html`<ot-choice-board
      .board=${data}
      ?multiple=${args.multiple}
      ?confirm=${args.confirm}
      ?disabled=${args.disabled}
      ?required=${args.required}
      ?no-speech=${args.noSpeech}
      ?switch-anywhere=${args.switchAnywhere}
      scan=${args.scan}
      scan-pattern=${args.scanPattern}
      scan-interval=${args.scanInterval}
      cue=${args.cue}
      dwell-time=${args.dwellTime}
      columns=${args.columns}
    ></ot-choice-board>
    ${extra}`;
}

/**
 * A board of pictures for a child to choose from: by touch or pointer, keyboard (one tab stop, arrow
 * keys), switch scanning (auto with one switch, step with two; Space / Enter by default, Escape stops), or
 * dwell. Speech says the choice (in its own language) when it is chosen.
 */
const meta: Meta<Args> = {
  title: 'Elements/Choice board',
  component: 'ot-choice-board',
  args: {
    multiple: false,
    confirm: false,
    disabled: false,
    required: false,
    scan: 'off',
    scanPattern: 'linear',
    scanInterval: 2000,
    cue: 'none',
    dwellTime: 0,
    noSpeech: false,
    columns: 0,
    switchAnywhere: false,
  },
  argTypes: {
    scan: { control: 'inline-radio', options: ['off', 'auto', 'step'] },
    scanPattern: { control: 'inline-radio', options: ['linear', 'row-column'] },
    cue: { control: 'inline-radio', options: ['none', 'tone', 'speech'] },
    scanInterval: { control: { type: 'range', min: 500, max: 5000, step: 250 } },
    dwellTime: { control: { type: 'range', min: 0, max: 3000, step: 100 } },
    columns: { control: { type: 'number', min: 0, max: 12 } },
  },
  render: (args) => board(args, storyBoard(6)),
};
export default meta;
type Story = StoryObj<Args>;

export const Playground: Story = {};

export const TwoChoices: Story = {
  name: '2 choices',
  render: (args) => board(args, storyBoard(2, { name: 'First, then' })),
};

export const SixWithPictures: Story = {
  name: '6 with pictures',
  render: (args) => board(args, storyBoard(6)),
};

export const TwentyFourInAGrid: Story = {
  name: '24 in a grid',
  render: (args) => {
    const data = storyBoard(24);
    const ids = data.choices.map((c) => c.id);
    // Four rows of six with an empty column in the middle, as AAC boards are often laid out.
    const order = Array.from({ length: 4 }, (_, r) => [
      ...ids.slice(r * 6, r * 6 + 3),
      null,
      ...ids.slice(r * 6 + 3, r * 6 + 6),
    ]);
    return board(args, { ...data, grid: { rows: 4, columns: 7, order } });
  },
};

export const Unavailable: Story = {
  name: 'Unavailable items',
  render: (args) => {
    const data = storyBoard(6);
    data.choices[1]!.unavailable = true;
    data.choices[4]!.unavailable = true;
    return board(args, data);
  },
};

export const Empty: Story = { render: (args) => board(args, undefined) };

export const ErrorState: Story = {
  name: 'Bad data',
  render: (args) => board(args, { name: '', choices: [{ id: 'a', label: '' }] } as OtChoiceBoardData),
};

export const MultipleWithConfirm: Story = {
  name: 'Multiple, with a confirm step',
  args: { multiple: true, confirm: true },
};

export const InAForm: Story = {
  name: 'In a form (required)',
  args: { required: true },
  render: () =>
    html`<form
      @submit=${(e: SubmitEvent) => {
        e.preventDefault();
        const out = (e.target as HTMLFormElement).querySelector('output')!;
        out.value = JSON.stringify([...new FormData(e.target as HTMLFormElement)]);
      }}
    >
      <ot-choice-board name="activity" required .board=${storyBoard(6)}></ot-choice-board>
      <p><button type="submit">Send</button> <button type="reset">Reset</button> <output></output></p>
    </form>`,
};

export const Connected: Story = {
  name: 'Connected to the store',
  render: (args) => {
    const data = sessionBoard();
    return html`<ot-provider storage="memory">
      <ot-choice-board
        board-id=${data.id}
        scan=${args.scan}
        dwell-time=${args.dwellTime}
        ${seedBoard(data)}
      ></ot-choice-board>
    </ot-provider>`;
  },
};

export const AutoScanning: Story = {
  name: 'Auto scanning (one switch)',
  // The page lets a switch press anywhere start, resume and drive the scan (a switch user cannot Tab).
  args: { scan: 'auto', scanPattern: 'row-column', scanInterval: 1500, cue: 'tone', switchAnywhere: true },
  render: (args) => board(args, storyBoard(12)),
};

export const StepScanning: Story = {
  name: 'Step scanning (two switches)',
  args: { scan: 'step' },
};

export const Dwell: Story = {
  args: { dwellTime: 1200 },
};

export const ImportedObf: Story = {
  name: 'An imported OBF board',
  loaders: [
    async (): Promise<{ imported: OtObfImport }> => {
      // The package ships with Storybook as a static file of its own origin: no request leaves the page's server.
      return { imported: await importObz(await (await fetch(pathImages)).blob()) };
    },
  ],
  render: (args, { loaded }) => {
    const { board: data, skipped } = (loaded as { imported: OtObfImport }).imported;
    return board(
      args,
      data,
      html`<details open>
        <summary>
          Imported from <code>path_images.obz</code> (CoughDrop sample, MIT): ${skipped.length} things left out
        </summary>
        <ul>
          ${skipped.map((s) => html`<li><code>${s.path}</code>: ${s.reason}</li>`)}
        </ul>
      </details>`,
    );
  },
};

export const Spanish: Story = {
  render: (args) => html`<div lang="es">${board(args, spanishBoard())}</div>`,
};

export const RightToLeft: Story = {
  name: 'Right to left',
  render: (args) => html`<div lang="ar" dir="rtl">${board(args, arabicBoard())}</div>`,
};

export const ForcedColors: Story = {
  name: 'Forced colors',
  args: { scan: 'step', multiple: true },
  render: (args) => {
    const data = storyBoard(6);
    data.choices[2]!.unavailable = true;
    return html`<p>
        To see this as Windows High Contrast users do, turn on forced colors: DevTools › Rendering › Emulate CSS media
        feature forced-colors: active. The scan highlight, selection and focus stay visible in system colours.
      </p>
      <ot-choice-board
        .board=${data}
        value="choice-1 choice-4"
        ?multiple=${args.multiple}
        scan=${args.scan}
      ></ot-choice-board>`;
  },
};

export const BoardSet: Story = {
  name: 'A board set (links, Back, Home)',
  loaders: [
    async (): Promise<{ set: OtBoardSet }> => {
      // CoughDrop's sample package (MIT), served by Storybook itself: no request leaves the page's server.
      const bytes = await (await fetch(linksPackage)).arrayBuffer();
      return { set: (await importObzSet(bytes, { setId: 'links' })).set };
    },
  ],
  render: (args, { loaded }) =>
    html`<p>Choose "feelings" or "colors" to open their boards; Back and Home return.</p>
      <ot-choice-board
        .boardSet=${(loaded as { set: OtBoardSet }).set}
        scan=${args.scan}
        scan-interval=${args.scanInterval}
        ?switch-anywhere=${args.switchAnywhere}
      ></ot-choice-board>`,
};

/** A few words of a core vocabulary, by word class: enough to fill a 12 × 12 board. */
const CORE_WORDS: Record<OtWordClass, string[]> = {
  pronoun: ['I', 'you', 'he', 'she', 'we', 'they', 'it', 'me', 'my', 'your', 'mom', 'dad'],
  verb: [
    'go',
    'stop',
    'want',
    'like',
    'eat',
    'drink',
    'play',
    'help',
    'look',
    'make',
    'open',
    'put',
    'get',
    'come',
    'turn',
    'feel',
    'read',
    'sleep',
    'wash',
    'give',
  ],
  adjective: [
    'big',
    'little',
    'hot',
    'cold',
    'good',
    'bad',
    'happy',
    'sad',
    'fast',
    'slow',
    'loud',
    'quiet',
    'new',
    'old',
    'red',
    'blue',
  ],
  adverb: ['more', 'again', 'now', 'later', 'here', 'there', 'very', 'too'],
  noun: [
    'ball',
    'book',
    'car',
    'cup',
    'dog',
    'cat',
    'food',
    'water',
    'home',
    'school',
    'park',
    'toy',
    'bed',
    'bath',
    'shoes',
    'coat',
    'apple',
    'bubbles',
    'music',
    'swing',
    'slide',
    'snack',
    'juice',
    'TV',
  ],
  social: [
    'hi',
    'bye',
    'please',
    'thank you',
    'yes',
    'sorry',
    'my turn',
    'your turn',
    'uh oh',
    'wow',
    'help me',
    'all done',
  ],
  question: ['what', 'where', 'who', 'when', 'why', 'how', 'which', 'can I'],
  negation: ['no', 'not', "don't", "can't", 'never', 'none'],
  preposition: ['in', 'on', 'off', 'up', 'down', 'out', 'with', 'to', 'under', 'over'],
  determiner: ['a', 'the', 'this', 'that', 'some', 'all', 'other', 'any'],
  conjunction: ['and', 'or', 'but', 'because', 'if', 'so'],
  misc: ['finished', 'wait', 'oops', 'okay', 'maybe', 'go away', 'listen', 'tickle', 'hug', 'break'],
};

/** A 12 × 12 core board as an AAC app exports it: empty spacer cells on the diagonal, words coloured by class. */
function coreBoard(): OtChoiceBoardData {
  const words = Object.entries(CORE_WORDS).flatMap(([wordClass, list]) =>
    list.map((label) => ({ label, wordClass: wordClass as OtWordClass })),
  );
  const choices = words.slice(0, 132).map((word, index) => ({ id: `w${index}`, ...word }));
  let next = 0;
  const order = Array.from({ length: 12 }, (_, row) =>
    Array.from({ length: 12 }, (_, column) => (row === column ? null : choices[next++]!.id)),
  );
  return { name: 'Core words', obf: { id: 'core-words' }, choices, grid: { rows: 12, columns: 12, order } };
}

export const BigBoard: Story = {
  name: 'A 12 × 12 core board (imported AAC size)',
  render: (args) => board(args, coreBoard()),
};

export const FitzgeraldKey: Story = {
  name: 'Fitzgerald key colours',
  render: () => html`<ot-choice-board color-coding="fitzgerald" .board=${coreBoard()}></ot-choice-board>`,
};
