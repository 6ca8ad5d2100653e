/**
 * How a field of a {@link TraffickingCase} (or of a {@link TraffickingCaseV1}) may leave the case management system:
 *
 * - `directIdentifier`: names a person or can be looked up (names, birth date, contact details, ids, free
 *   text). Removed by `redact`, replaced by a keyed pseudonym or removed by `pseudonymise`, never exported.
 * - `quasiIdentifier`: harmless alone, identifying in combination (age, gender, citizenship, places, dates).
 *   Generalised at export and held to k-anonymity.
 * - `sensitive`: what the data is about (exploitation, control, trafficking status). Kept in research
 *   exports, never used to link records.
 * - `other`: process data (status, consent answers, payload kind).
 *
 * @see {@link FIELD_CLASSIFICATION}
 */
export type FieldClass = 'directIdentifier' | 'quasiIdentifier' | 'sensitive' | 'other';

/** The classes, in the order the docs list them. */
export const FIELD_CLASSES: readonly FieldClass[] = ['directIdentifier', 'quasiIdentifier', 'sensitive', 'other'];

/** One field's classification. */
export interface FieldClassification {
  /** The field's path: dotted, `[]` for every element of a list (`assistance.referrals[].details`). */
  readonly path: string;
  /** Its class. */
  readonly class: FieldClass;
  /** The HTCDS 2.0 field it corresponds to, when there is one. */
  readonly htcds?: string;
}

const D: FieldClass = 'directIdentifier';
const Q: FieldClass = 'quasiIdentifier';
const S: FieldClass = 'sensitive';
const O: FieldClass = 'other';

function place(prefix: string, htcdsPrefix?: string): FieldClassification[] {
  const h = (field: string) => (htcdsPrefix === undefined ? {} : { htcds: `${htcdsPrefix}${field}` });
  return [
    { path: `${prefix}.country`, class: Q, ...h('Country') },
    { path: `${prefix}.subdivision`, class: Q, ...h('State') },
    { path: `${prefix}.city`, class: D, ...h('City') },
    { path: `${prefix}.date`, class: Q, ...h('Date') },
  ];
}

/**
 * THE classification of every field of a trafficking case (version 2; {@link FIELD_CLASSIFICATION_V1_ONLY}
 * adds the fields only version 1 has): the one place privacy rules read from.
 * `redact`, `pseudonymise`, the CTDC export (which holds the columns made from quasi-identifiers to
 * k-anonymity) and the README table all come from this list, and a test proves that every field of the
 * schema is in it.
 *
 * Exploitation, control and recruitment details are classed `sensitive`, not quasi-identifiers: they are
 * what a research dataset exists to publish, and an outsider rarely knows them; demographics, places and
 * dates are what an outsider knows, and they are held to k-anonymity.
 */
