// Proves the strict-CSP harness can fail: each scenario below breaks one rule, and
// test/integration/strict-csp.test.ts expects the harness to report every one of them.
import { runScenarios } from './harness.js';

const ok = (name) => [
  name,
  async () => ({
    default: async (root) => {
      const el = document.createElement('ot-provider');
      el.setAttribute('storage', 'memory');
      root.append(el);
    },
  }),
];

const BAD = [
  // An inline style attribute: blocked by style-src 'self' (no 'unsafe-inline') and reported.
  [
    'inline-style',
    async () => ({
      default: async (root) => {
        const el = document.createElement('ot-provider');
        el.setAttribute('style', 'outline: 3px solid red');
        root.append(el);
      },
    }),
  ],
  // A string into an HTML sink: refused by require-trusted-types-for 'script' (throws and is reported).
  [
    'trusted-types',
    async () => ({
      default: async (root) => {
        root.append(document.createElement('ot-provider'));
        root.firstElementChild.shadowRoot.innerHTML = '<b>not trusted</b>';
      },
    }),
  ],
  ['throws', async () => ({ default: async () => Promise.reject(new Error('scenario broke on purpose')) })],
  ['renders-nothing', async () => ({ default: async (root) => root.append(document.createElement('p')) })],
  [
    'empty-shadow-root',
    async () => ({
      default: async (root) => {
        if (!customElements.get('ot-selftest-empty'))
          customElements.define(
            'ot-selftest-empty',
            class extends HTMLElement {
              constructor() {
                super();
                this.attachShadow({ mode: 'open' });
              }
            },
          );
        root.append(document.createElement('ot-selftest-empty'));
      },
    }),
  ],
  ['no-default-export', async () => ({})],
];

window.otkitCsp = { done: runScenarios([ok('control'), ...BAD], document.getElementById('scenarios')) };
