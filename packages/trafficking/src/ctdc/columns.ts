/** The CTDC layouts `toCtdc` and `fromCtdc` know. */
export const CTDC_FORMATS = ['kanon-2020', 'synthetic-2024'] as const;
/**
 * A CTDC layout: `kanon-2020` is the k-anonymised Global Dataset (63 columns, `-99` for missing, ISO
 * alpha-2 countries); `synthetic-2024` is the Global Synthetic Dataset of 2024 (27 columns, `1` or empty,
 * ISO alpha-3 countries).
 */
export type CtdcFormat = (typeof CTDC_FORMATS)[number];

/** One CTDC column and the case fields it is made from (their classification decides k-anonymity). */
export interface CtdcColumn {
  /** The column name, as CTDC spells it. */
  readonly name: string;
  /** The paths of the case fields it is made from (see `FIELD_CLASSIFICATION`). */
  readonly sources: readonly string[];
}

const AGE = ['person.birthDate', 'person.ageAtRegistration', 'person.ageBand', 'registrationDate'];
const COUNTRY_OF_EXPLOITATION = ['exploitation.countries', 'identificationCountry', 'movement.destination.country'];
const CITIZENSHIP = ['person.citizenship', 'movement.origin.country', 'movement.origin.subdivision'];

const col = (name: string, ...sources: string[]): CtdcColumn => ({ name, sources });

const MEANS_2020 = [
  'DebtBondage',
  'TakesEarnings',
  'RestrictsFinancialAccess',
  'Threats',
  'PsychologicalAbuse',
  'PhysicalAbuse',
  'SexualAbuse',
  'FalsePromises',
  'PsychoactiveSubstances',
  'RestrictsMovement',
  'RestrictsMedicalCare',
  'ExcessiveWorkingHours',
  'UsesChildren',
  'ThreatOfLawEnforcement',
  'WithholdsNecessities',
  'WithholdsDocuments',
  'Other',
  'NotSpecified',
];
const LABOUR_2020 = [
  'Agriculture',
  'Aquafarming',
  'Begging',
  'Construction',
  'DomesticWork',
  'Hospitality',
  'IllicitActivities',
  'Manufacturing',
  'MiningOrDrilling',
  'Peddling',
  'Transportation',
  'Other',
  'NotSpecified',
];
const SEX_2020 = ['Prostitution', 'Pornography', 'RemoteInteractiveServices', 'PrivateSexualServices'];
const EXPLOIT = 'exploitation.types';

/** The 63 columns of the CTDC k-anonymised Global Dataset, in the dataset's order. */
export const CTDC_KANON_2020_COLUMNS: readonly CtdcColumn[] = [
  col('yearOfRegistration', 'registrationDate'),
  col('Datasource', 'dataSource'),
  col('gender', 'person.gender'),
  col('ageBroad', ...AGE),
  col('majorityStatus', ...AGE, 'person.majority'),
  col('majorityStatusAtExploit', 'victim.ageAtExploitationStart', 'victim.majorityAtExploitationStart'),
  col('majorityEntry', 'victim.ageWhenTrafficked', 'victim.majorityWhenTrafficked'),
  col('citizenship', ...CITIZENSHIP),
  ...MEANS_2020.map((name) => col(`meansOfControl${name}`, 'control.methods', 'control.groups')),
  col('meansOfControlConcatenated', 'control.methods', 'control.groups'),
  col('isForcedLabour', EXPLOIT),
  col('isSexualExploit', EXPLOIT),
  col('isOtherExploit', EXPLOIT, 'exploitation.otherTypeGroup'),
  col('isSexAndLabour', EXPLOIT),
  col('isForcedMarriage', EXPLOIT),
  col('isForcedMilitary', EXPLOIT),
  col('isOrganRemoval', EXPLOIT),
  col('isSlaveryAndPractices', EXPLOIT),
  col('typeOfExploitConcatenated', EXPLOIT),
  ...LABOUR_2020.map((name) =>
    col(`typeOfLabour${name}`, 'exploitation.industries[].section', 'exploitation.labourActivities'),
  ),
  col('typeOfLabourConcatenated', 'exploitation.industries[].section', 'exploitation.labourActivities'),
  ...SEX_2020.map((name) => col(`typeOfSex${name}`, 'exploitation.sexTypes')),
  col('typeOfSexConcatenated', 'exploitation.sexTypes'),
  col('isAbduction', 'recruitment.abduction'),
  col('RecruiterRelationship', 'recruitment.recruiterRelations'),
  col('CountryOfExploitation', ...COUNTRY_OF_EXPLOITATION),
  ...['IntimatePartner', 'Friend', 'Family', 'Other', 'Unknown'].map((name) =>
    col(`recruiterRelation${name}`, 'recruitment.recruiterRelations'),
  ),
];

/** The 27 columns of the CTDC Global Synthetic Dataset 2024, in the dataset's order. */
export const CTDC_SYNTHETIC_2024_COLUMNS: readonly CtdcColumn[] = [
  col('yearOfRegistration', 'registrationDate'),
  col('gender', 'person.gender'),
  col('ageBroad', ...AGE),
  col('citizenship', ...CITIZENSHIP),
  col('CountryOfExploitation', ...COUNTRY_OF_EXPLOITATION),
  col('traffickMonths', 'exploitation.durationMonths', 'exploitation.durationBand'),
  ...[
    'meansDebtBondageEarnings',
    'meansThreats',
    'meansAbusePsyPhySex',
    'meansFalsePromises',
    'meansDrugsAlcohol',
    'meansDenyBasicNeeds',
    'meansExcessiveWorkHours',
    'meansWithholdDocs',
  ].map((name) => col(name, 'control.methods', 'control.groups')),
  col('isForcedLabour', EXPLOIT),
  col('isSexualExploit', EXPLOIT),
  col('isOtherExploit', EXPLOIT, 'exploitation.otherTypeGroup'),
  ...['Agriculture', 'Construction', 'DomesticWork', 'Hospitality'].map((name) =>
    col(`typeOfLabour${name}`, 'exploitation.industries[].section'),
  ),
  col('typeOfSexProstitution', 'exploitation.sexTypes'),
  col('typeOfSexPornography', 'exploitation.sexTypes'),
  ...['IntimatePartner', 'Friend', 'Family', 'Other'].map((name) =>
    col(`recruiterRelation${name}`, 'recruitment.recruiterRelations'),
  ),
];

/** The columns of a CTDC layout. */
export function ctdcColumns(format: CtdcFormat): readonly CtdcColumn[] {
  return format === 'kanon-2020' ? CTDC_KANON_2020_COLUMNS : CTDC_SYNTHETIC_2024_COLUMNS;
}

/** The missing-value marker of a layout: `-99` for k-anon 2020, empty for synthetic 2024. */
export function ctdcMissing(format: CtdcFormat): string {
  return format === 'kanon-2020' ? '-99' : '';
}
