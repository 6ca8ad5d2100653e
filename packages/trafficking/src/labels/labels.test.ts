import { type LabelCatalog, LOCALES, label } from '@iom/core';
import { describe, expect, it } from 'vitest';
import { traffickingLabels } from './index.js';

describe('labels', () => {
  it('give a non-empty label for every code of every list in every locale', () => {
    for (const [name, catalog] of Object.entries(traffickingLabels) as Array<[string, LabelCatalog<string>]>) {
      for (const locale of LOCALES) {
        for (const code of catalog.codes) {
          expect(label(catalog, code, locale), `${name}.${code}.${locale}`).toMatch(/\S/);
        }
      }
    }
  });

  it('translate, not copy, the lists that have words', () => {
    expect(label(traffickingLabels.exploitationType, 'ForcedLabour', 'fr')).toBe('Travail forcé');
    expect(label(traffickingLabels.exploitationType, 'ForcedLabour', 'es')).toBe('Trabajo forzoso');
    expect(label(traffickingLabels.answer, 'notCollected', 'es')).toBe('No recogido');
    for (const list of ['controlMethod', 'exploitationType', 'recruitmentMethod', 'industry'] as const) {
      const catalog: LabelCatalog<string> = traffickingLabels[list];
      const same = catalog.codes.filter((code) => label(catalog, code, 'en') === label(catalog, code, 'fr'));
      expect(same.length, list).toBeLessThan(catalog.codes.length / 4);
    }
  });
});
