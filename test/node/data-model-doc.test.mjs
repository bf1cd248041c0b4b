// docs/data-model.md names every field the store accepts: for each entity's JSON Schema (docs/schema, made by
// the build from the SDK's schemas), the row of that entity names every top-level field and every field of the
// objects its lists hold (a board's choices, a schedule's steps, a home program's activities). Fields of the
// shared kinds of value (an image, a licence) are described once, under Conventions. A field added to a schema
// without a word in the docs fails here.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, it } from 'node:test';

const doc = readFileSync('docs/data-model.md', 'utf8');
const conventions = doc.slice(doc.indexOf('## Conventions'), doc.indexOf('## Entities'));
/** Kinds of value the Conventions table describes once; their own fields are not repeated per entity. */
const SHARED_KINDS = ['image', 'license', 'sound'];

/** Field paths of a schema: top-level fields and the fields of objects held in its lists, one level down. */
function fieldsOf(schema) {
  const out = [];
  for (const [name, field] of Object.entries(schema.properties ?? {})) {
    out.push(name);
    if (SHARED_KINDS.includes(name)) continue;
    const items = field.items ?? field.anyOf?.find((option) => option.items)?.items;
    for (const inner of Object.keys(items?.properties ?? {})) out.push(`${name}.${inner}`);
  }
  return out;
}

const named = (row, field) => new RegExp(`(^|[^A-Za-z])${field}([^A-Za-z]|$)`).test(row);

describe('docs/data-model.md', () => {
  for (const file of readdirSync('docs/schema').filter(
    (f) => f.endsWith('.schema.json') && f !== 'document.schema.json',
  ))
    it(`names every field of ${file}`, () => {
      const schema = JSON.parse(readFileSync(`docs/schema/${file}`, 'utf8'));
      const row = doc.split('\n').find((line) => line.includes(`(schema/${file})`));
      assert.ok(row, `no row links schema/${file}`);
      const missing = fieldsOf(schema).filter((path) => !named(row, path.split('.').at(-1)));
      assert.deepEqual(missing, [], `the ${file} row does not name ${missing.join(', ')}`);
    });

  it('describes the shared kinds of value under Conventions', () => {
    for (const kind of SHARED_KINDS) assert.ok(named(conventions, kind), `Conventions does not describe ${kind}`);
  });
});
