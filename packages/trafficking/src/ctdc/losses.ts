import type { TraffickingCaseAnyVersion } from '../case-record.js';
import type { CtdcFormat } from './columns.js';

/** What each layout cannot hold, reported once per export with the number of records that lose it. */
export const LOSSES: Readonly<
  Record<CtdcFormat, ReadonlyArray<readonly [string, (record: TraffickingCaseAnyVersion) => boolean]>>
> = {
  'kanon-2020': [
    [
      'exploitation.types:ChildLabour+ForcedAdoption+Surrogacy',
      (r) =>
        ['ChildLabour', 'ForcedAdoption', 'Surrogacy'].some((t) => r.exploitation?.types?.[t as 'Other'] === 'yes'),
    ],
    ['control.methods:ThreatensChildrenFamily', (r) => r.control?.methods?.ThreatensChildrenFamily === 'yes'],
    ['person.citizenship[1..]', (r) => (r.person?.citizenship?.length ?? 0) > 1],
    ['recruitment.methods', (r) => Object.keys(r.recruitment?.methods ?? {}).length > 0],
    [
      'exploitation.durationMonths',
      (r) => r.exploitation?.durationMonths !== undefined || r.exploitation?.durationBand !== undefined,
    ],
  ],
  'synthetic-2024': [
    ['control.methods:Other', (r) => r.control?.methods?.Other === 'yes'],
    [
      'exploitation.sexTypes:RemoteInteractiveServices+PrivateSexualServices',
      (r) =>
        ['RemoteInteractiveServices', 'PrivateSexualServices'].some(
          (t) => r.exploitation?.sexTypes?.[t as 'Pornography'] === 'yes',
        ),
    ],
    ['exploitation.labourActivities', (r) => Object.values(r.exploitation?.labourActivities ?? {}).includes('yes')],
    ['recruitment.abduction', (r) => r.recruitment?.abduction !== undefined],
    ['dataSource', (r) => r.dataSource !== undefined],
    [
      'answers:no',
      (r) =>
        JSON.stringify([
          r.control,
          r.exploitation?.types,
          r.exploitation?.sexTypes,
          r.recruitment?.recruiterRelations,
        ]).includes('"no"'),
    ],
    ['person.citizenship[1..]', (r) => (r.person?.citizenship?.length ?? 0) > 1],
  ],
};
