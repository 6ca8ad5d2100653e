import { PayloadKindRegistry } from '@iom/core';
import { exampleMissions } from '@iom/missions/data';
import { describe, expect, it } from 'vitest';
import { exampleReleases } from '../test/helpers.js';
import { pressReleaseKind } from './release.js';
import { validatePressRelease } from './validate-release.js';

describe('examples/press', () => {
  const releases = exampleReleases();
  const registry = new PayloadKindRegistry([pressReleaseKind]);

  it('are valid iom.press-release@1 payloads whose missions exist', () => {
    for (const release of Object.values(releases)) {
      expect(release.$kind).toBe('iom.press-release@1');
      expect(registry.validate(release).issues).toEqual([]);
      expect(validatePressRelease(release, { missions: exampleMissions }).issues).toEqual([]);
    }
  });

  it('link each language version to the two others, the French one being the original', () => {
    const all = Object.values(releases);
    for (const release of all) {
      const others = all
        .filter((other) => other !== release)
        .map((other) => ({ language: other.language, id: other.id }));
      expect(release.translations?.map(({ language, id }) => ({ language, id }))).toEqual(
        expect.arrayContaining(others),
      );
      expect(release.translations).toHaveLength(2);
    }
    expect(releases.en.translations?.find((link) => link.original)?.language).toBe('fr');
    expect(releases.es.translations?.find((link) => link.original)?.language).toBe('fr');
  });

  it('carry the same facts in the three languages', () => {
    const { fr, en, es } = releases;
    for (const release of [en, es]) {
      expect(release.body).toHaveLength(fr.body.length);
      expect(release.countries).toEqual(fr.countries);
      expect(release.partners).toEqual(fr.partners);
      expect(release.missions).toEqual(fr.missions);
      expect(release.quotes?.[0]?.speaker.name).toBe('Alejandro Guidi');
    }
  });
});
