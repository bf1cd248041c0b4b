/**
 * builder.html as built (packages/embed/dist): where the browser refuses storage, the builder still works from
 * memory and says that a reload starts again, as the schedule page does. The builder's drafts themselves are
 * tested on the element (test/embed/builder-drafts.test.ts), on databases of their own: this page's database,
 * otkit-builder, is the one test/integration/embed.test.ts uses.
 */
import { expect, waitUntil } from '@open-wc/testing';

let iframe: HTMLIFrameElement | undefined;
afterEach(() => iframe?.remove());

describe('builder.html storage', () => {
  it('says that the schedule being built is not kept when the browser refuses storage', async () => {
    iframe = document.createElement('iframe');
    iframe.setAttribute('sandbox', 'allow-scripts allow-same-origin');
    iframe.src = '/packages/embed/dist/builder.html';
    document.body.append(iframe);
    // A same-origin frame keeps its first Window through its first navigation: the page meets a browser whose
    // IndexedDB refuses to open (as in some private modes).
    Object.defineProperty(iframe.contentWindow!, 'indexedDB', {
      get: () => ({
        open: () => {
          throw new DOMException('refused', 'InvalidStateError');
        },
      }),
    });
    const doc = () => iframe!.contentDocument!;
    await waitUntil(() => doc().querySelector('.notice'), 'the notice', { timeout: 15_000 });
    expect(doc().querySelector('.notice')!.textContent).to.equal(
      'Storage is not available here: changes will be lost when this page closes.',
    );
    expect(doc().querySelector('.notice')!.getAttribute('role')).to.equal('status');
    expect(doc().querySelector('ot-schedule-builder'), 'the builder still works').to.not.equal(null);
  });
});
