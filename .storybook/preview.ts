import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import customElements from '../packages/elements/custom-elements.json';
import '../packages/elements/src/styles/tokens.css';
import '../packages/elements/src/define.js';

setCustomElementsManifest(customElements);

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    controls: { expanded: true },
    options: { storySort: { order: ['Introduction', 'Examples', 'Elements', 'Foundations'] } },
  },
};
export default preview;
