import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@otkit/elements/define.js';
import * as Board from '../ot-choice-board.stories.js';
import { storyBoard } from '../data/choice-boards.js';
import { inPhone, neverLoadingStore } from './phone.js';

/**
 * States of `<ot-choice-board>` its own page does not show: on a phone, scanning by rows, read-only, and waiting
 * for its store.
 * Reviewed in screenshots at 1280 and 390 px in every theme (`npm run screenshots`).
 */
const meta: Meta = {
  title: 'States/Choice board',
  component: 'ot-choice-board',
  tags: ['!autodocs'],
};
export default meta;
type Story = StoryObj;

/** 12 choices on a 390 px phone: two columns of tiles at least 9rem wide, no word broken. */
export const Phone: Story = {
  decorators: [inPhone],
  render: () => html`<ot-choice-board .board=${storyBoard(12)}></ot-choice-board>`,
};

/** Auto scanning on a phone: the highlight is the focus colour, thick, not an alarm red. */
export const PhoneScanning: Story = {
  ...(Board.AutoScanning as Story),
  name: 'Phone, auto scanning',
  args: { ...Board.default.args, ...Board.AutoScanning.args },
  render: Board.default.render as Story['render'],
  decorators: [inPhone],
};

/**
 * Scanning by rows, the highlight held on a row (step scanning waits for a switch): the whole outline of the row
 * shows, at the grid's edges too, and never over the next row's tiles — also under forced colours.
 */
export const RowScanning: Story = {
  name: 'Scanning by rows',
  render: () => html`<ot-choice-board scan="step" scan-pattern="row-column" .board=${storyBoard(9)}></ot-choice-board>`,
};

/** Read-only (`disabled`): shown, not choosable. */
export const ReadOnly: Story = {
  name: 'Read-only (disabled)',
  render: () => html`<ot-choice-board disabled .board=${storyBoard(6)}></ot-choice-board>`,
};

/** Connected to a store that has not loaded yet: the board's loading state. */
export const Loading: Story = {
  render: () =>
    html`<ot-provider storage="memory" .store=${neverLoadingStore()}>
      <ot-choice-board board-id="story-board"></ot-choice-board>
    </ot-provider>`,
};