export const FIELD_CLASSIFICATION: readonly FieldClassification[] = [
  { path: '$kind', class: O },
  { path: 'id', class: D },
  { path: 'dataSource', class: Q },
  { path: 'registrationDate', class: Q },
  { path: 'identificationCountry', class: Q },
  { path: 'status', class: O, htcds: 'cas_Status' },
  { path: 'closureReason', class: D, htcds: 'cas_ReasonForCaseClosure' },
  { path: 'owner', class: D, htcds: 'cas_CaseOwner' },
  { path: 'person.id', class: D },
  { path: 'person.salutation', class: D, htcds: 'prs_Salutation' },
  { path: 'person.firstName', class: D, htcds: 'prs_FirstName' },
  { path: 'person.middleName', class: D, htcds: 'prs_MiddleName' },
  { path: 'person.secondName', class: D, htcds: 'prs_SecondName' },
  { path: 'person.birthDate', class: D, htcds: 'prs_Birthdate' },
  { path: 'person.ageAtRegistration', class: Q },
  { path: 'person.ageBand', class: Q },
  { path: 'person.majority', class: Q },
  { path: 'person.gender', class: Q, htcds: 'prs_Gender' },
  { path: 'person.citizenship', class: Q, htcds: 'prs_Citizenship' },
  { path: 'person.maritalStatus', class: Q, htcds: 'prs_MaritalStatus' },
  { path: 'person.numberOfChildren', class: Q, htcds: 'prs_NumberOfChildren' },
  { path: 'person.primaryLanguage', class: Q, htcds: 'prs_PrimaryLanguage' },
  { path: 'person.secondaryLanguage', class: Q, htcds: 'prs_SecondaryLanguage' },
  { path: 'person.highestLevelOfEducation', class: Q, htcds: 'prs_HighestLevelOfEducation' },
  { path: 'person.identityNumber', class: D, htcds: 'prs_IdentityNumber' },
  { path: 'person.title', class: D, htcds: 'prs_Title' },
  { path: 'person.email', class: D, htcds: 'prs_Email' },
  { path: 'person.homePhone', class: D, htcds: 'prs_HomePhone' },
  { path: 'person.mobilePhone', class: D, htcds: 'prs_MobilePhone' },
  { path: 'person.mailingAddress.country', class: Q, htcds: 'prs_MailingCountry' },
  { path: 'person.mailingAddress.streetLines', class: D, htcds: 'prs_MailingStreet' },
  { path: 'person.mailingAddress.poBox', class: D, htcds: 'prs_MailingStreet' },
  { path: 'person.mailingAddress.locality', class: D, htcds: 'prs_MailingCity' },
  { path: 'person.mailingAddress.region', class: D, htcds: 'prs_MailingState' },
  { path: 'person.mailingAddress.subdivision', class: Q, htcds: 'prs_MailingState' },
  { path: 'person.mailingAddress.postalCode', class: D, htcds: 'prs_MailingPostalCode' },
  { path: 'person.deceased', class: S, htcds: 'prs_Deceased' },
  { path: 'victim.traffickingStatus', class: S, htcds: 'vic_TraffickingStatus' },
  { path: 'victim.traffickingStatusDecisionMakingOrg', class: S, htcds: 'vic_TraffickingStatusDecisionMakingOrg' },
  { path: 'victim.ageWhenTrafficked', class: Q, htcds: 'vic_AgeWhenTrafficked' },
  { path: 'victim.majorityWhenTrafficked', class: Q },
  { path: 'victim.ageAtExploitationStart', class: Q },
  { path: 'victim.majorityAtExploitationStart', class: Q },
  { path: 'exploitation.types', class: S, htcds: 'vic_TypeOfExploitation' },
  { path: 'exploitation.otherTypeGroup', class: S },
  { path: 'exploitation.industries[].section', class: S, htcds: 'vic_ForcedLabourIndustry' },
  { path: 'exploitation.industries[].division', class: S },
  { path: 'exploitation.labourActivities', class: S },
  { path: 'exploitation.sexTypes', class: S, htcds: 'vic_TypeOfSexExploitation' },
  { path: 'exploitation.websitesAndApps', class: S, htcds: 'vic_ExploitationWebsitesAndApps' },
  { path: 'exploitation.countries', class: Q, htcds: 'hte_Country' },
  { path: 'exploitation.locationOrganisation', class: D, htcds: 'vic_LocationOfExploitation' },
  { path: 'exploitation.startDate', class: Q },
  { path: 'exploitation.endDate', class: Q },
  { path: 'exploitation.durationMonths', class: Q },
  { path: 'exploitation.durationBand', class: Q },
  { path: 'recruitment.methods', class: S, htcds: 'vic_MethodOfRecruitment' },
  { path: 'recruitment.websitesAndApps', class: S, htcds: 'vic_RecruitmentWebsitesAndApps' },
  { path: 'recruitment.locationOrganisation', class: D, htcds: 'vic_LocationOfRecruitment' },
  { path: 'recruitment.relationshipToTrafficker', class: S, htcds: 'vic_RelationshipToTrafficker' },
  { path: 'recruitment.recruiterRelations', class: S },
  { path: 'recruitment.abduction', class: S },
  { path: 'recruitment.date', class: Q },
  { path: 'control.methods', class: S, htcds: 'vic_MethodsOfControl' },
  { path: 'control.groups', class: S },
  ...place('movement.origin'),
  ...place('movement.transit[]', 'hte_'),
  ...place('movement.destination'),
  { path: 'assistance.supportPlans[].type', class: S, htcds: 'spl_Type' },
  { path: 'assistance.supportPlans[].objectives', class: D, htcds: 'spl_Objectives' },
  { path: 'assistance.supportPlans[].actionPlan', class: D, htcds: 'spl_ActionPlan' },
  { path: 'assistance.supportPlans[].plannedEndDate', class: O, htcds: 'spl_PlannedEndDate' },
  { path: 'assistance.supportPlans[].actualEndDate', class: O, htcds: 'spl_ActualEndDate' },
  { path: 'assistance.referrals[].direction', class: O },
  { path: 'assistance.referrals[].organisation', class: O, htcds: 'cas_ReferringOrganisation' },
  { path: 'assistance.referrals[].date', class: O, htcds: 'cas_IncomingReferralDate' },
  { path: 'assistance.referrals[].primaryCaseWorker', class: D, htcds: 'cas_ReferringPrimaryCaseWorker' },
  { path: 'assistance.referrals[].reason', class: O, htcds: 'cas_ReasonForIncomingReferral' },
  { path: 'assistance.referrals[].details', class: D, htcds: 'cas_IncomingReferralDetails' },
  { path: 'perpetrators[].id', class: D },
  { path: 'perpetrators[].name', class: D },
  { path: 'perpetrators[].gender', class: S },
  { path: 'perpetrators[].age', class: S },
  { path: 'perpetrators[].citizenship', class: S },
  { path: 'perpetrators[].roles', class: S, htcds: 'per_RoleInProcess' },
  { path: 'perpetrators[].roleDetails', class: D, htcds: 'per_RoleDetails' },
  { path: 'perpetrators[].organisation', class: D, htcds: 'per_Organisation' },
  { path: 'consent.interview', class: O, htcds: 'con_Consent' },
  { path: 'consent.purposeOfInterview', class: O },
  { path: 'consent.useOfData', class: O },
  { path: 'consent.dataForResearch', class: O },
  { path: 'consent.rightToBeForgotten', class: O },
  { path: 'consent.date', class: O },
  { path: 'notCollected', class: O },
];

