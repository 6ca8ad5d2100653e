import { describe, expect, it } from 'vitest';
import { type ConverterDescriptor, defineConverter } from './converter.js';

const text = { en: 'Test rows', fr: 'Lignes de test', es: 'Filas de prueba' };
const base: ConverterDescriptor = {
  name: 'toTest',
  direction: 'to',
  format: text,
  input: 'records',
  output: 'json',
  kinds: ['iom.test@1'],
  options: [
    { name: 'layout', description: text, type: 'choice', values: ['a', 'b'], required: true },
    { name: 'k', description: text, type: 'integer', min: 2, required: false, default: 11 },
  ],
  run: (input) => ({ value: input, issues: [] }),
};

describe('defineConverter', () => {
  it('returns a well-formed descriptor as it is', () => {
    expect(defineConverter(base)).toBe(base);
  });

  it('refuses a name that does not match the direction, and malformed or repeated option names', () => {
    expect(() => defineConverter({ ...base, name: 'fromTest' })).toThrow(TypeError);
    expect(() => defineConverter({ ...base, name: 'test' })).toThrow(TypeError);
    const [layout, k] = base.options as [ConverterDescriptor['options'][0], ConverterDescriptor['options'][0]];
    expect(() => defineConverter({ ...base, options: [layout, layout] })).toThrow(/repeated/);
    expect(() => defineConverter({ ...base, options: [{ ...k, name: 'Base_IRI' }] })).toThrow(TypeError);
  });

  it('refuses a choice without values, or whose default is not one of them', () => {
    const [layout] = base.options as [ConverterDescriptor['options'][0]];
    expect(() => defineConverter({ ...base, options: [{ ...layout, values: [] }] })).toThrow(TypeError);
    expect(() => defineConverter({ ...base, options: [{ ...layout, default: 'c' }] })).toThrow(TypeError);
    expect(defineConverter({ ...base, options: [{ ...layout, required: false, default: 'b' }] }).options).toHaveLength(
      1,
    );
  });
});
