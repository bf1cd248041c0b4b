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

test('the CDN files: the SDK file and the files loaded on first need import in Node, the element files refuse clearly', async () => {
  const dir = 'packages/elements/dist/cdn';
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.min.js'))) {
    const url = pathToFileURL(`${dir}/${file}`).href;
    if (/^otkit-(sdk|store|symbols|progress-report|service-log)\.min\.js$/.test(file))
      await assert.doesNotReject(import(url), file);
    else await assert.rejects(import(url), /browser-only/, file);
  }
});

/** The text a reader sees in server HTML: no tags, comments or markup-only white space. */
const textOf = (markup) =>
  markup
    .replace(/<style>[\s\S]*?<\/style>/g, ' ')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;|\s+/g, ' ');

const T0 = Date.UTC(2026, 8, 17, 15, 0);
const DAY = 24 * 60 * 60_000;
const fixedClock = { now: () => T0 };

test('@lit-labs/ssr renders every element with its content from properties', async () => {
  const { render } = await import('@lit-labs/ssr');
  const { collectResult } = await import('@lit-labs/ssr/lib/render-result.js');
  const { html } = await import('lit');
  const { planHomeProgram } = await import('@otkit/sdk');
  await import('@otkit/elements/define.js');
  const board = {
    name: 'Break time',
    choices: [
      { id: 'swing', label: 'Swing' },
      { id: 'snack', label: 'Snack' },
    ],
  };
  const goals = [
    { id: 'coat', description: 'Button a coat' },
    { id: 'name', description: 'Write my name' },
  ];
  const notes = [{ id: 'n1', goalId: 'coat', text: 'Asked about the fire drill', createdAt: T0 - 60_000 }];
  const chartGoals = [{ id: 'zip', description: 'Zip a coat', order: 0, createdAt: T0 - 30 * DAY }];
  const chartEntries = [0, 1, 2].map((week) => ({
    id: `e${week}`,
    goalId: 'zip',
    at: T0 - (3 - week) * 7 * DAY,
    trials: { plus: 4 + week, minus: 4 - week },
  }));
  const service = { period: 'week', startDate: '2026-09-14', endDate: '2026-10-09', createdAt: T0 };
  const program = planHomeProgram({ activities: [{ libraryId: 'putty' }] }, { at: T0, id: 'p1' });
  /** Each element, and the words its server render must show. */
  const cases = [
    [html`<ot-choice-board .board=${board} value="snack"></ot-choice-board>`, ['Swing', 'Snack']],
    [
      html`<ot-visual-schedule
        .steps=${[
          { id: 'a', label: 'Hang up coat' },
          { id: 'b', label: 'Swing break' },
        ]}
      ></ot-visual-schedule>`,
      ['Hang up coat', 'Swing break'],
    ],
    [
      html`<ot-goal-stack .clock=${fixedClock} .goals=${goals} .notes=${notes}></ot-goal-stack>`,
      ['Button a coat', 'Write my name', 'Asked about the fire drill'],
    ],
    [
      html`<ot-session-timer
        .clock=${fixedClock}
        .phases=${[
          { id: 'p', label: 'Obstacle course', minutes: 12 },
          { id: 'q', label: 'Clean up', minutes: 3 },
        ]}
      ></ot-session-timer>`,
      ['Obstacle course', '12:00', 'Phase 1 of 2', 'Next: Clean up', 'Start'],
    ],
    [
      html`<ot-service-minutes
        today="2026-09-17"
        time-zone="UTC"
        .clock=${fixedClock}
        .students=${[{ id: 'c-ana', alias: 'Student A' }]}
        .services=${[{ ...service, id: 's-ana', clientId: 'c-ana', model: 'individual', minutesPerSession: 30, sessionsPerPeriod: 2 }]}
        .entries=${[{ id: 'e1', serviceId: 's-ana', date: '2026-09-15', minutes: 30, status: 'provided', createdAt: T0 }]}
      ></ot-service-minutes>`,
      ['Student A', 'Pull-out individual', 'On track'],
    ],
    [
      html`<ot-progress-chart view="table" .goals=${chartGoals} .entries=${chartEntries}></ot-progress-chart>`,
      ['Zip a coat', '50%', '75%'],
    ],
    [html`<ot-home-program today="2026-09-17" .program=${program}></ot-home-program>`, ['Putty']],
    [html`<ot-provider storage="memory"><p>inside</p></ot-provider>`, ['inside']],
  ];
  const problems = [];
  for (const [template, words] of cases) {
    const tag = template.strings[0].match(/<([a-z-]+)/)[1];
    try {
      const markup = await collectResult(render(template));
      if (!/<template shadowroot(mode)?="open"/.test(markup)) problems.push(`<${tag}>: no declarative shadow root`);
      const text = textOf(markup);
      if (/Loading/.test(text)) problems.push(`<${tag}>: the server HTML is a loading state`);
      for (const word of words) if (!text.includes(word)) problems.push(`<${tag}>: "${word}" is not in: ${text}`);
    } catch (error) {
      problems.push(`<${tag}>: ${error.stack.split('\n').slice(0, 3).join(' ')}`);
    }
  }
  assert.deepEqual(problems, []);
});
