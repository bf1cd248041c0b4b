import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import customElements from '../packages/elements/custom-elements.json';
import '../packages/elements/src/styles/tokens.css';
import '../packages/elements/src/define.js';
import { globalTypes, initialGlobals, withGlobals } from '../stories/decorators/with-globals.js';

setCustomElementsManifest(customElements);

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withGlobals],
  globalTypes,
  initialGlobals,
  parameters: {
    controls: { expanded: true },
    options: { storySort: { order: ['Introduction', 'Examples', 'Elements', 'Foundations'] } },
  },
};
export default preview;
