import { LOCALES, label } from '@iom/core';
import { describe, expect, it } from 'vitest';
import { POST_KINDS, UNIT_KINDS } from './codes.js';
import { iomStructure } from './data/index.js';
import { UnitKindLabels } from './labels.js';
import { membershipTitle, postTitle } from './post-title.js';

describe('postTitle', () => {
  it('chooses the French and Spanish form from the holder', () => {
    expect(postTitle({ kind: 'director_general' }, 'fr', { form: 'feminine' })).toBe('Directrice générale');
    expect(postTitle({ kind: 'director_general' }, 'fr', { form: 'masculine' })).toBe('Directeur général');
    expect(postTitle({ kind: 'director_general' }, 'es', { form: 'feminine' })).toBe('Directora General');
    expect(postTitle({ kind: 'director_general' }, 'es', { form: 'masculine' })).toBe('Director General');
    expect(postTitle({ kind: 'director_general' }, 'fr')).toBe('Directeur général / Directrice générale');
    expect(postTitle({ kind: 'director_general' }, 'es')).toBe('Director General / Directora General');
    expect(postTitle({ kind: 'director_general' }, 'en', { form: 'feminine' })).toBe('Director General');
  });

  it('uses a post’s own title and marks interim holders', () => {
    const ddg = iomStructure.posts.find((post) => post.id === 'DDG_MR');
    expect(ddg && postTitle(ddg, 'fr', { form: 'feminine' })).toBe(
      'Directrice générale adjointe chargée de la gestion et des réformes',
    );
    expect(postTitle({ kind: 'chief_of_mission' }, 'en', { interim: 'acting' })).toBe('Acting Chief of Mission');
    expect(postTitle({ kind: 'chief_of_mission' }, 'es', { interim: 'ad_interim', form: 'feminine' })).toBe(
      'Jefa de Misión interina',
    );
    expect(postTitle({ kind: 'chief_of_mission' }, 'fr', { interim: 'ad_interim' })).toBe(
      'Chef / Cheffe de mission par intérim',
    );
  });

  it('titles a membership from the person’s stated form', () => {
    const pope = iomStructure.memberships.find((m) => m.id === 'DG-pope');
    const vitorino = iomStructure.memberships.find((m) => m.id === 'DG-vitorino');
    expect(pope && membershipTitle(iomStructure, pope, 'fr')).toBe('Directrice générale');
    expect(vitorino && membershipTitle(iomStructure, vitorino, 'es')).toBe('Director General');
    expect(pope && membershipTitle(iomStructure, { ...pope, grammaticalGender: 'masculine' }, 'fr')).toBe(
      'Directeur général',
    );
  });

  it('has a label for every unit kind and post kind in every locale, with distinct gendered forms', () => {
    for (const locale of LOCALES) {
      for (const kind of UNIT_KINDS) expect(label(UnitKindLabels, kind, locale).length).toBeGreaterThan(0);
      for (const kind of POST_KINDS) {
        expect(postTitle({ kind }, locale).length).toBeGreaterThan(0);
      }
    }
    const gendered = POST_KINDS.filter(
      (kind) => postTitle({ kind }, 'es', { form: 'feminine' }) !== postTitle({ kind }, 'es', { form: 'masculine' }),
    );
    expect(gendered.length).toBeGreaterThanOrEqual(9);
  });
});
