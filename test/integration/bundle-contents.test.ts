import { expect } from '@open-wc/testing';

/*
 * What each CDN file carries, read from the module lists the build writes (packages/elements/dist/cdn-meta/,
 * one per CDN build, like esbuild's metafile: output file → the source modules rendered into it). An element's
 * own file must carry only the SDK parts that element uses; the store code <ot-provider> needs when it makes
 * a store is a file of its own (otkit-store.min.js), loaded on demand.
 */
const META = '/packages/elements/dist/cdn-meta';
const SDK = 'packages/sdk/dist';

interface ModuleList {
  files: { [file: string]: { imports: string[]; dynamicImports: string[]; modules: string[] } };
}

async function moduleList(entry: string): Promise<ModuleList> {
  const response = await fetch(`${META}/${entry}.json`);
  expect(response.ok, `${META}/${entry}.json not found: run \`npm run build\``).to.equal(true);
  return (await response.json()) as ModuleList;
}

/** The SDK modules (paths under packages/sdk/dist/) rendered into `file` of `list`. */
function sdkModules(list: ModuleList, file: string): string[] {
  const entry = list.files[file];
  expect(entry, `${file} in the module list`).to.not.equal(undefined);
  return entry!.modules.filter((m) => m.startsWith(`${SDK}/`)).map((m) => m.slice(SDK.length + 1));
}

// The store's copy-on-write tables too: an element draws its page data's first state without them (stateOfRecords).
const STORE = [
  'store/store.js',
  'store/table.js',
  'store/collections.js',
  'adapters/indexeddb.js',
  'adapters/memory.js',
];
const INTEROP = ['interop/obf.js', 'interop/obz.js', 'interop/zip.js', 'interop/embed-codec.js', 'interop/document.js'];
const IEP = ['model/iep-services.js'];
const HOME = ['model/home-programs.js'];
const GOALS = ['model/goals.js', 'measures/session-review.js'];
const SESSIONS = ['model/sessions.js', 'flow/session.js', 'flow/session-record.js', 'flow/summary.js'];
const SCHEDULES = ['model/schedules.js'];
const BOARDS = ['model/choice-boards.js'];
const FHIR = ['fhir/codes.js', 'fhir/export.js', 'fhir/goals.js', 'fhir/ids.js', 'fhir/resources.js'];

/** What each element's own file must not carry: other domains, interop, and the store (loaded on demand). */
const MUST_NOT_CARRY: { [tag: string]: string[] } = {
  'ot-choice-board': [...STORE, ...INTEROP, ...IEP, ...HOME, ...GOALS, ...SESSIONS, ...SCHEDULES],
  // The schedule's layout, show and view constants live beside the embed-URL codec (only they are rendered).
  'ot-visual-schedule': [
    ...STORE,
    ...INTEROP.filter((m) => m !== 'interop/embed-codec.js'),
    ...IEP,
    ...HOME,
    ...GOALS,
    ...SESSIONS,
    ...BOARDS,
  ],
  'ot-session-timer': [...STORE, ...INTEROP, ...IEP, ...HOME, ...GOALS, ...SCHEDULES, ...BOARDS],
  // Its own store (standalone, or holding the page's goals) loads with the store code from otkit-store.min.js.
  'ot-goal-stack': [...STORE, ...INTEROP, ...IEP, ...HOME, ...SCHEDULES, ...BOARDS],
  // Reads goals and progress entries only; FHIR export stays in @otkit/sdk/fhir (issue 12).
  'ot-progress-chart': [...STORE, ...INTEROP, ...FHIR, ...IEP, ...HOME, ...SESSIONS, ...SCHEDULES, ...BOARDS],
};

describe('CDN bundle contents', () => {
  for (const [tag, forbidden] of Object.entries(MUST_NOT_CARRY)) {
    it(`keeps other domains and the store out of ${tag}.min.js`, async () => {
      const list = await moduleList(`${tag}.min`);
      const carried = sdkModules(list, `${tag}.min.js`);
      expect(carried, `${tag}.min.js carries SDK code`).to.not.be.empty;
      const found = forbidden.filter((m) => carried.includes(m));
      expect(found, `${tag}.min.js carries ${found.join(', ')}`).to.deep.equal([]);
    });
  }

  it("leaves <ot-provider>'s store code to otkit-store.min.js, loaded when a provider makes a store", async () => {
    for (const tag of Object.keys(MUST_NOT_CARRY)) {
      const list = await moduleList(`${tag}.min`);
      expect(list.files[`${tag}.min.js`]!.dynamicImports, `${tag}.min.js loads`).to.include('./otkit-store.min.js');
    }
    const carried = sdkModules(await moduleList('otkit-store.min'), 'otkit-store.min.js');
    for (const m of [...STORE, ...IEP, ...HOME, 'flow/session-record.js'])
      expect(carried, `otkit-store.min.js carries ${m}`).to.include(m);
  });

  it("leaves the built-in symbols' drawings to otkit-symbols.min.js, loaded when an element first draws one", async () => {
    for (const tag of ['ot-choice-board', 'ot-visual-schedule', 'ot-session-timer', 'ot-home-program']) {
      const file = (await moduleList(`${tag}.min`)).files[`${tag}.min.js`]!;
      expect(file.modules, `${tag}.min.js`).to.not.include('packages/elements/dist/symbols/symbol-data.js');
      expect(file.dynamicImports, `${tag}.min.js loads`).to.include('./otkit-symbols.min.js');
    }
    const symbols = (await moduleList('otkit-symbols.min')).files['otkit-symbols.min.js']!;
    expect(symbols.modules).to.deep.equal(['packages/elements/dist/symbols/symbol-data.js']);
  });

  it('leaves the progress report and the service log commands to files loaded when the user first needs them', async () => {
    for (const [tag, apart, modules] of [
      [
        'ot-progress-chart',
        'otkit-progress-report',
        ['measures/progress-report.js', 'measures/progress-report.words.js'],
      ],
      ['ot-service-minutes', 'otkit-service-log', ['commands/service-minutes.js', 'commands/service-log-checks.js']],
    ] as const) {
      const list = await moduleList(`${tag}.min`);
      const carried = sdkModules(list, `${tag}.min.js`);
      expect(carried, `${tag}.min.js carries SDK code`).to.not.be.empty;
      for (const m of modules) expect(carried, `${tag}.min.js`).to.not.include(m);
      expect(list.files[`${tag}.min.js`]!.dynamicImports, `${tag}.min.js loads`).to.include(`./${apart}.min.js`);
      const loaded = sdkModules(await moduleList(`${apart}.min`), `${apart}.min.js`);
      for (const m of modules) expect(loaded, `${apart}.min.js`).to.include(m);
    }
  });

  it('shares one Lit chunk between the elements the autoloader loads', async () => {
    const list = await moduleList('otkit-autoloader.min');
    const litFiles = Object.entries(list.files)
      .filter(([, f]) => f.modules.some((m) => m.includes('node_modules/lit-html/')))
      .map(([file]) => file);
    expect(litFiles, 'files that hold lit-html').to.have.length(1);
    const entry = list.files['otkit-autoloader.min.js']!;
    expect(
      entry.modules.some((m) => m.includes('node_modules/')),
      'the autoloader itself holds no Lit',
    ).to.equal(false);
    expect(entry.dynamicImports.length, 'one chunk per element').to.be.at.least(5);
  });
});
