import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createStore, listRecords, memoryAdapter } from '@otkit/sdk';
import type { OtHomeProgram } from '@otkit/elements';
import { M, button, click, hasButton, root, timer } from '../session-timer/helpers.js';

/** A connected timer with a started session moved on to its last phase, Home plan. */
async function atHomePlan(lang = 'en') {
  const store = createStore({ adapter: memoryAdapter() });
  const client = await store.clients.add({ alias: 'Robin' });
  const { el, clock } = await timer(
    html`<ot-provider .store=${store}>
      <ot-session-timer minutes="30" client-id=${client.id} lang=${lang}></ot-session-timer>
    </ot-provider>`,
  );
  await store.ready;
  await el.updateComplete;
  const skip = lang === 'es' ? 'Omitir fase' : 'Skip phase';
  await click(el, lang === 'es' ? 'Empezar sesión' : 'Start session');
  const opener = lang === 'es' ? 'Hacer el plan para casa' : 'Make the home plan';
  for (let i = 0; i < 5; i++) {
    expect(hasButton(el, opener), `phase ${i}`).to.equal(false);
    clock.advance(M);
    await click(el, skip);
    const status = () => root(el).querySelector('[part~="status"]')?.textContent ?? '';
    await waitUntil(() => new RegExp(`(Phase|Fase) ${i + 2} `).test(status()), `phase ${i + 2}`);
  }
  await el.updateComplete;
  return { store, el, client, opener };
}

describe('<ot-session-timer> Home plan phase', () => {
  it('offers "Make the home plan", which opens the builder for the session by keyboard', async () => {
    const { store, el, client, opener } = await atHomePlan();
    const open = button(el, opener);
    const box = open.getBoundingClientRect();
    expect(box.height).to.be.at.least(44);
    expect(box.width).to.be.at.least(44);
    const fired: Event[] = [];
    el.addEventListener('ot-home-plan-open', (event) => fired.push(event));
    open.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root(el).querySelector('dialog[open]'), 'dialog opens');
    const dialog = root(el).querySelector<HTMLDialogElement>('dialog[open]')!;
    expect(fired).to.have.length(1);
    expect(dialog.querySelector('h2')!.textContent).to.equal('Home plan');
    const builder = dialog.querySelector<OtHomeProgram>('ot-home-program')!;
    expect(builder.view).to.equal('therapist');
    await builder.updateComplete;
    const add = [...builder.shadowRoot!.querySelectorAll('button')].find(
      (b) => b.getAttribute('aria-label') === 'Add Heavy work',
    )!;
    add.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => listRecords(store.getState(), 'homePrograms').length === 1, 'the program is stored');
    const [program] = listRecords(store.getState(), 'homePrograms');
    const [session] = listRecords(store.getState(), 'sessionRecords');
    expect(program).to.include({ clientId: client.id, sessionId: session!.id });
    // Escape closes the native modal dialog.
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog.open, 'dialog closes');
  });

  it('a host that cancels ot-home-plan-open gets no dialog; Spanish words', async () => {
    const { el, opener } = await atHomePlan('es');
    el.addEventListener('ot-home-plan-open', (event) => event.preventDefault());
    button(el, opener).click();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(root(el).querySelector('dialog')).to.equal(null);
  });
});
