// A small JSON Schema (2020-12) checker for the keywords the sync protocol's schema uses. Returns the paths
// it rejects, each with the keyword that failed (empty: valid). Unknown keywords throw, so it cannot pass a
// schema it does not understand.
const IGNORED = new Set(['$schema', '$id', '$defs', 'title', 'description']);
const typeOf = (v) => (v === null ? 'null' : Array.isArray(v) ? 'array' : Number.isInteger(v) ? 'integer' : typeof v);

export function checkJsonSchema(root, schema, value, path = '$') {
  const problems = [];
  const fail = (keyword) => problems.push(`${path}: ${keyword}`);
  for (const [keyword, rule] of Object.entries(schema)) {
    if (IGNORED.has(keyword)) continue;
    switch (keyword) {
      case '$ref': {
        const name = /^#\/\$defs\/(.+)$/.exec(rule)?.[1];
        if (!name || !root.$defs[name]) throw new Error(`unresolved $ref ${rule}`);
        problems.push(...checkJsonSchema(root, root.$defs[name], value, path));
        break;
      }
      case 'type': {
        const actual = typeOf(value);
        if (!(actual === rule || (rule === 'number' && actual === 'integer'))) fail(`type ${rule}`);
        break;
      }
      case 'const':
        if (JSON.stringify(value) !== JSON.stringify(rule)) fail('const');
        break;
      case 'enum':
        if (!rule.some((option) => JSON.stringify(option) === JSON.stringify(value))) fail('enum');
        break;
      case 'properties':
        if (typeOf(value) === 'object')
          for (const [key, sub] of Object.entries(rule))
            if (key in value) problems.push(...checkJsonSchema(root, sub, value[key], `${path}.${key}`));
        break;
      case 'required':
        if (typeOf(value) === 'object') for (const key of rule) if (!(key in value)) fail(`required ${key}`);
        break;
      case 'additionalProperties':
        if (rule === false && typeOf(value) === 'object')
          for (const key of Object.keys(value)) if (!(key in (schema.properties ?? {}))) fail(`additional ${key}`);
        break;
      case 'items':
        if (Array.isArray(value))
          value.forEach((item, i) => problems.push(...checkJsonSchema(root, rule, item, `${path}[${i}]`)));
        break;
      case 'minItems':
        if (Array.isArray(value) && value.length < rule) fail('minItems');
        break;
      case 'maxItems':
        if (Array.isArray(value) && value.length > rule) fail('maxItems');
        break;
      case 'minLength':
        if (typeof value === 'string' && value.length < rule) fail('minLength');
        break;
      case 'maxLength':
        if (typeof value === 'string' && value.length > rule) fail('maxLength');
        break;
      case 'pattern':
        if (typeof value === 'string' && !new RegExp(rule, 'u').test(value)) fail('pattern');
        break;
      case 'minimum':
        if (typeof value === 'number' && value < rule) fail('minimum');
        break;
      case 'maximum':
        if (typeof value === 'number' && value > rule) fail('maximum');
        break;
      case 'anyOf':
        if (!rule.some((sub) => checkJsonSchema(root, sub, value, path).length === 0)) fail('anyOf');
        break;
      case 'oneOf':
        if (rule.filter((sub) => checkJsonSchema(root, sub, value, path).length === 0).length !== 1) fail('oneOf');
        break;
      default:
        throw new Error(`checkJsonSchema does not know the keyword ${keyword}`);
    }
  }
  return problems;
}
