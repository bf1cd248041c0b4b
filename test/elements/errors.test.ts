import { expect, fixture, html } from '@open-wc/testing';
import { type TemplateResult } from 'lit';
import { OtError, OtValidationError } from '@otkit/sdk';
import { OtElement, toOtError } from '@otkit/elements';

class TestErrorView extends OtElement {
  shownError: OtError | undefined;
  override render(): TemplateResult {
    return (this.shownError ? this.renderError(this.shownError) : html``) as TemplateResult;
  }
}
customElements.define('test-error-view', TestErrorView);

/** An error made by another copy of the SDK (e.g. otkit-sdk.min.js): same shape, different class. */
class ForeignValidationError extends Error {
  readonly code = 'validation';
  readonly issues = [{ path: ['goals', 0, 'description'], code: 'too-small', message: 'must not be empty' }];
  constructor() {
    super('Invalid goal: description: must not be empty');
    this.name = 'OtValidationError';
  }
}

describe('toOtError', () => {
  it('keeps OT Kit errors, wraps anything else as "unexpected" with its message', () => {
    const ours = new OtValidationError('goal', []);
    expect(toOtError(ours)).to.equal(ours);
    const wrapped = toOtError(new TypeError('boom'));
    expect(wrapped).to.be.instanceOf(OtError);
    expect(wrapped.code).to.equal('unexpected');
    expect(wrapped.message).to.equal('boom');
    expect(toOtError('plain text').message).to.equal('plain text');
  });

  it('keeps an error from another copy of the SDK with its code and issues', async () => {
    const foreign = new ForeignValidationError();
    const kept = toOtError(foreign);
    expect(kept.code).to.equal('validation');
    const el = await fixture<TestErrorView>(html`<test-error-view></test-error-view>`);
    el.shownError = kept;
    el.requestUpdate();
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('goals[0].description: must not be empty');
  });
});
