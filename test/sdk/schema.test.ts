import { expect } from '@open-wc/testing';
import { number, object, optional, safeParse, string } from '@otkit/sdk';

describe('schema library', () => {
  describe('object: keys that are also names on Object.prototype', () => {
    const point = object({ x: number(), label: optional(string()) });

    for (const key of ['constructor', 'toString', 'hasOwnProperty', 'valueOf', '__proto__']) {
      it(`reports "${key}" as an unknown field`, () => {
        // JSON.parse makes "__proto__" an own key, as a file or a server reply would.
        const input = JSON.parse(`{"x": 1, "${key}": {"y": 2}}`);
        const r = safeParse(point, input);
        expect(r.success).to.equal(false);
        if (!r.success) expect(r.issues).to.deep.equal([{ path: [key], code: 'unknown-key', message: 'is not a known field' }]);
      });
    }
  });
});
