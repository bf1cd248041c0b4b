/**
 * JSON Schema (draft 2020-12) of every request and response body of the sync protocol, for servers and
 * clients written in other languages. docs/sync-protocol.schema.json is this object; a test keeps the file
 * equal to it and checks real answers of the handler against it.
 */
import { OT_COLLECTION_NAMES, OT_ISSUE_CODES } from '@otkit/sdk';

const ref = (name: string) => ({ $ref: `#/$defs/${name}` });
const cursor = { type: 'string', pattern: '^[!-~]{1,200}$', description: 'Opaque: store it and send it back.' };
const collection = { enum: OT_COLLECTION_NAMES };
const recordId = { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$' };
const nonEmptyName = { type: 'string', minLength: 1, maxLength: 200 };
const localRevision = {
  type: 'integer',
  minimum: 0,
  description: "The record's revision in the writer's own store (the SDK's change log carries it); accepted, not used.",
};

/**
 * The protocol's schema; each body is one entry of `$defs` (`pushRequest`, `pushResponse`, `pullRequest`,
 * `pullResponse`, `statusResponse`, `errorResponse`).
 *
 * @example
 * const schema = { ...OT_SYNC_JSON_SCHEMA, $ref: '#/$defs/pushResponse' };
 */
export const OT_SYNC_JSON_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://otkit.dev/schema/sync-protocol.schema.json',
  title: 'OT Kit sync protocol, version 1',
  description:
    'Request and response bodies of the OT Kit sync endpoints (docs/sync-protocol.md). Generated from @otkit/server; do not edit.',
  $defs: {
    issue: {
      type: 'object',
      properties: {
        path: { type: 'array', items: { anyOf: [{ type: 'string' }, { type: 'integer', minimum: 0 }] } },
        code: { enum: OT_ISSUE_CODES },
        message: { type: 'string' },
      },
      required: ['path', 'code', 'message'],
      additionalProperties: false,
    },
    op: {
      oneOf: [
        {
          type: 'object',
          properties: {
            type: { const: 'put' },
            collection,
            id: recordId,
            value: {
              type: 'object',
              description: 'A whole record of the collection (docs/schema/<entity>.schema.json); value.id equals id.',
              properties: { id: recordId },
              required: ['id'],
            },
            rev: localRevision,
            fields: {
              type: 'array',
              items: nonEmptyName,
              maxItems: 200,
              description: 'The top-level fields this write changed; absent: every field.',
            },
          },
          required: ['type', 'collection', 'id', 'value'],
          additionalProperties: false,
        },
        {
          type: 'object',
          properties: { type: { const: 'delete' }, collection, id: recordId, rev: localRevision },
          required: ['type', 'collection', 'id'],
          additionalProperties: false,
        },
      ],
    },
    change: {
      type: 'object',
      properties: {
        id: { ...recordId, description: 'The idempotency key: a change id is applied once.' },
        at: { type: 'integer', minimum: 0, maximum: 2 ** 48 - 1, description: 'ms since the epoch' },
        actor: nonEmptyName,
        command: nonEmptyName,
        ops: { type: 'array', items: ref('op'), minItems: 1 },
        overwritten: {
          type: 'array',
          items: { type: 'object' },
          maxItems: 10000,
          description: "What the writer's own store overwrote (its change log's entry); accepted, not used.",
        },
      },
      required: ['id', 'at', 'actor', 'command', 'ops'],
      additionalProperties: false,
    },
    overwritten: {
      type: 'object',
      properties: { collection, id: recordId, field: { type: 'string' }, value: {}, change: recordId },
      required: ['collection', 'id', 'change'],
      additionalProperties: false,
    },
    revision: {
      type: 'object',
      properties: { collection, id: recordId, revision: { type: 'integer', minimum: 1 }, deleted: { const: true } },
      required: ['collection', 'id', 'revision'],
      additionalProperties: false,
    },
    pushResult: {
      oneOf: [
        {
          type: 'object',
          properties: {
            id: recordId,
            status: { const: 'applied' },
            cursor,
            revisions: { type: 'array', items: ref('revision') },
            overwritten: { type: 'array', items: ref('overwritten') },
          },
          required: ['id', 'status', 'cursor', 'revisions', 'overwritten'],
          additionalProperties: false,
        },
        {
          type: 'object',
          properties: {
            id: { anyOf: [recordId, { type: 'null' }] },
            status: { const: 'rejected' },
            error: {
              type: 'object',
              properties: {
                code: { enum: ['validation', 'reference', 'forbidden', 'conflict'] },
                message: { type: 'string' },
                issues: { type: 'array', items: ref('issue') },
              },
              required: ['code', 'message', 'issues'],
              additionalProperties: false,
            },
          },
          required: ['id', 'status', 'error'],
          additionalProperties: false,
        },
      ],
    },
    limits: {
      type: 'object',
      properties: {
        maxChangesPerPush: { type: 'integer', minimum: 1 },
        maxOpsPerChange: { type: 'integer', minimum: 1 },
        maxBodyBytes: { type: 'integer', minimum: 1 },
        maxPullLimit: { type: 'integer', minimum: 1 },
      },
      required: ['maxChangesPerPush', 'maxOpsPerChange', 'maxBodyBytes', 'maxPullLimit'],
      additionalProperties: false,
    },
    pushRequest: {
      type: 'object',
      properties: { changes: { type: 'array', items: ref('change') } },
      required: ['changes'],
      additionalProperties: false,
    },
    pushResponse: {
      type: 'object',
      properties: {
        results: { type: 'array', items: ref('pushResult') },
        cursor: { anyOf: [cursor, { type: 'null' }] },
      },
      required: ['results', 'cursor'],
      additionalProperties: false,
    },
    pullRequest: {
      type: 'object',
      properties: { since: { anyOf: [cursor, { type: 'null' }] }, limit: { type: 'integer', minimum: 1 } },
      additionalProperties: false,
    },
    pullResponse: {
      type: 'object',
      properties: {
        changes: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              cursor,
              change: ref('change'),
              overwritten: { type: 'array', items: ref('overwritten') },
            },
            required: ['cursor', 'change', 'overwritten'],
            additionalProperties: false,
          },
        },
        cursor: { anyOf: [cursor, { type: 'null' }] },
        more: { type: 'boolean' },
      },
      required: ['changes', 'cursor', 'more'],
      additionalProperties: false,
    },
    statusResponse: {
      type: 'object',
      properties: {
        protocol: { const: 1 },
        tenant: nonEmptyName,
        cursor: { anyOf: [cursor, { type: 'null' }] },
        limits: ref('limits'),
        time: { type: 'integer', minimum: 0 },
      },
      required: ['protocol', 'tenant', 'cursor', 'limits', 'time'],
      additionalProperties: false,
    },
    errorResponse: {
      type: 'object',
      properties: {
        error: {
          type: 'object',
          properties: {
            code: {
              enum: [
                'malformed',
                'validation',
                'unauthorized',
                'forbidden',
                'not-found',
                'method-not-allowed',
                'unsupported-media-type',
                'too-large',
                'unavailable',
                'internal',
              ],
            },
            message: { type: 'string' },
            issues: { type: 'array', items: ref('issue') },
          },
          required: ['code', 'message'],
          additionalProperties: false,
        },
      },
      required: ['error'],
      additionalProperties: false,
    },
  },
} as const;
