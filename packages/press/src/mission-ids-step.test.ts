import { isCountryCode, migrate } from '@iom/core';
import { isMissionId } from '@iom/missions';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanMissionId, releaseV1 } from '../test/arbitraries.js';
import { pressReleaseKind, pressReleaseKindV1 } from './kind.js';
import { PressRelease } from './release.js';
import { PressReleaseV1 } from './release-v1.js';

const minimal = {
  $kind: 'iom.press-release@1',
  id: 'urn:iom:press:test',
  kind: 'news',
  scope: 'global',
  language: 'en',
  title: 'T',
  body: ['B'],
} as const;

/** What the step does to one version-1 id: the version-2 id, or undefined when it has none. */
function expected(written: string): string | undefined {
  const id = written.trim();
  return isMissionId(id) ? id : isCountryCode(id) ? `MISSION_${id}` : undefined;
}

describe('iom.press-release@1 → @2: mission ids', () => {
  it('keeps @iom/missions ids, makes a country code its mission, and refuses to lose any other id', () => {
    const release = { ...minimal, missions: ['MISSION_EC', 'PE', ' MISSION_CO ', 'ecuador-office'] };
    const refused = migrate(release, { to: pressReleaseKind, locale: 'fr' });
    expect(refused.success).toBe(false);
    expect(refused.issues).toEqual([
      {
        path: ['missions', 3],
        code: 'migration_loss_refused',
        message:
          'La migration vers iom.press-release@2 abandonnerait cette valeur\u00a0; autorisez les pertes pour continuer',
      },
    ]);
    const allowed = migrate(release, { to: pressReleaseKind, allowLoss: true });
    expect(allowed.value?.missions).toEqual(['MISSION_EC', 'MISSION_PE', 'MISSION_CO']);
    expect(allowed.lost).toEqual([['missions', 3]]);
    expect(allowed.steps[0]?.changes.map((change) => [change.code, change.path.join('.'), change.message])).toEqual([
      ['migration_converted', 'missions.1', 'Changed by the step “Missions named by their @iom/missions ids”'],
      ['migration_converted', 'missions.2', 'Changed by the step “Missions named by their @iom/missions ids”'],
      [
        'migration_value_dropped',
        'missions.3',
        'Dropped on the way to iom.press-release@2: that version has no place for this value',
      ],
    ]);
  });

  it('comes back down unchanged: version 1 takes every version-2 id', () => {
    const release = { ...minimal, $kind: 'iom.press-release@2', missions: ['MISSION_EC'] } as const;
    const down = migrate(release, { to: pressReleaseKindV1 });
    expect(down).toMatchObject({ success: true, value: { ...release, $kind: 'iom.press-release@1' }, lost: [] });
    expect(down.steps[0]?.changes).toEqual([]);
  });

  it('gives every valid @1 release with @iom/missions ids back, down after up, byte for byte', () => {
    fc.assert(
      fc.property(releaseV1(cleanMissionId), (release) => {
        expect(PressReleaseV1.safeParse(release).success).toBe(true);
        const up = migrate(release, { to: pressReleaseKind });
        expect(up.success && up.lost).toEqual([]);
        expect(up.steps[0]?.changes).toEqual([]);
        expect(PressRelease.safeParse(up.value).success).toBe(true);
        const down = migrate(up.value, { to: pressReleaseKindV1 });
        expect(JSON.stringify(down.value)).toBe(JSON.stringify(release));
      }),
    );
  });

  it('names, for any valid @1 release, exactly the ids it cannot keep, and keeps the others', () => {
    fc.assert(
      fc.property(releaseV1(), (release) => {
        expect(PressReleaseV1.safeParse(release).success).toBe(true);
        const missions = release.missions ?? [];
        const lostIndexes = missions.flatMap((id, index) => (expected(id) === undefined ? [index] : []));
        const refused = migrate(release, { to: pressReleaseKind });
        expect(refused.lost).toEqual(lostIndexes.map((index) => ['missions', index]));
        expect(refused.success).toBe(lostIndexes.length === 0);
        const up = migrate(release, { to: pressReleaseKind, allowLoss: true });
        expect(up.success).toBe(true);
        const kept = missions.map(expected).filter((id) => id !== undefined);
        if (release.missions !== undefined) expect(up.value?.missions).toEqual(kept);
        // Down again: the release as written, but for the ids the way up rewrote or dropped.
        const down = migrate(up.value, { to: pressReleaseKindV1 });
        expect(down.value).toEqual(release.missions === undefined ? release : { ...release, missions: kept });
      }),
    );
  });

  it('gives every @2 release back, up after down', () => {
    fc.assert(
      fc.property(releaseV1(cleanMissionId), (release) => {
        const current = migrate(release, { to: pressReleaseKind }).value;
        const down = migrate(current, { to: pressReleaseKindV1 });
        expect(down.lost).toEqual([]);
        expect(migrate(down.value, { to: pressReleaseKind }).value).toEqual(current);
      }),
    );
  });
});
