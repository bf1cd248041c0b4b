// The protocol's JSON Schema cannot drift: docs/sync-protocol.schema.json is exactly OT_SYNC_JSON_SCHEMA, the
// doc names every endpoint and error code, and real answers of the handler (and real requests) pass it.
// OTKIT_WRITE_SCHEMA=1 writes the file instead of comparing.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { OT_SYNC_JSON_SCHEMA } from '@otkit/server';
import * as prettier from 'prettier';
import { DATABASE, call, change, goal, put, remove, startServer, uniqueTenant } from './helpers.mjs';
import { checkJsonSchema } from './json-schema.mjs';

const SCHEMA_FILE = new URL('../../docs/sync-protocol.schema.json', import.meta.url);
const DOC_FILE = new URL('../../docs/sync-protocol.md', import.meta.url);
const expectValid = (def, value) =>
  assert.deepEqual(
    checkJsonSchema(OT_SYNC_JSON_SCHEMA, { $ref: `#/$defs/${def}` }, value),
    [],
    `${def}: ${JSON.stringify(value)}`,
  );

describe('the protocol document', () => {
  it('ships the JSON Schema the package exports', async () => {
    // Formatted as Prettier formats the repository, so `prettier --check .` and this test agree.
    const options = (await prettier.resolveConfig(SCHEMA_FILE)) ?? {};
    const text = await prettier.format(JSON.stringify(OT_SYNC_JSON_SCHEMA), { ...options, parser: 'json' });
    if (process.env.OTKIT_WRITE_SCHEMA) writeFileSync(SCHEMA_FILE, text);
    assert.equal(
      readFileSync(SCHEMA_FILE, 'utf8'),
      text,
      'run OTKIT_WRITE_SCHEMA=1 node --test test/server/protocol-doc.test.mjs',
    );
  });

  it('names every endpoint, error code and body of the schema', () => {
    const doc = readFileSync(DOC_FILE, 'utf8');
    for (const endpoint of ['POST …/push', 'POST …/pull', 'GET …/status', 'GET …/health'])
      assert.ok(doc.includes(endpoint), endpoint);
    const codes = OT_SYNC_JSON_SCHEMA.$defs.errorResponse.properties.error.properties.code.enum;
    for (const code of codes) assert.ok(doc.includes(`\`${code}\``), code);
    for (const def of Object.keys(OT_SYNC_JSON_SCHEMA.$defs)) assert.ok(doc.includes(`\`${def}\``), def);
  });

  it('rejects what the protocol forbids', () => {
    assert.notDeepEqual(
      checkJsonSchema(OT_SYNC_JSON_SCHEMA, { $ref: '#/$defs/pushRequest' }, { changes: [{ id: 'x' }] }),
      [],
    );
    assert.notDeepEqual(checkJsonSchema(OT_SYNC_JSON_SCHEMA, { $ref: '#/$defs/pullRequest' }, { since: 5 }), []);
  });
});

describe(`answers of the handler match the schema (${DATABASE})`, () => {
  let server;
  before(async () => (server = await startServer()));
  after(() => server.stop());

  it('push, pull, status, health and errors', async () => {
    const tenant = uniqueTenant();
    const g = goal();
    const changes = [
      change([put('goals', g)]),
      change([put('goals', { ...g, order: 3 }, { fields: ['order'] })]),
      change([put('goals', { ...g, description: '' })]),
      { nonsense: true },
      change([remove('goals', g.id)]),
    ];
    for (const c of changes.filter((c) => c.id)) if (c.ops[0].value?.description !== '') expectValid('change', c);
    const pushed = await call(server.url, 'push', { tenant, body: { changes } });
    expectValid('pushResponse', pushed.body);
    assert.deepEqual(
      pushed.body.results.map((r) => r.status),
      ['applied', 'applied', 'rejected', 'rejected', 'applied'],
    );
    const pulled = await call(server.url, 'pull', { tenant, body: { since: null, limit: 2 } });
    expectValid('pullRequest', { since: null, limit: 2 });
    expectValid('pullResponse', pulled.body);
    expectValid('statusResponse', (await call(server.url, 'status', { tenant })).body);
    for (const answer of [
      await call(server.url, 'status'),
      await call(server.url, 'push', { tenant, raw: '<html>', headers: { 'content-type': 'application/json' } }),
      await call(server.url, 'push', { tenant, body: { changes: 'x' } }),
      await call(server.url, 'nothing', { tenant }),
    ])
      expectValid('errorResponse', answer.body);
  });
});
