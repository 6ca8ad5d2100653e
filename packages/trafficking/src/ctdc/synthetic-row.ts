import { countryAlpha3 } from '@iom/core';
import type { TraffickingCaseAnyVersion } from '../case-record.js';
import type { Answer } from '../codes.js';
import type { FlatRow } from '../csv.js';
import { ageBandAtRegistration, countryOfExploitation, durationBand, registrationYear } from '../derive.js';
import { citizenshipOf } from './citizenship.js';
import { GROUP_MEMBERS, labourColumnOf, merge, RECRUITER, SYNTHETIC_MEANS, SYNTHETIC_OTHER } from './mapping.js';

// One row of the Global Synthetic Dataset 2024: `1` or empty, alpha-3 countries, no `no`.

const GENDER: Readonly<Record<string, string>> = {
  Feminine: 'Woman',
  Masculine: 'Man',
  TransgenderFeminine: 'Trans/Transgender/NonConforming',
  TransgenderMasculine: 'Trans/Transgender/NonConforming',
  NonConforming: 'Trans/Transgender/NonConforming',
};

const MONTHS: Readonly<Record<string, string>> = {
  '0--12': '0--12 (0-1 yr)',
  '13--24': '13--24 (1-2 yrs)',
  '25+': '25+ (2+ yrs)',
};

/** `1` when any answer is yes (or the group is), else empty: 2024 cannot say no. */
function one(answers: ReadonlyArray<Answer | undefined>, group = false): string {
  return group || merge(answers) === 'yes' ? '1' : '';
}

function demographics(record: TraffickingCaseAnyVersion, row: FlatRow): void {
  const year = registrationYear(record);
  row.yearOfRegistration = year === undefined ? '' : String(year);
  row.gender = GENDER[record.person?.gender ?? ''] ?? '';
  const band = ageBandAtRegistration(record);
  row.ageBroad = band === '9--17' ? '09--17' : (band ?? '');
  const citizenship = citizenshipOf(record);
  row.citizenship = citizenship === undefined ? '' : (countryAlpha3(citizenship) ?? '');
  const exploitedIn = countryOfExploitation(record);
  row.CountryOfExploitation = exploitedIn === undefined ? '' : (countryAlpha3(exploitedIn) ?? '');
  const duration = durationBand(record);
  row.traffickMonths = duration === undefined ? '' : (MONTHS[duration] ?? '');
}

function meansOfControl(record: TraffickingCaseAnyVersion, row: FlatRow): void {
  const methods = record.control?.methods ?? {};
  const groups = record.control?.groups ?? {};
  for (const [name, target] of SYNTHETIC_MEANS) {
    row[name] =
      'group' in target
        ? one(
            GROUP_MEMBERS[target.group].map((item) => methods[item]),
            groups[target.group] === 'yes',
          )
        : one([methods[target.method]]);
  }
}

function exploitation(record: TraffickingCaseAnyVersion, row: FlatRow): void {
  const types = record.exploitation?.types ?? {};
  row.isForcedLabour = one([types.ForcedLabour, types.ForcedBegging]);
  row.isSexualExploit = one([types.SexualExploitation]);
  row.isOtherExploit = one(
    SYNTHETIC_OTHER.map((item) => types[item]),
    record.exploitation?.otherTypeGroup === 'yes',
  );
  const columns = new Set(
    (record.exploitation?.industries ?? []).map((entry) => labourColumnOf(entry.section, entry.division)),
  );
  for (const name of ['Agriculture', 'Construction', 'DomesticWork', 'Hospitality']) {
    row[`typeOfLabour${name}`] = row.isForcedLabour === '1' && columns.has(name) ? '1' : '';
  }
  const sexTypes = record.exploitation?.sexTypes ?? {};
  row.typeOfSexProstitution = row.isSexualExploit === '1' ? one([sexTypes.Prostitution]) : '';
  row.typeOfSexPornography = row.isSexualExploit === '1' ? one([sexTypes.Pornography]) : '';
}

/** A case as a synthetic 2024 row (before k-anonymity). */
export function syntheticRow(record: TraffickingCaseAnyVersion): FlatRow {
  const row: FlatRow = {};
  demographics(record, row);
  meansOfControl(record, row);
  exploitation(record, row);
  const relations = record.recruitment?.recruiterRelations ?? {};
  for (const [name] of RECRUITER) row[`recruiterRelation${name}`] = one([relations[name as keyof typeof relations]]);
  return row;
}
