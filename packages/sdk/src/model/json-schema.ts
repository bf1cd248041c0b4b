/**
 * JSON Schema (draft 2020-12) from our schemas, for portals written in other languages and for docs/schema/.
 * It reads each schema's `def`, so only code that asks for JSON Schema carries this module.
 */
import type { JsonSchema, Schema } from './schema.js';

/**
 * The JSON Schema (draft 2020-12) equivalent of a schema: types, lengths, ranges, patterns, enums, required
 * fields, defaults and descriptions. Checks written with `refine` have no JSON Schema form and are left out.
 *
 * @example
 * const goalJson = toJsonSchema(goalSchema); // { type: 'object', title: 'Goal', properties: { … }, … }
 */
export function toJsonSchema(schema: Schema<unknown, unknown>): JsonSchema {
  const def = schema.def;
  switch (def.kind) {
    case 'string': {
      const { min, max, pattern, format } = def.options;
      return {
        type: 'string',
        ...(min !== undefined ? { minLength: min } : {}),
        ...(max !== undefined ? { maxLength: max } : {}),
        ...(pattern ? { pattern: pattern.source } : {}),
        ...(format ? { format } : {}),
      };
    }
    case 'number': {
      const { min, max, exclusiveMin, integer } = def.options;
      return {
        type: integer ? 'integer' : 'number',
        ...(min !== undefined ? (exclusiveMin ? { exclusiveMinimum: min } : { minimum: min }) : {}),
        ...(max !== undefined ? { maximum: max } : {}),
      };
    }
    case 'boolean':
      return { type: 'boolean' };
    case 'literal':
      return { const: def.value };
    case 'picklist':
      return { enum: [...def.values] };
    case 'array':
      return {
        type: 'array',
        items: toJsonSchema(def.item),
        ...(def.options.min !== undefined ? { minItems: def.options.min } : {}),
        ...(def.options.max !== undefined ? { maxItems: def.options.max } : {}),
      };
    case 'optional':
      return toJsonSchema(def.inner);
    case 'default':
      return { ...toJsonSchema(def.inner), ...(typeof def.fallback === 'function' ? {} : { default: def.fallback }) };
    case 'nullable':
      return { anyOf: [toJsonSchema(def.inner), { type: 'null' }] };
    case 'object': {
      const properties: Record<string, JsonSchema> = {};
      const required: string[] = [];
      for (const [key, field] of Object.entries(def.shape)) {
        properties[key] = toJsonSchema(field);
        if (!field.inputOptional) required.push(key);
      }
      const { title, passthrough } = def.options;
      return {
        type: 'object',
        ...(title ? { title } : {}),
        properties,
        required,
        additionalProperties: false,
        ...(passthrough ? { patternProperties: { [passthrough.source]: {} } } : {}),
      };
    }
    case 'variant':
      return { oneOf: Object.values(def.options).map(toJsonSchema) };
    case 'record':
      return {
        type: 'object',
        additionalProperties: toJsonSchema(def.value),
        ...(def.keyPattern ? { propertyNames: { pattern: def.keyPattern.source } } : {}),
      };
    case 'union':
      return { anyOf: def.members.map(toJsonSchema) };
    case 'described':
      return { ...toJsonSchema(def.inner), description: def.text };
  }
}
