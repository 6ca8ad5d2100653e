import { describe, expect, it } from 'vitest';
import { organizationConverters } from './converters.js';
import { iomStructure } from './data/index.js';
import { toOrgJsonLd } from './export/org-jsonld.js';
import { toPopolo } from './export/popolo.js';

const byName = (name: string) => {
  const found = organizationConverters.find((converter) => converter.name === name);
  if (found === undefined) throw new Error(`no descriptor ${name}`);
  return found;
};

describe('organizationConverters', () => {
  it('passes the options on: a snapshot date, the context by reference, a base IRI', () => {
    const value = byName('toOrgJsonLd').run(iomStructure, {
      locale: 'en',
      options: { at: '2024-01-01', context: 'reference', 'base-iri': 'https://example.org/' },
    }).value;
    expect(value).toEqual(
      toOrgJsonLd(iomStructure, { at: '2024-01-01', context: 'reference', baseIri: 'https://example.org/' }),
    );
    expect(byName('toOrgJsonLd').run(iomStructure, { locale: 'en', options: {} }).value).toEqual(
      toOrgJsonLd(iomStructure),
    );
  });

  it('writes Popolo in the caller’s locale, for a day when given', () => {
    expect(byName('toPopolo').run(iomStructure, { locale: 'fr', options: { at: '2020-06-30' } }).value).toEqual(
      toPopolo(iomStructure, { locale: 'fr', at: '2020-06-30' }),
    );
    expect(byName('toPopolo').options.map((option) => option.name)).toEqual(['at']);
  });
});
