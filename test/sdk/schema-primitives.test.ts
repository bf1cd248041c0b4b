import { expect } from '@open-wc/testing';
import { boolean, literal, number, picklist, string, toJsonSchema } from '@otkit/sdk';
import { dataOf, issuesOf } from './schema-helpers.js';

describe('schema library', () => {
  describe('string', () => {
    it('accepts text and keeps it as it is without min', () => {
      expect(dataOf(string(), '  hi  ')).to.equal('  hi  ');
      expect(dataOf(string(), '')).to.equal('');
    });

    it('rejects other types, naming what was given', () => {
      expect(issuesOf(string(), 5)).to.deep.equal([
        { path: [], code: 'type', message: 'must be a string (got a number)' },
      ]);
      expect(issuesOf(string(), null)[0]!.message).to.equal('must be a string (got null)');
      expect(issuesOf(string(), ['a'])[0]!.message).to.equal('must be a string (got an array)');
      expect(issuesOf(string(), {})[0]!.message).to.equal('must be a string (got an object)');
    });

    it('min: 1 trims, and rejects empty and blank text with "must not be empty"', () => {
      const s = string({ min: 1 });
      expect(dataOf(s, '  Tie shoes \n')).to.equal('Tie shoes');
      for (const blank of ['', '   ', '\t\n'])
        expect(issuesOf(s, blank)).to.deep.equal([{ path: [], code: 'too-small', message: 'must not be empty' }]);
    });

    it('min above 1 says how many characters', () => {
      expect(issuesOf(string({ min: 3 }), ' ab ')).to.deep.equal([
        { path: [], code: 'too-small', message: 'must be at least 3 characters' },
      ]);
    });

    it('max counts the (trimmed) length and says what it got', () => {
      expect(dataOf(string({ min: 1, max: 3 }), ' abc ')).to.equal('abc');
      expect(issuesOf(string({ max: 3 }), 'abcd')).to.deep.equal([
        { path: [], code: 'too-big', message: 'must be at most 3 characters (got 4)' },
      ]);
    });

    it('pattern uses its label, or the pattern itself, in the message', () => {
      expect(issuesOf(string({ pattern: /^\d+$/, patternLabel: 'digits' }), '12a')[0]).to.deep.equal({
        path: [],
        code: 'pattern',
        message: 'must be digits (got "12a")',
      });
      expect(issuesOf(string({ pattern: /^\d+$/ }), 'x')[0]!.message).to.equal(
        'must be text matching ^\\d+$ (got "x")',
      );
    });

    it('shortens long values in messages', () => {
      const message = issuesOf(string({ pattern: /^a$/ }), 'b'.repeat(100))[0]!.message;
      expect(message.length).to.be.below(80);
      expect(message).to.contain('…');
    });

    it('trim can be set either way', () => {
      expect(dataOf(string({ trim: true }), ' a ')).to.equal('a');
      expect(dataOf(string({ min: 1, trim: false }), ' a ')).to.equal(' a ');
    });

    it('emits JSON Schema', () => {
      expect(toJsonSchema(string({ min: 1, max: 5, pattern: /^[a-z]+$/, format: 'date' }))).to.deep.equal({
        type: 'string',
        minLength: 1,
        maxLength: 5,
        pattern: '^[a-z]+$',
        format: 'date',
      });
      expect(toJsonSchema(string())).to.deep.equal({ type: 'string' });
    });
  });

  describe('number', () => {
    it('accepts finite numbers', () => {
      expect(dataOf(number(), -1.5)).to.equal(-1.5);
      expect(dataOf(number(), 0)).to.equal(0);
    });

    it('rejects NaN, Infinity, numeric strings and other types', () => {
      expect(issuesOf(number(), Number.NaN)[0]!.message).to.equal('must be a finite number (got NaN)');
      expect(issuesOf(number(), Number.POSITIVE_INFINITY)[0]!.message).to.equal(
        'must be a finite number (got a number)',
      );
      expect(issuesOf(number(), '5')[0]).to.deep.equal({
        path: [],
        code: 'type',
        message: 'must be a finite number (got a string)',
      });
      expect(issuesOf(number(), true)[0]!.message).to.equal('must be a finite number (got a boolean)');
    });

    it('integer, min, exclusiveMin and max', () => {
      expect(issuesOf(number({ integer: true }), 1.5)).to.deep.equal([
        { path: [], code: 'integer', message: 'must be a whole number (got 1.5)' },
      ]);
      expect(issuesOf(number({ min: 1 }), 0)).to.deep.equal([
        { path: [], code: 'too-small', message: 'must be at least 1 (got 0)' },
      ]);
      expect(dataOf(number({ min: 1 }), 1)).to.equal(1);
      expect(issuesOf(number({ min: 0, exclusiveMin: true }), 0)[0]!.message).to.equal(
        'must be greater than 0 (got 0)',
      );
      expect(dataOf(number({ min: 0, exclusiveMin: true }), 0.01)).to.equal(0.01);
      expect(issuesOf(number({ max: 10 }), 11)).to.deep.equal([
        { path: [], code: 'too-big', message: 'must be at most 10 (got 11)' },
      ]);
    });

    it('emits JSON Schema', () => {
      expect(toJsonSchema(number({ integer: true, min: 1, max: 9 }))).to.deep.equal({
        type: 'integer',
        minimum: 1,
        maximum: 9,
      });
      expect(toJsonSchema(number({ min: 0, exclusiveMin: true }))).to.deep.equal({
        type: 'number',
        exclusiveMinimum: 0,
      });
    });
  });

  describe('boolean, literal, picklist', () => {
    it('boolean accepts true and false only', () => {
      expect(dataOf(boolean(), false)).to.equal(false);
      expect(issuesOf(boolean(), 'true')).to.deep.equal([
        { path: [], code: 'type', message: 'must be true or false (got a string)' },
      ]);
      expect(issuesOf(boolean(), 0)[0]!.message).to.equal('must be true or false (got a number)');
      expect(toJsonSchema(boolean())).to.deep.equal({ type: 'boolean' });
    });

    it('literal accepts exactly its value', () => {
      expect(dataOf(literal('start'), 'start')).to.equal('start');
      expect(issuesOf(literal('start'), 'Start')).to.deep.equal([
        { path: [], code: 'literal', message: 'must be "start" (got "Start")' },
      ]);
      expect(issuesOf(literal(1), '1')[0]!.message).to.equal('must be 1 (got "1")');
      expect(toJsonSchema(literal(2))).to.deep.equal({ const: 2 });
    });

    it('picklist accepts listed values only, listing them in the message', () => {
      const level = picklist(['low', 'high']);
      expect(dataOf(level, 'high')).to.equal('high');
      expect(issuesOf(level, 'medium')).to.deep.equal([
        { path: [], code: 'enum', message: 'must be one of "low", "high" (got "medium")' },
      ]);
      expect(issuesOf(picklist([-1, 1]), '1')[0]!.message).to.equal('must be one of -1, 1 (got "1")');
      expect(toJsonSchema(level)).to.deep.equal({ enum: ['low', 'high'] });
    });
  });
});
