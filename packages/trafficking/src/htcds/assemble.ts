import { isSubdivisionCode } from '@iom/core';
import type { Answer } from '../codes.js';
import { type Loose, put } from '../reading/loose.js';
import { type HtcdsColumn, squash } from './fields.js';
import { readMailingAddress } from './mailing-address.js';
import type { RowReader } from './row-reader.js';

// Builds the parts of a case from one HTCDS row. Values are only read here, not checked as a whole: the
// reader checks the assembled record against the schema (reading/valid-case.ts).

/** A checklist of the codes read, each answered `yes`: an HTCDS multi-select cannot say no. */
function yes(values: readonly string[] | undefined): Partial<Record<string, Answer>> | undefined {
  if (values === undefined || values.length === 0) return undefined;
  return Object.fromEntries(values.map((value) => [value, 'yes' as const]));
}

function person(reader: RowReader): Loose {
  const person: Loose = {};
  put(person, 'id', reader.text('x_PersonId'));
  put(person, 'salutation', reader.text('prs_Salutation'));
  put(person, 'firstName', reader.text('prs_FirstName'));
  put(person, 'middleName', reader.text('prs_MiddleName'));
  put(person, 'secondName', reader.text('prs_SecondName'));
  put(person, 'birthDate', reader.date('prs_Birthdate'));
  put(person, 'gender', reader.one('prs_Gender'));
  put(person, 'citizenship', reader.countries('prs_Citizenship'));
  put(person, 'maritalStatus', reader.one('prs_MaritalStatus'));
  put(person, 'numberOfChildren', reader.integer('prs_NumberOfChildren'));
  put(person, 'primaryLanguage', reader.language('prs_PrimaryLanguage'));
  put(person, 'secondaryLanguage', reader.language('prs_SecondaryLanguage'));
  put(person, 'highestLevelOfEducation', reader.one('prs_HighestLevelOfEducation'));
  put(person, 'identityNumber', reader.text('prs_IdentityNumber'));
  put(person, 'title', reader.text('prs_Title'));
  put(person, 'email', reader.text('prs_Email'));
  put(person, 'homePhone', reader.text('prs_HomePhone'));
  put(person, 'mobilePhone', reader.text('prs_MobilePhone'));
  put(person, 'mailingAddress', readMailingAddress(reader));
  put(person, 'deceased', reader.boolean('prs_Deceased'));
  return person;
}

function victim(reader: RowReader): Loose {
  const victim: Loose = {};
  put(victim, 'traffickingStatus', reader.one('vic_TraffickingStatus'));
  put(victim, 'traffickingStatusDecisionMakingOrg', reader.one('vic_TraffickingStatusDecisionMakingOrg'));
  put(victim, 'ageWhenTrafficked', reader.integer('vic_AgeWhenTrafficked'));
  put(victim, 'ageAtExploitationStart', reader.integer('x_AgeAtExploitationStart'));
  return victim;
}

/** Industries, with the ISIC divisions of `x_ForcedLabourIsicDivision` (`A:03`) joined to their section. */
function industries(reader: RowReader): Loose[] | undefined {
  const divisions = new Map<string, string>();
  let malformed = 0;
  for (const part of reader.text('x_ForcedLabourIsicDivision')?.split(/[;\s]+/) ?? []) {
    if (part === '') continue;
    const match = /^([A-U]):(\d{2})$/.exec(part);
    if (match?.[1] !== undefined && match[2] !== undefined) divisions.set(match[1], match[2]);
    else malformed += 1;
  }
  if (malformed > 0) reader.report('htcds_value_unknown', 'x_ForcedLabourIsicDivision');
  const sections = reader.many('vic_ForcedLabourIndustry') ?? [];
  const entries = sections.map((section) => {
    const division = divisions.get(section.slice(0, 1));
    return division === undefined ? { section } : { section, division };
  });
  const unused = [...divisions.keys()].filter((letter) => !sections.some((section) => section.startsWith(letter)));
  if (unused.length > 0) {
    reader.report('htcds_division_ignored', 'x_ForcedLabourIsicDivision', { count: unused.length });
  }
  return entries;
}

/**
 * Countries of exploitation: `x_ExploitationCountries` when given (it holds the whole list), else the
 * country of an exploitation event (`hte_Country`, when `hte_Type` is empty or `Exploitation`). An event
 * country that is not read and is not already in the list is reported.
 */
function exploitationCountries(reader: RowReader): string[] | undefined {
  const listed = reader.countries('x_ExploitationCountries');
  const type = reader.text('hte_Type');
  const typeKey = type === undefined ? undefined : squash(type);
  if (typeKey !== undefined && !['exploitation', 'transit', 'recruitment'].includes(typeKey)) {
    reader.report('htcds_value_unknown', 'hte_Type');
  }
  const eventCountry = reader.text('hte_Country') === undefined ? undefined : reader.country('hte_Country');
  if (eventCountry === undefined) return listed;
  const isExploitation = typeKey === undefined || typeKey === 'exploitation';
  if (isExploitation && listed === undefined) return [eventCountry];
  if (!(isExploitation && listed?.includes(eventCountry))) reader.report('htcds_event_country_ignored', 'hte_Country');
  return listed;
}

