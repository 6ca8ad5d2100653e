import { describe, expect, it } from 'vitest';
import { iomStructure } from '../data/index.js';
import { toPopolo } from './popolo.js';

// Field lists of the Popolo JSON Schemas (popolo-project/popolo-spec, schemas/*.json).
const FIELDS = {
  organizations: [
    'id',
    'name',
    'other_names',
    'classification',
    'parent_id',
    'founding_date',
    'dissolution_date',
    'sources',
  ],
  persons: ['id', 'name', 'sources'],
  posts: ['id', 'label', 'role', 'organization_id', 'start_date', 'end_date', 'sources'],
  memberships: ['id', 'label', 'role', 'person_id', 'post_id', 'organization_id', 'start_date', 'end_date', 'sources'],
} as const;
const POPOLO_DATE = /^[0-9]{4}(-[0-9]{2}){0,2}$/;

describe('toPopolo', () => {
  const popolo = toPopolo(iomStructure, { locale: 'fr' });

  it('uses only Popolo fields, with Popolo dates', () => {
    for (const [collection, fields] of Object.entries(FIELDS)) {
      for (const record of popolo[collection as keyof typeof FIELDS]) {
        for (const key of Object.keys(record)) expect(fields, `${collection}.${key}`).toContain(key);
        for (const key of ['founding_date', 'dissolution_date', 'start_date', 'end_date']) {
          const value = (record as unknown as Record<string, unknown>)[key];
          if (value !== undefined) expect(value).toMatch(POPOLO_DATE);
        }
      }
    }
  });

  it('gives names in the chosen language, parents and gendered membership labels', () => {
    const ecuador = popolo.organizations.find((org) => org.id === 'CO_EC');
    expect(ecuador).toMatchObject({ name: 'OIM Équateur', parent_id: 'RO_PTY', classification: 'country_office' });
    expect(ecuador?.other_names).toContainEqual({ name: 'IOM Ecuador', note: 'lang:en' });
    expect(popolo.organizations.find((org) => org.id === 'ODG')?.parent_id).toBe('IOM');
    expect(popolo.memberships.find((m) => m.id === 'DG-pope')).toMatchObject({
      label: 'Directrice générale',
      person_id: 'amy-pope',
      post_id: 'DG',
      organization_id: 'ODG',
      start_date: '2023-10-01',
    });
    const before = toPopolo(iomStructure, { at: '2020-01-01' });
    expect(before.organizations.find((org) => org.id === 'CO_EC')?.parent_id).toBe('RO_BUE');
    expect(before.memberships.map((m) => m.id)).toEqual(['DG-vitorino']);
  });
});
