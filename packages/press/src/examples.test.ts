import { migrate, PayloadKindRegistry } from '@iom/core';
import { exampleMissions } from '@iom/missions/data';
import { describe, expect, it } from 'vitest';
import { exampleReleases, exampleReleasesV1 } from '../test/helpers.js';
import { pressReleaseKind, pressReleaseKindV1 } from './kind.js';
import { validatePressRelease } from './validate-release.js';

describe('examples/press', () => {
  const releases = exampleReleases();
  const registry = new PayloadKindRegistry([pressReleaseKind]);

  it('are valid iom.press-release@1 payloads', () => {
    for (const release of Object.values(exampleReleasesV1())) {
      expect(release.$kind).toBe('iom.press-release@1');
      expect(registry.validate(release)).toMatchObject({ success: true, kind: pressReleaseKindV1 });
    }
  });

  it('each migrate to a valid iom.press-release@2 without loss, and back down to the file as written', () => {
    for (const release of Object.values(exampleReleasesV1())) {
      const up = migrate(release, { to: pressReleaseKind });
      expect(up).toMatchObject({ success: true, issues: [], lost: [] });
      expect(up.value?.$kind).toBe('iom.press-release@2');
      expect(registry.validate(up.value).issues).toEqual([]);
      const down = migrate(up.value, { to: pressReleaseKindV1 });
      expect(down).toMatchObject({ success: true, lost: [] });
      expect(JSON.stringify(down.value)).toBe(JSON.stringify(release));
    }
  });

  it('name missions that exist, once migrated', () => {
    for (const release of Object.values(releases)) {
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
