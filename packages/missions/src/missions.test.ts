import { PayloadKindRegistry } from '@iom/core';
import { iomStructure } from '@iom/organization/data';
import { describe, expect, it } from 'vitest';
import { ecuadorMission, exampleMissions, peruMission } from './data/index.js';
import { countryMissionKind } from './kind.js';
import { CountryMission, CountryMissionList } from './mission.js';
import { type CountryMissionInput, CountryMissionShape } from './model.js';
import { chiefOfMissionAt, headTitle, missionFor, officesAt, regionalOfficeOf } from './queries.js';
import { validateMissions } from './validate.js';

// Parsed by the shape alone, so that overrides may break the rules the tests check.
const mission = (overrides: Partial<CountryMissionInput> = {}): CountryMission =>
  CountryMissionShape.parse({
    id: 'M_XX',
    country: 'EC',
    name: { en: 'Test' },
    validFrom: '2000-01-01',
    mainOffice: { id: 'MAIN', kind: 'country_office', city: { en: 'Quito' } },
    subOffices: [
      {
        id: 'SUB_GYE',
        kind: 'sub_office',
        city: { es: 'Guayaquil' },
        validFrom: '2010-01-01',
        validUntil: '2019-12-31',
      },
    ],
    chiefsOfMission: [
      { name: 'A', validFrom: '2000-01-01', validUntil: '2009-12-31', sources: [{ url: 'https://example.org/a' }] },
      {
        name: 'B',
        grammaticalGender: 'feminine',
        interim: 'ad_interim',
        validFrom: '2010-01-01',
        sources: [{ url: 'https://example.org/b' }],
      },
    ],
    ...overrides,
  });

