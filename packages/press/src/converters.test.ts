import { describe, expect, it } from 'vitest';
import { exampleReleases } from '../test/helpers.js';
import { pressConverters } from './converters.js';
import { toJsonLd } from './json-ld.js';
import { fromNinjs } from './ninjs/from-ninjs.js';
import { toNinjs } from './ninjs/to-ninjs.js';

const { en } = exampleReleases();
const byName = (name: string) => {
  const found = pressConverters.find((converter) => converter.name === name);
  if (found === undefined) throw new Error(`no descriptor ${name}`);
  return found;
};

describe('pressConverters', () => {
  it('requires the ninjs version, with the versions toNinjs writes as its values', () => {
    const [version] = byName('toNinjs').options;
    expect(version).toMatchObject({ name: 'version', type: 'choice', required: true, values: ['2.2', '3.1'] });
    for (const value of ['2.2', '3.1'] as const) {
      expect(byName('toNinjs').run(en, { locale: 'en', options: { version: value } }).value).toEqual(
        toNinjs(en, { version: value }),
      );
    }
  });

  it('runs toJsonLd and fromNinjs as they are, the reader in the caller’s locale', () => {
    expect(byName('toJsonLd').run(en, { locale: 'en', options: {} }).value).toEqual(toJsonLd(en));
    const document = toNinjs(en, { version: '3.1' });
    expect(byName('fromNinjs').run(document, { locale: 'es', options: {} })).toEqual(
      fromNinjs(document, { locale: 'es' }),
    );
  });
});
