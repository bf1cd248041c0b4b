// Writes one JSON Schema file per entity into docs/schema/, generated from the SDK's schemas (the single
// source of truth), plus the OT Kit document schema. Run by `npm run build`.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import * as sdk from '../packages/sdk/dist/index.js';

const out = new URL('../docs/schema/', import.meta.url);
mkdirSync(out, { recursive: true });
for (const f of readdirSync(out)) if (f.endsWith('.schema.json')) rmSync(new URL(f, out));

const BASE = 'https://otkit.dev/schema/';
const written = [];
const collections = {};
for (const name of sdk.OT_COLLECTION_NAMES) {
  const def = sdk.collectionDef(name);
  const file = `${def.entity.replace(/\s+/g, '-').toLowerCase()}.schema.json`;
  const schema = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `${BASE}${file}`,
    title: def.entity,
    description: `One ${def.entity} record of the OT Kit store (collection "${name}"). Generated from @otkit/sdk; do not edit.`,
    ...sdk.toJsonSchema(def.schema),
  };
  writeFileSync(new URL(file, out), `${JSON.stringify(schema, null, 2)}\n`);
  collections[name] = { type: 'array', items: { $ref: file } };
  written.push(file);
}
const doc = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: `${BASE}document.schema.json`,
  title: 'OT Kit document',
  description:
    'A whole OT Kit store exported as one JSON document (exportDocument / importDocument). Generated; do not edit.',
  type: 'object',
  properties: {
    format: { const: sdk.OT_DOCUMENT_FORMAT },
    version: { type: 'integer', minimum: 1, maximum: sdk.OT_DOCUMENT_VERSION },
    exportedAt: { type: 'string', format: 'date-time' },
    collections: { type: 'object', properties: collections, additionalProperties: false },
  },
  required: ['format', 'version', 'collections'],
  additionalProperties: false,
};
writeFileSync(new URL('document.schema.json', out), `${JSON.stringify(doc, null, 2)}\n`);
console.log(`docs/schema: ${written.length + 1} JSON Schema files`);
