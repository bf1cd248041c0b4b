import { expect } from '@open-wc/testing';
import { OtError, OtNotFoundError, OtPersistenceError, OtValidationError, formatIssue, formatPath } from '@otkit/sdk';

describe('errors', () => {
  it('formatPath writes paths as people read them', () => {
    expect(formatPath(['steps', 2, 'label'])).to.equal('steps[2].label');
    expect(formatPath([0, 'id'])).to.equal('[0].id');
    expect(formatPath(['grid', 'order', 1, 0])).to.equal('grid.order[1][0]');
    expect(formatPath([])).to.equal('(root)');
  });

  it('formatIssue is "path: message"', () => {
    expect(formatIssue({ path: ['description'], code: 'too-small', message: 'must not be empty' })).to.equal(
      'description: must not be empty',
    );
  });

  it('every error is an OtError with a code and a name', () => {
    const v = new OtValidationError('goal', [
      { path: ['order'], code: 'type', message: 'must be a finite number (got a string)' },
    ]);
    const n = new OtNotFoundError('goals', 'g1');
    const cause = new Error('disk full');
    const p = new OtPersistenceError('Could not save', { cause });
    for (const [e, code, name] of [
      [v, 'validation', 'OtValidationError'],
      [n, 'not-found', 'OtNotFoundError'],
      [p, 'persistence', 'OtPersistenceError'],
    ] as const) {
      expect(e).to.be.instanceOf(OtError);
      expect(e).to.be.instanceOf(Error);
      expect(e.code).to.equal(code);
      expect(e.name).to.equal(name);
    }
    expect(v.message).to.equal('Invalid goal: order: must be a finite number (got a string)');
    expect(n.message).to.equal('No record "g1" in goals');
    expect([n.collection, n.id]).to.deep.equal(['goals', 'g1']);
    expect(p.cause).to.equal(cause);
    expect(new OtError('x', 'y').name).to.equal('OtError');
  });

  it('a validation message shows the first five issues and counts the rest', () => {
    const issues = Array.from({ length: 8 }, (_, i) => ({ path: ['steps', i], code: 'type' as const, message: 'bad' }));
    const e = new OtValidationError('schedule', issues);
    expect(e.message).to.equal(
      'Invalid schedule: steps[0]: bad; steps[1]: bad; steps[2]: bad; steps[3]: bad; steps[4]: bad; and 3 more',
    );
    expect(e.issues).to.have.length(8);
    expect(e.subject).to.equal('schedule');
  });
});
