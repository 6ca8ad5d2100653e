import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isCountryCode } from '@iom/core';
import { ancestors, regionalOfficeFor, unitAt } from '@iom/organization';
import { iomStructure } from '@iom/organization/data';
import { beforeAll, describe, expect, it } from 'vitest';
import { countryMissionKind } from '../kind.js';
import { CountryMission } from '../mission.js';
import { missionValidity, regionalOfficeOf } from '../queries.js';
import { validateMissions } from '../validate.js';
import { missionFacts } from './facts.js';
import { exampleMissions, loadIomMissions, loadMissionFile, MISSION_FILES, type MissionFile } from './index.js';

const TODAY = '2026-12-03';
const folder = join(import.meta.dirname, 'missions');
// Every file of the folder, read as a reviewer would see it (the loader is checked against these).
const files = readdirSync(folder).filter((name) => name.endsWith('.json'));
const raw = new Map(files.map((name) => [name, JSON.parse(readFileSync(join(folder, name), 'utf8')) as unknown[]]));

let missions: readonly CountryMission[] = [];
beforeAll(async () => {
  missions = await loadIomMissions();
});

describe('the mission files', () => {
  it('are ro_<regional office>.json files the loader knows, each a JSON array', () => {
    expect(files.length).toBeGreaterThan(0);
    for (const name of files) {
      expect(name).toMatch(/^ro_[a-z]+\.json$/);
      expect(MISSION_FILES).toContain(name.slice(0, -5));
      expect(Array.isArray(raw.get(name)), name).toBe(true);
    }
  });

  it('are all picked up by the loader, and a missing file is no error', async () => {
    for (const name of MISSION_FILES) {
      const loaded = await loadMissionFile(name);
      const records = raw.get(`${name}.json`);
      if (records === undefined) expect(loaded, name).toBeUndefined();
      else expect(loaded?.length, name).toBe(records.length);
    }
    expect(missions.length).toBe([...raw.values()].reduce((sum, records) => sum + records.length, 0));
    expect(await loadMissionFile('ro_xyz' as MissionFile)).toBeUndefined();
    expect(await loadIomMissions()).toBe(missions);
  });

  it('hold records that pass their kind’s schema and whole-record rules, and the list rules', () => {
    for (const [name, records] of raw) {
      records.forEach((record, index) => {
        const parsed = CountryMission.safeParse(record);
        expect(parsed.success, `${name}[${index}] ${parsed.error?.message}`).toBe(true);
        expect(countryMissionKind.schema.safeParse(record).success, `${name}[${index}]`).toBe(true);
      });
    }
    // Unique ids, one mission per country at a time.
    expect(validateMissions(missions).issues).toEqual([]);
  });

  it('follow the naming of the format: MISSION_<cc>, CO_<cc>, OFFICE_<cc>_<city code>', () => {
    for (const mission of missions) {
      const cc = mission.country;
      expect(isCountryCode(cc)).toBe(true);
      expect(mission.id).toBe(`MISSION_${cc}`);
      expect(mission.unitId).toBe(`CO_${cc}`);
      expect(mission.mainOffice.unitId).toBe(`CO_${cc}`);
      expect(mission.mainOffice.id).toMatch(new RegExp(`^OFFICE_${cc}_[A-Z]{3}$`));
      expect(mission.name.en).toMatch(/^IOM /);
      expect(mission.name.fr).toMatch(/^OIM /);
      expect(mission.name.es).toMatch(/^OIM /);
      expect(mission.mainOffice.city.en, mission.id).toBeTruthy();
    }
  });

  it('source every fact with https pages, and refuse a fact without a source', () => {
    const unsourced = (list: readonly CountryMission[]) =>
      list.flatMap((mission) =>
        missionFacts(mission)
          .filter((fact) => (fact.sources?.length ?? 0) === 0)
          .map((fact) => [mission.id, ...fact.path].join('.')),
      );
    expect(unsourced(missions)).toEqual([]);
    for (const mission of missions) {
      for (const fact of missionFacts(mission)) {
        for (const source of fact.sources ?? []) expect(source.url, mission.id).toMatch(/^https:\/\//);
      }
    }
    const copy = structuredClone(missions[0]);
    if (copy === undefined) throw new Error('no missions');
    copy.mainOffice.sources = [];
    expect(unsourced([copy])).toEqual([`${copy.id}.mainOffice`]);
  });

  it('report, for every mission open today, to exactly one regional office, the one above its country office', () => {
    const open = missions.filter((mission) => {
      const { validFrom, validUntil } = missionValidity(mission);
      return (validFrom ?? '0000-01-01') <= TODAY && TODAY <= (validUntil ?? '9999-12-31');
    });
    expect(open.length).toBe(missions.length);
    for (const mission of open) {
      const office = regionalOfficeOf(mission, iomStructure, TODAY);
      expect(office?.kind, mission.id).toBe('regional_office');
      const covering = iomStructure.units.filter(
        (unit) =>
          unit.kind === 'regional_office' &&
          unit.coverage?.some(
            (list) =>
              list.countries.includes(mission.country) &&
              (list.validFrom ?? unit.validFrom ?? '0000-01-01') <= TODAY &&
              TODAY <= (list.validUntil ?? unit.validUntil ?? '9999-12-31'),
          ),
      );
      expect(
        covering.map((unit) => unit.id),
        mission.id,
      ).toEqual([office?.id]);
      // The mission's country office exists in the structure and sits under that regional office.
      const unit = unitAt(iomStructure, mission.unitId ?? '', TODAY);
      expect(unit?.kind, mission.id).toBe('country_office');
      expect(unit?.country).toBe(mission.country);
      expect(ancestors(iomStructure, unit?.id ?? '', TODAY).find((above) => above.kind === 'regional_office')?.id).toBe(
        office?.id,
      );
    }
  });

  it('cover at least 120 countries, each open mission’s country answered by regionalOfficeFor', () => {
    // Issue 16: at least 120 country missions, and the coverage lists answer for every country where IOM
    // has a mission today (the same office the mission reports to through its country office).
    expect(missions.length).toBeGreaterThanOrEqual(120);
    const unanswered = missions.filter(
      (mission) => regionalOfficeFor(iomStructure, mission.country, TODAY) === undefined,
    );
    expect(unanswered.map((mission) => mission.country)).toEqual([]);
    for (const mission of missions) {
      expect(regionalOfficeFor(iomStructure, mission.country, TODAY)?.id, mission.id).toBe(
        regionalOfficeOf(mission, iomStructure, TODAY)?.id,
      );
    }
  });

  it('hold at least one mission per file, the missions of both helpers adding up in the loader', () => {
    for (const [name, records] of raw) expect(records.length, name).toBeGreaterThan(0);
    const countries = new Set(missions.map((mission) => mission.country));
    expect(countries.size).toBe(missions.length);
  });

  it('keep the three examples as the records of Colombia, Ecuador and Peru', () => {
    for (const example of exampleMissions) {
      expect(missions.find((mission) => mission.id === example.id)).toEqual(example);
    }
  });
});
