import type { Decorator } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import './with-globals.css';

/**
 * The toolbar's theme, language and direction, applied around every story: `data-ot-theme` (tokens.css),
 * `lang` and `dir` on a wrapper. Elements take their language and direction from the nearest ancestor, so a
 * story that sets its own `lang` or `dir` still wins.
 */
export const withGlobals: Decorator = (story, context) => {
  const { otTheme = 'auto', otLang = 'en', otDir = 'ltr' } = context.globals as Record<string, string | undefined>;
  const theme = otTheme === 'auto' ? undefined : otTheme;
  // On a story's own page the whole canvas takes the theme's background; on a docs page only the story does.
  if (context.viewMode === 'story') {
    if (theme) document.body.dataset.otTheme = theme;
    else delete document.body.dataset.otTheme;
  }
  return html`<div
    class="otkit-story-globals ${context.viewMode === 'docs' ? 'otkit-story-globals--docs' : ''}"
    data-ot-theme=${theme ?? nothing}
    lang=${ifDefined(otLang)}
    dir=${ifDefined(otDir)}
  >
    ${story()}
  </div>`;
};

/** Toolbar menus for {@link withGlobals}. */
export const globalTypes = {
  otTheme: {
    description: 'Theme of the design tokens',
    toolbar: {
      title: 'Theme',
      icon: 'contrast',
      dynamicTitle: true,
      items: [
        { value: 'auto', title: 'Auto (follow the system)' },
        { value: 'light', title: 'Light' },
        { value: 'dark', title: 'Dark' },
        { value: 'high-contrast', title: 'High contrast' },
      ],
    },
  },
  otLang: {
    description: 'Language (lang)',
    toolbar: {
      title: 'Language',
      icon: 'globe',
      dynamicTitle: true,
      items: [
        { value: 'en', title: 'English' },
        { value: 'es', title: 'Español' },
      ],
    },
  },
  otDir: {
    description: 'Text direction (dir)',
    toolbar: {
      title: 'Direction',
      icon: 'transfer',
      dynamicTitle: true,
      items: [
        { value: 'ltr', title: 'Left to right' },
        { value: 'rtl', title: 'Right to left' },
      ],
    },
  },
};

/** Defaults of the toolbar menus. */
export const initialGlobals = { otTheme: 'auto', otLang: 'en', otDir: 'ltr' };
