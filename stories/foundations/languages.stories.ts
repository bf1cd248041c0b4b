import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@otkit/elements/define.js';
import '../helpers/locale-probe.js';
import { createNewerDatabase } from '../helpers/idb.js';
import './foundations.css';

/**
 * Every element takes its language from the nearest `lang` attribute and its direction from the nearest
 * `dir`, crossing shadow roots, and follows changes to either at run time. OT Kit ships English and Spanish;
 * `es-MX` uses the Spanish catalog, and a language without a catalog falls back to English (its full tag is
 * still used for dates and numbers). Layouts use logical CSS properties, so right-to-left mirrors them.
 * The panels below are a story helper that shows what an element resolves.
 */
const meta: Meta = {
  title: 'Foundations/Languages',
};
export default meta;
type Story = StoryObj;

export const Resolution: Story = {
  name: 'How lang and dir resolve',
  render: () =>
    html`<div class="otkit-story-languages">
      <section lang="en">
        <h3>lang="en"</h3>
        <otkit-story-locale-probe></otkit-story-locale-probe>
      </section>
      <section lang="es">
        <h3>lang="es"</h3>
        <otkit-story-locale-probe></otkit-story-locale-probe>
      </section>
      <section lang="es-MX">
        <h3>lang="es-MX"</h3>
        <otkit-story-locale-probe></otkit-story-locale-probe>
      </section>
      <section lang="fr-CA">
        <h3>lang="fr-CA" (no catalog: English)</h3>
        <otkit-story-locale-probe></otkit-story-locale-probe>
      </section>
      <section lang="ar" dir="rtl">
        <h3>lang="ar" dir="rtl"</h3>
        <otkit-story-locale-probe></otkit-story-locale-probe>
      </section>
      <section lang="es" dir="rtl">
        <h3>lang="es" dir="rtl"</h3>
        <otkit-story-locale-probe></otkit-story-locale-probe>
      </section>
    </div>`,
};

/** Change `lang` or `dir` on an ancestor after the element rendered: it re-renders in the new language. */
export const Live: Story = {
  name: 'Switching at run time',
  render: () => {
    const flip = (e: Event) => {
      const box = (e.currentTarget as HTMLElement).closest('[data-live]')!;
      const es = box.getAttribute('lang') !== 'es';
      box.setAttribute('lang', es ? 'es' : 'en');
      box.setAttribute('dir', es ? 'rtl' : 'ltr');
    };
    return html`<div data-live lang="en" dir="ltr">
      <p><button type="button" @click=${flip}>Switch English LTR ⇄ Spanish RTL</button></p>
      <otkit-story-locale-probe></otkit-story-locale-probe>
    </div>`;
  },
};

const BLOCKED = 'otkit-storybook-languages-unavailable';

/** A real element's text in both languages: the provider's storage notice. */
export const ProviderNotice: Story = {
  name: 'Provider notice in English and Spanish',
  loaders: [async () => createNewerDatabase(BLOCKED)],
  render: () =>
    html`<div class="otkit-story-languages">
      <section lang="en">
        <h3>English</h3>
        <ot-provider database=${BLOCKED}></ot-provider>
      </section>
      <section lang="es" dir="rtl">
        <h3>Español, RTL</h3>
        <ot-provider database=${BLOCKED}></ot-provider>
      </section>
    </div>`,
};
