// Node: every published entry imports without throwing (the CDN element files fail with a clear message: they
// are browser-only), and @lit-labs/ssr renders each element's initial state from properties. Needs
// `npm run build`.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';

const ELEMENT_ENTRIES = readdirSync('packages/elements/dist/define')
  .filter((f) => /^ot-.*\.js$/.test(f))
  .map((f) => `@otkit/elements/${f}`);

test('every package entry imports in Node', async () => {
  for (const entry of [
    '@otkit/sdk',
    '@otkit/sdk/obf',
    '@otkit/sdk/fhir',
    '@otkit/elements',
    '@otkit/elements/define.js',
    '@otkit/elements/autoloader.js',
    ...ELEMENT_ENTRIES,
    '@otkit/elements/react-jsx',
    '@otkit/elements/vue',
    '@otkit/react',
  ])
    await assert.doesNotReject(import(entry), entry);
});

test('the CDN files: the SDK, store and symbols files import in Node, the element files refuse clearly', async () => {
  const dir = 'packages/elements/dist/cdn';
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.min.js'))) {
    const url = pathToFileURL(`${dir}/${file}`).href;
    if (/^otkit-(sdk|store|symbols)\.min\.js$/.test(file)) await assert.doesNotReject(import(url), file);
    else await assert.rejects(import(url), /browser-only/, file);
  }
});

test('@lit-labs/ssr renders every element from properties', async () => {
  const { render } = await import('@lit-labs/ssr');
  const { collectResult } = await import('@lit-labs/ssr/lib/render-result.js');
  const { html } = await import('lit');
  await import('@otkit/elements/define.js');
  const board = {
    name: 'Break time',
    choices: [
      { id: 'swing', label: 'Swing' },
      { id: 'snack', label: 'Snack' },
    ],
  };
  const cases = [
    [html`<ot-choice-board .board=${board} value="snack"></ot-choice-board>`, 'Snack'],
    [html`<ot-visual-schedule .steps=${[{ id: 'a', label: 'Swing break' }]}></ot-visual-schedule>`, 'Swing break'],
    // These two keep page data in a store of their own, whose code loads on first need: the server renders their
    // loading state, and the browser their data (docs/frameworks.md).
    [html`<ot-goal-stack .goals=${[{ id: 'g', description: 'Button a coat' }]}></ot-goal-stack>`, 'Loading'],
    [
      html`<ot-session-timer .phases=${[{ id: 'p', label: 'Obstacle course', minutes: 12 }]}></ot-session-timer>`,
      '<div part="base">',
    ],
    [html`<ot-provider storage="memory"><p>inside</p></ot-provider>`, 'inside'],
  ];
  const problems = [];
  for (const [template, text] of cases) {
    const tag = template.strings[0].match(/<([a-z-]+)/)[1];
    try {
      const markup = await collectResult(render(template));
      if (!/<template shadowroot(mode)?="open"/.test(markup)) problems.push(`<${tag}>: no declarative shadow root`);
      if (!markup.includes(text)) problems.push(`<${tag}>: "${text}" is not in the server HTML`);
    } catch (error) {
      problems.push(`<${tag}>: ${error.stack.split('\n').slice(0, 3).join(' ')}`);
    }
  }
  assert.deepEqual(problems, []);
});