describe('missions', () => {
  it('validates the example data without issues, as payloads of their kind', () => {
    expect(validateMissions(exampleMissions)).toEqual({ success: true, data: exampleMissions, issues: [] });
    for (const example of exampleMissions) {
      expect(countryMissionKind.schema.safeParse(example).success).toBe(true);
      expect(example.sources?.length).toBeGreaterThan(0);
      expect(example.mainOffice.sources?.length).toBeGreaterThan(0);
    }
    expect(exampleMissions.map((m) => m.country)).toEqual(['CO', 'EC', 'PE']);
  });

  it('finds the mission of a country on a date', () => {
    expect(missionFor(exampleMissions, 'EC', '2024-06-01')?.mainOffice.city.es).toBe('Quito');
    // IOM has been in Ecuador since 1965.
    expect(missionFor(exampleMissions, 'EC', '1964-12-31')).toBeUndefined();
    expect(missionFor(exampleMissions, 'EC', '1965-01-01')?.id).toBe('MISSION_EC');
    expect(missionFor(exampleMissions, 'BR', '2024-06-01')).toBeUndefined();
    const closed = mission({ validUntil: '2020-12-31' });
    expect(missionFor([closed], 'EC', '2021-01-01')).toBeUndefined();
  });

  it('gives the head of mission and open offices by date, with gendered titles', () => {
    const m = mission();
    expect(chiefOfMissionAt(m, '2005-05-05')?.name).toBe('A');
    const b = chiefOfMissionAt(m, '2024-01-01');
    expect(b?.name).toBe('B');
    expect(b && headTitle(b, 'es')).toBe('Jefa de Misión interina');
    expect(b && headTitle(b, 'fr')).toBe('Cheffe de mission par intérim');
    expect(officesAt(m, '2015-01-01').map((o) => o.id)).toEqual(['MAIN', 'SUB_GYE']);
    expect(officesAt(m, '2020-01-01').map((o) => o.id)).toEqual(['MAIN']);
    // Mentions are never used as dated terms.
    expect(chiefOfMissionAt(ecuadorMission, '2009-06-01')).toBeUndefined();
    const davalos = peruMission.mentions[0];
    expect(davalos && headTitle(davalos, 'es')).toBe('Jefe de Misión');
    const guidi = ecuadorMission.mentions[0];
    expect(guidi && headTitle(guidi, 'fr')).toBe('Chef / Cheffe de mission');
  });

  it('links a mission to its regional office in the IOM structure', () => {
    expect(regionalOfficeOf(ecuadorMission, iomStructure, '2023-06-01')?.id).toBe('RO_BUE');
    expect(regionalOfficeOf(ecuadorMission, iomStructure, '2024-06-01')?.id).toBe('RO_PTY');
    for (const example of exampleMissions) {
      expect(iomStructure.units.some((unit) => unit.id === example.unitId)).toBe(true);
    }
  });

  it('reports overlapping heads, two missions for one country, bad kinds and dates', () => {
    const overlapping = mission({
      chiefsOfMission: [
        { name: 'A', validFrom: '2000-01-01', validUntil: '2010-06-30', sources: [{ url: 'https://example.org/a' }] },
        { name: 'B', validFrom: '2010-01-01', sources: [{ url: 'https://example.org/b' }] },
      ],
    });
    const issues = validateMissions([overlapping], { locale: 'fr' }).issues;
    expect(issues).toEqual([
      {
        path: [0, 'chiefsOfMission', 1],
        code: 'mission_chiefs_overlap',
        message: 'La mission M_XX a deux chefs le 1 janvier 2010 : A et B',
      },
    ]);
    const twice = validateMissions([
      mission(),
      mission({ id: 'M_YY', mainOffice: { id: 'MAIN2', kind: 'sub_office', city: { en: 'x' } }, subOffices: [] }),
    ]).issues;
    expect(twice.map((issue) => issue.code).sort()).toEqual(['mission_country_overlap', 'mission_main_office_kind']);
    const bad = validateMissions([mission({ yearEstablished: 2005, validUntil: '1999-01-01' })]).issues;
    expect(bad.map((issue) => issue.code).sort()).toEqual([
      'date_range_reversed',
      'mission_started_before_established',
    ]);
  });

  it('checks one mission’s rules as a payload of its kind, paths from the mission itself', () => {
    const registry = new PayloadKindRegistry([countryMissionKind]);
    const overlapping = mission({
      chiefsOfMission: [
        { name: 'A', validFrom: '2000-01-01', validUntil: '2010-06-30', sources: [{ url: 'https://example.org/a' }] },
        { name: 'B', validFrom: '2010-01-01', sources: [{ url: 'https://example.org/b' }] },
      ],
    });
    expect(registry.validate(overlapping, { kind: 'iom.country-mission', locale: 'es' }).issues).toEqual(
      validateMissions([overlapping], { locale: 'es' }).issues.map((issue) => ({
        ...issue,
        path: issue.path.slice(1),
      })),
    );
    expect(registry.validate(overlapping, { kind: 'iom.country-mission' }).issues).toMatchObject([
      { path: ['chiefsOfMission', 1], code: 'mission_chiefs_overlap' },
    ]);
    const reused = mission({ mainOffice: { id: 'M_XX', kind: 'country_office', city: { en: 'Quito' } } });
    expect(registry.validate(reused, { kind: 'iom.country-mission' }).issues).toMatchObject([
      { path: ['mainOffice', 'id'], code: 'mission_duplicate_id' },
    ]);
    for (const example of exampleMissions) expect(registry.validate(example).success).toBe(true);
  });

  it('never crashes on a date that is not a real day: the field reports it, the rules quote it as written', () => {
    const sources = [{ url: 'https://example.org/a' }];
    const chiefsOfMission = [
      { name: 'A', validFrom: '2010-02-30', sources },
      { name: 'B', validFrom: '2010-02-30', sources },
    ];
    const bad = { ...mission(), chiefsOfMission, validFrom: '2000-13-01' };
    const issues = validateMissions([bad, { ...bad, id: 'M_YY' }]).issues;
    expect(issues.some((issue) => issue.code === 'invalid_format')).toBe(true);
    // The overlap is still seen, its date quoted as written.
    expect(issues.find((issue) => issue.code === 'mission_chiefs_overlap')?.message).toContain('2010-02-30');
  });

  it('reports an id used twice once, whether inside one mission or across two', () => {
    const inside = mission({ mainOffice: { id: 'SUB_GYE', kind: 'country_office', city: { en: 'Quito' } } });
    const other = mission({
      id: 'M_PE',
      country: 'PE',
      mainOffice: { id: 'SUB_GYE', kind: 'country_office', city: { en: 'Lima' } },
      subOffices: [],
    });
    const result = CountryMissionList.safeParse([inside, other]);
    expect(result.success).toBe(false);
    const duplicates = validateMissions([inside, other]).issues.filter(
      (issue) => issue.code === 'mission_duplicate_id',
    );
    // Inside the first mission: its sub-office repeats its main office's id; the second mission reuses it.
    expect(duplicates.map((issue) => issue.path)).toEqual([
      [0, 'subOffices', 0, 'id'],
      [1, 'mainOffice', 'id'],
    ]);
  });

  it('takes contact points from @iom/contact and rejects an empty one', () => {
    expect(ecuadorMission.contactPoints[0]?.emails).toEqual(['nzelisko@iom.org.ec']);
    const result = CountryMission.safeParse({ ...mission(), contactPoints: [{ emails: ['a@b.org'] }] });
    expect(result.success).toBe(false);
  });
});
