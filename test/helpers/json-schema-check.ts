/**
 * A small JSON Schema (2020-12) checker for the keywords our schema library emits: type, const, enum,
 * properties, required, additionalProperties, patternProperties, propertyNames, items, minItems, maxItems,
 * minLength, maxLength, pattern, minimum, maximum, exclusiveMinimum, anyOf, oneOf. Enough to prove the
 * emitted JSON Schema accepts what the library accepts. Returns the paths it rejects (empty: valid).
 */
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonSchema = { [key: string]: unknown };

const KNOWN = new Set([
  'type',
  'const',
  'enum',
  'properties',
  'required',
  'additionalProperties',
  'patternProperties',
  'propertyNames',
  'items',
  'minItems',
  'maxItems',
  'minLength',
  'maxLength',
  'pattern',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'anyOf',
  'oneOf',
  'title',
  'description',
  'default',
  'format',
]);

function typeOk(type: string, v: Json): boolean {
  switch (type) {
    case 'object':
      return typeof v === 'object' && v !== null && !Array.isArray(v);
    case 'array':
      return Array.isArray(v);
    case 'integer':
      return typeof v === 'number' && Number.isInteger(v);
    case 'null':
      return v === null;
    default:
      return typeof v === type;
  }
}

export function jsonSchemaErrors(schema: JsonSchema, value: Json, path = '$'): string[] {
  const errors: string[] = [];
  for (const key of Object.keys(schema)) if (!KNOWN.has(key)) errors.push(`${path}: unsupported keyword ${key}`);
  if (typeof schema.type === 'string' && !typeOk(schema.type, value)) return [...errors, `${path}: not ${schema.type}`];
  if ('const' in schema && schema.const !== value) errors.push(`${path}: not const`);
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) errors.push(`${path}: not in enum`);
  if (typeof value === 'string') {
    const length = [...value].length;
    if (typeof schema.minLength === 'number' && length < schema.minLength) errors.push(`${path}: too short`);
    if (typeof schema.maxLength === 'number' && length > schema.maxLength) errors.push(`${path}: too long`);
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value))
      errors.push(`${path}: pattern`);
  }
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum) errors.push(`${path}: below minimum`);
    if (typeof schema.maximum === 'number' && value > schema.maximum) errors.push(`${path}: above maximum`);
    if (typeof schema.exclusiveMinimum === 'number' && value <= schema.exclusiveMinimum)
      errors.push(`${path}: not above exclusiveMinimum`);
  }
  if (Array.isArray(value)) {
    if (typeof schema.minItems === 'number' && value.length < schema.minItems) errors.push(`${path}: too few items`);
    if (typeof schema.maxItems === 'number' && value.length > schema.maxItems) errors.push(`${path}: too many items`);
    if (schema.items)
      value.forEach((v, i) => errors.push(...jsonSchemaErrors(schema.items as JsonSchema, v, `${path}[${i}]`)));
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
    const patterns = Object.entries((schema.patternProperties ?? {}) as Record<string, JsonSchema>);
    for (const r of (schema.required ?? []) as string[]) if (!(r in value)) errors.push(`${path}.${r}: required`);
    for (const [k, v] of Object.entries(value)) {
      if (schema.propertyNames && !new RegExp((schema.propertyNames as { pattern: string }).pattern, 'u').test(k))
        errors.push(`${path}.${k}: name`);
      if (Object.hasOwn(properties, k)) errors.push(...jsonSchemaErrors(properties[k]!, v, `${path}.${k}`));
      else if (patterns.some(([p]) => new RegExp(p, 'u').test(k))) continue;
      else if (schema.additionalProperties === false) errors.push(`${path}.${k}: additional`);
      else if (typeof schema.additionalProperties === 'object')
        errors.push(...jsonSchemaErrors(schema.additionalProperties as JsonSchema, v, `${path}.${k}`));
    }
  }
  if (
    Array.isArray(schema.anyOf) &&
    !schema.anyOf.some((s) => jsonSchemaErrors(s as JsonSchema, value, path).length === 0)
  )
    errors.push(`${path}: matches no anyOf`);
  if (
    Array.isArray(schema.oneOf) &&
    schema.oneOf.filter((s) => jsonSchemaErrors(s as JsonSchema, value, path).length === 0).length !== 1
  )
    errors.push(`${path}: does not match exactly one oneOf`);
  return errors;
}