/**
 * The fields of version 1 (`iom.trafficking-case@1`) that version 2 names otherwise: the mailing address's
 * `street`, `city` and `state`, direct identifiers as their version-2 counterparts are. Its other fields are
 * those of {@link FIELD_CLASSIFICATION} (without the address fields version 1 did not have). `redact` and
 * `pseudonymise` remove these as well, so that a stored version-1 record never keeps them.
 */
export const FIELD_CLASSIFICATION_V1_ONLY: readonly FieldClassification[] = [
  { path: 'person.mailingAddress.street', class: D, htcds: 'prs_MailingStreet' },
  { path: 'person.mailingAddress.city', class: D, htcds: 'prs_MailingCity' },
  { path: 'person.mailingAddress.state', class: D, htcds: 'prs_MailingState' },
];

/** The address fields version 2 has and version 1 had not (it named three of them otherwise). */
const V2_ONLY = new Set([
  'person.mailingAddress.streetLines',
  'person.mailingAddress.poBox',
  'person.mailingAddress.locality',
  'person.mailingAddress.region',
  'person.mailingAddress.subdivision',
]);

// Built on first use, never at import.
let versionOne: readonly FieldClassification[] | undefined;

/**
 * The classification of every field of one version of the kind: {@link FIELD_CLASSIFICATION} for version 2
 * (`iom.trafficking-case@2`); for version 1, the fields it shares with version 2, then
 * {@link FIELD_CLASSIFICATION_V1_ONLY}.
 */
export function classificationOf(version: 1 | 2): readonly FieldClassification[] {
  if (version === 2) return FIELD_CLASSIFICATION;
  versionOne ??= [...FIELD_CLASSIFICATION.filter((entry) => !V2_ONLY.has(entry.path)), ...FIELD_CLASSIFICATION_V1_ONLY];
  return versionOne;
}

// Built on first use, never at import.
let byPath: Map<string, FieldClassification> | undefined;

/**
 * The class of the field at `path`, in either version of the kind (as written in
 * {@link FIELD_CLASSIFICATION} and {@link FIELD_CLASSIFICATION_V1_ONLY}), or `undefined`.
 */
export function classOf(path: string): FieldClass | undefined {
  byPath ??= new Map([...FIELD_CLASSIFICATION, ...FIELD_CLASSIFICATION_V1_ONLY].map((entry) => [entry.path, entry]));
  return byPath.get(path)?.class;
}

/**
 * The paths of every field of class `fieldClass`, in either version of the kind (those of
 * {@link FIELD_CLASSIFICATION}, then those of {@link FIELD_CLASSIFICATION_V1_ONLY}).
 */
export function fieldsOfClass(fieldClass: FieldClass): string[] {
  return [...FIELD_CLASSIFICATION, ...FIELD_CLASSIFICATION_V1_ONLY]
    .filter((entry) => entry.class === fieldClass)
    .map((entry) => entry.path);
}

const CLASS_TITLES: Readonly<Record<FieldClass, string>> = {
  directIdentifier: 'direct identifier',
  quasiIdentifier: 'quasi-identifier',
  sensitive: 'sensitive',
  other: 'other',
};

/** The classification as a Markdown table (field, class, HTCDS 2.0 field), as the README shows it. */
export function classificationTable(): string {
  const lines = ['| Field | Class | HTCDS 2.0 field |', '|---|---|---|'];
  for (const entry of FIELD_CLASSIFICATION) {
    lines.push(
      `| \`${entry.path}\` | ${CLASS_TITLES[entry.class]} | ${entry.htcds === undefined ? '' : `\`${entry.htcds}\``} |`,
    );
  }
  return lines.join('\n');
}
