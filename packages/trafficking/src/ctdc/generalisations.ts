import type { TraffickingCaseAnyVersion } from '../case-record.js';
import type { CtdcFormat } from './columns.js';

/**
 * The generalisations every CTDC export applies before k-anonymity: the field, what it becomes, whether
 * a record is changed by it, and the layouts that apply it. The export report counts the records each one
 * changed.
 */
export const GENERALISATIONS: ReadonlyArray<
  readonly [string, string, (record: TraffickingCaseAnyVersion) => boolean, readonly CtdcFormat[]]
> = [
  ['person.birthDate', 'ageBroad', (r) => r.person?.birthDate !== undefined, ['kanon-2020', 'synthetic-2024']],
  [
    'person.ageAtRegistration',
    'ageBroad',
    (r) => r.person?.ageAtRegistration !== undefined,
    ['kanon-2020', 'synthetic-2024'],
  ],
  ['victim.ageWhenTrafficked', 'majorityEntry', (r) => r.victim?.ageWhenTrafficked !== undefined, ['kanon-2020']],
  [
    'victim.ageAtExploitationStart',
    'majorityStatusAtExploit',
    (r) => r.victim?.ageAtExploitationStart !== undefined,
    ['kanon-2020'],
  ],
  ['registrationDate', 'year', (r) => (r.registrationDate?.length ?? 0) > 4, ['kanon-2020', 'synthetic-2024']],
  [
    'movement.origin.subdivision',
    'country',
    (r) =>
      r.person?.citizenship === undefined &&
      r.movement?.origin?.country === undefined &&
      r.movement?.origin?.subdivision !== undefined,
    ['kanon-2020', 'synthetic-2024'],
  ],
  ['person.citizenship', 'first', (r) => (r.person?.citizenship?.length ?? 0) > 1, ['kanon-2020', 'synthetic-2024']],
  [
    'exploitation.durationMonths',
    'traffickMonths',
    (r) => r.exploitation?.durationMonths !== undefined,
    ['synthetic-2024'],
  ],
];