function exploitation(reader: RowReader): Loose {
  const exploitation: Loose = {};
  put(exploitation, 'types', yes(reader.many('vic_TypeOfExploitation')));
  put(exploitation, 'industries', industries(reader));
  const activities = reader.codes('x_LabourActivities', ['Peddling', 'IllicitActivities', 'Other']) ?? [];
  // HTCDS 0.2 had "Illicit activities" as a type of exploitation: keep it as CTDC's labour activity.
  if (/illicit\s*activities/i.test(reader.text('vic_TypeOfExploitation') ?? '')) {
    if (!activities.includes('IllicitActivities')) activities.push('IllicitActivities');
  }
  put(exploitation, 'labourActivities', yes(activities));
  put(exploitation, 'sexTypes', yes(reader.many('vic_TypeOfSexExploitation')));
  put(exploitation, 'websitesAndApps', reader.many('vic_ExploitationWebsitesAndApps'));
  put(exploitation, 'countries', exploitationCountries(reader));
  put(exploitation, 'locationOrganisation', reader.text('vic_LocationOfExploitation'));
  put(exploitation, 'durationMonths', reader.number('x_TraffickingDurationMonths'));
  return exploitation;
}

function recruitment(reader: RowReader): Loose {
  const recruitment: Loose = {};
  put(recruitment, 'methods', yes(reader.many('vic_MethodOfRecruitment')));
  put(recruitment, 'websitesAndApps', reader.many('vic_RecruitmentWebsitesAndApps'));
  put(recruitment, 'locationOrganisation', reader.text('vic_LocationOfRecruitment'));
  put(recruitment, 'relationshipToTrafficker', reader.one('vic_RelationshipToTrafficker'));
  const relations = reader.codes('x_RecruiterRelations', ['IntimatePartner', 'Friend', 'Family', 'Other']);
  put(recruitment, 'recruiterRelations', yes(relations));
  put(recruitment, 'abduction', reader.answer('x_IsAbduction'));
  return recruitment;
}

function control(reader: RowReader): Loose {
  const methods = [
    ...(reader.many('vic_MethodsOfControl') ?? []),
    ...(reader.codes('x_MethodsOfControlExtended', ['RestrictsMovement', 'UsesChildren']) ?? []),
  ];
  const control: Loose = {};
  put(control, 'methods', yes(methods));
  return control;
}

function movement(reader: RowReader): Loose {
  const origin: Loose = {};
  put(origin, 'country', reader.country('x_OriginCountry'));
  const subdivision = reader.text('x_OriginSubdivision')?.toUpperCase();
  if (subdivision !== undefined) {
    if (isSubdivisionCode(subdivision)) origin.subdivision = subdivision;
    else reader.report('htcds_value_unknown', 'x_OriginSubdivision');
  }
  const movement: Loose = {};
  put(movement, 'origin', origin);
  return movement;
}

/** The referral columns of each direction: organisation, date, case worker, reason, details. */
const REFERRAL_COLUMNS = [
  [
    'Incoming',
    'cas_ReferringOrganisation',
    'cas_IncomingReferralDate',
    'cas_ReferringPrimaryCaseWorker',
    'cas_ReasonForIncomingReferral',
    'cas_IncomingReferralDetails',
  ],
  [
    'Outgoing',
    'cas_ReferredOrganisation',
    'cas_OutgoingReferralDate',
    'cas_ReferredPrimaryCaseWorker',
    'cas_ReasonForOutgoingReferral',
    'cas_OutgoingReferralDetails',
  ],
] as const satisfies ReadonlyArray<readonly [string, ...HtcdsColumn[]]>;

function assistance(reader: RowReader): Loose {
  const referrals: Loose[] = [];
  for (const [direction, organisation, date, worker, reason, details] of REFERRAL_COLUMNS) {
    const referral: Loose = {};
    put(referral, 'organisation', reader.text(organisation));
    put(referral, 'date', reader.date(date));
    put(referral, 'primaryCaseWorker', reader.text(worker));
    put(referral, 'reason', reader.one(reason));
    put(referral, 'details', reader.text(details));
    if (Object.keys(referral).length > 0) referrals.push({ direction, ...referral });
  }
  const assistance: Loose = {};
  put(assistance, 'referrals', referrals);
  return assistance;
}

function consent(reader: RowReader): Loose {
  const consent: Loose = {};
  put(consent, 'interview', reader.answer('con_Consent'));
  put(consent, 'purposeOfInterview', reader.answer('con_PurposeOfInterview'));
  put(consent, 'useOfData', reader.answer('con_UseOfData'));
  put(consent, 'dataForResearch', reader.answer('con_DataForResearch'));
  put(consent, 'rightToBeForgotten', reader.answer('con_RightToBeForgotten'));
  return consent;
}

/** The case one HTCDS row holds, as read, before the schema checks it. */
export function assembleCase(reader: RowReader): Loose {
  const record: Loose = {};
  put(record, 'id', reader.text('x_CaseId'));
  put(record, 'dataSource', reader.code('x_DataSource', ['CaseManagement', 'Hotline']));
  put(record, 'registrationDate', reader.date('x_RegistrationDate'));
  put(record, 'identificationCountry', reader.country('x_IdentificationCountry'));
  put(record, 'status', reader.one('cas_Status'));
  put(record, 'closureReason', reader.text('cas_ReasonForCaseClosure'));
  put(record, 'owner', reader.text('cas_CaseOwner'));
  put(record, 'person', person(reader));
  put(record, 'victim', victim(reader));
  put(record, 'exploitation', exploitation(reader));
  put(record, 'recruitment', recruitment(reader));
  put(record, 'control', control(reader));
  put(record, 'movement', movement(reader));
  put(record, 'assistance', assistance(reader));
  put(record, 'consent', consent(reader));
  return record;
}
