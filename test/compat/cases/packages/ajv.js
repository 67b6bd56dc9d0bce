const Ajv = require('ajv');
const ajv = new Ajv({ allErrors: true });
const schema = {
  type: 'object',
  properties: {
    id: { type: 'integer', minimum: 1 },
    name: { type: 'string', minLength: 2, pattern: '^[a-z]+$' },
    tags: { type: 'array', items: { type: 'string' }, uniqueItems: true },
    kind: { enum: ['a', 'b'] },
    nested: { type: 'object', properties: { x: { type: 'number' } }, required: ['x'], additionalProperties: false },
  },
  required: ['id', 'name'],
  additionalProperties: false,
};
const validate = ajv.compile(schema);
console.log(validate({ id: 1, name: 'ok', tags: ['x'], kind: 'a', nested: { x: 1.5 } }), validate.errors);
console.log(validate({ id: 0, name: 'Bad1', tags: ['x', 'x'], kind: 'c', nested: { y: 1 }, extra: true }));
for (const e of validate.errors) console.log(e.instancePath || '/', e.keyword, e.message);
console.log(ajv.errorsText(validate.errors).length > 0);
const v2 = ajv.compile({ $id: 'http://x/s', definitions: { pos: { type: 'number', exclusiveMinimum: 0 } }, type: 'array', items: { $ref: '#/definitions/pos' } });
console.log(v2([1, 2, 3]), v2([1, -2]), v2.errors[0].instancePath);
