import type { Answer, ControlMethod, ControlMethodGroup, ExploitationType } from '../codes.js';

/** k-anon 2020 means-of-control columns (without the `meansOfControl` prefix) → control methods. */
export const KANON_MEANS: ReadonlyArray<readonly [string, readonly ControlMethod[], string]> = [
  ['DebtBondage', ['DebtBondage'], 'Debt bondage'],
  ['TakesEarnings', ['TakesEarnings'], 'Takes earnings'],
  ['RestrictsFinancialAccess', ['RestrictsFinancialAccess'], 'Restricts financial access'],
  ['Threats', ['PhysicalThreats', 'ThreatensChildrenFamily'], 'Threats'],
  ['PsychologicalAbuse', ['PsychologicalAbuse'], 'Psychological abuse'],
  ['PhysicalAbuse', ['PhysicalAbuse'], 'Physical abuse'],
  ['SexualAbuse', ['SexualAbuse'], 'Sexual abuse'],
  ['FalsePromises', ['FalsePromises'], 'False promises'],
  ['PsychoactiveSubstances', ['PsychoactiveSubstance'], 'Psychoactive substances'],
  ['RestrictsMovement', ['RestrictsMovement'], 'Restricts movement'],
  ['RestrictsMedicalCare', ['RestrictsMedicalCare'], 'Restricts medical care'],
  ['ExcessiveWorkingHours', ['ExcessiveWorkingHours'], 'Excessive working hours'],
  ['UsesChildren', ['UsesChildren'], 'Uses children'],
  ['ThreatOfLawEnforcement', ['ThreatsLawEnforcement'], 'Threat of law enforcement'],
  ['WithholdsNecessities', ['WithholdsNecessities'], 'Withholds necessities'],
  ['WithholdsDocuments', ['WithholdsDocuments'], 'Withholds documents'],
  ['Other', ['Other'], 'Other'],
];

/** The control methods each CTDC 2024 group merges. */
export const GROUP_MEMBERS: Readonly<Record<ControlMethodGroup, readonly ControlMethod[]>> = {
  DebtBondageEarnings: ['DebtBondage', 'TakesEarnings'],
  Threats: ['PhysicalThreats', 'ThreatensChildrenFamily', 'UsesChildren', 'ThreatsLawEnforcement'],
  AbusePsyPhySex: ['PsychologicalAbuse', 'PhysicalAbuse', 'SexualAbuse'],
  DenyBasicNeeds: ['RestrictsFinancialAccess', 'RestrictsMovement', 'RestrictsMedicalCare', 'WithholdsNecessities'],
};

/** CTDC 2024 means columns → group or single control method. */
export const SYNTHETIC_MEANS: ReadonlyArray<
  readonly [string, { group: ControlMethodGroup } | { method: ControlMethod }]
> = [
  ['meansDebtBondageEarnings', { group: 'DebtBondageEarnings' }],
  ['meansThreats', { group: 'Threats' }],
  ['meansAbusePsyPhySex', { group: 'AbusePsyPhySex' }],
  ['meansFalsePromises', { method: 'FalsePromises' }],
  ['meansDrugsAlcohol', { method: 'PsychoactiveSubstance' }],
  ['meansDenyBasicNeeds', { group: 'DenyBasicNeeds' }],
  ['meansExcessiveWorkHours', { method: 'ExcessiveWorkingHours' }],
  ['meansWithholdDocs', { method: 'WithholdsDocuments' }],
];

/** k-anon 2020 exploitation columns → exploitation types, with their concatenation labels. */
export const KANON_EXPLOIT: ReadonlyArray<readonly [string, readonly ExploitationType[], string]> = [
  ['isForcedLabour', ['ForcedLabour', 'ForcedBegging'], 'Forced labour'],
  ['isSexualExploit', ['SexualExploitation'], 'Sexual exploitation'],
  ['isOtherExploit', ['Other', 'ForcedAdoption', 'Surrogacy', 'ChildLabour'], 'Other'],
  ['isForcedMarriage', ['ForcedMarriage'], 'Forced marriage'],
  ['isForcedMilitary', ['ForcedMilitaryByNonStateActors'], 'Forced military'],
  ['isOrganRemoval', ['OrganRemoval'], 'Organ removal'],
  ['isSlaveryAndPractices', ['Servitude'], 'Slavery and similar practices'],
];

/** CTDC 2024 `isOtherExploit` merges every type but forced labour and sexual exploitation. */
export const SYNTHETIC_OTHER: readonly ExploitationType[] = [
  'Other',
  'ForcedAdoption',
  'Surrogacy',
  'ChildLabour',
  'ForcedMarriage',
  'ForcedMilitaryByNonStateActors',
  'OrganRemoval',
  'Servitude',
];

/** k-anon 2020 labour columns with their concatenation labels. */
export const KANON_LABOUR: ReadonlyArray<readonly [string, string]> = [
  ['Agriculture', 'Agriculture'],
  ['Aquafarming', 'Aquafarming'],
  ['Begging', 'Begging'],
  ['Construction', 'Construction'],
  ['DomesticWork', 'Domestic work'],
  ['Hospitality', 'Hospitality'],
  ['IllicitActivities', 'Illicit activities'],
  ['Manufacturing', 'Manufacturing'],
  ['MiningOrDrilling', 'Mining or drilling'],
  ['Peddling', 'Peddling'],
  ['Transportation', 'Transportation'],
  ['Other', 'Other'],
];

/** CTDC labour columns made from ISIC sections (and divisions of section A). */
export const LABOUR_INDUSTRY: Readonly<Record<string, { section: string; division?: string }>> = {
  Agriculture: { section: 'A_AgricultureForestryAndFishing', division: '01' },
  Aquafarming: { section: 'A_AgricultureForestryAndFishing', division: '03' },
  Construction: { section: 'F_Construction' },
  DomesticWork: { section: 'T_ActivitiesOfHouseholdsAsEmployers' },
  Hospitality: { section: 'I_AccommodationAndFoodServiceActivities' },
  Manufacturing: { section: 'C_Manufacturing' },
  MiningOrDrilling: { section: 'B_MiningAndQuarrying' },
  Transportation: { section: 'H_TransportationAndStorage' },
};

/** The CTDC labour column of an ISIC section and division. */
export function labourColumnOf(section: string, division: string | undefined): string {
  const letter = section.slice(0, 1);
  if (letter === 'A') return division === '03' ? 'Aquafarming' : division === '02' ? 'Other' : 'Agriculture';
  const found = Object.entries(LABOUR_INDUSTRY).find(([, entry]) => entry.section === section);
  return found?.[0] ?? 'Other';
}

/** k-anon 2020 sex columns with their concatenation labels. */
export const KANON_SEX: ReadonlyArray<readonly [string, string]> = [
  ['Prostitution', 'Prostitution'],
  ['Pornography', 'Pornography'],
  ['RemoteInteractiveServices', 'Remote interactive services'],
  ['PrivateSexualServices', 'Private sexual services'],
];

/** Recruiter relation columns with their labels. */
export const RECRUITER: ReadonlyArray<readonly [string, string]> = [
  ['IntimatePartner', 'Intimate partner'],
  ['Friend', 'Friend'],
  ['Family', 'Family'],
  ['Other', 'Other'],
];

/** A merged answer: yes if any item is yes, no if every item is no, else unknown (undefined). */
export function merge(answers: ReadonlyArray<Answer | undefined>): 'yes' | 'no' | undefined {
  if (answers.some((answer) => answer === 'yes')) return 'yes';
  if (answers.length > 0 && answers.every((answer) => answer === 'no')) return 'no';
  return undefined;
}
