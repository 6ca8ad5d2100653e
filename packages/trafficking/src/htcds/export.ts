import type { Issue, Locale, Reading } from '@iom/core';
import type { TraffickingCaseAnyVersion } from '../case-record.js';
import type { Answer } from '../codes.js';
import { type ControlMethod, HTCDS_CONTROL_METHODS } from '../codes.js';
import type { FlatRow } from '../csv.js';
import { writeCsv } from '../csv.js';
import { traffickingIssues } from '../messages/index.js';
import type { Referral } from '../model.js';
import { valuesAt } from '../privacy/paths.js';
import { HTCDS_COLUMNS } from './fields.js';
import { mailingAddressCells } from './mailing-address.js';

/** Options of {@link toHtcds}. */
export interface ToHtcdsOptions {
  /** The locale of the issues; English by default. */
  readonly locale?: Locale;
}

function yesItems(list: Partial<Record<string, Answer>> | undefined, keep?: (code: string) => boolean): string[] {
  return Object.entries(list ?? {})
    .filter(([code, answer]) => answer === 'yes' && (keep === undefined || keep(code)))
    .map(([code]) => code);
}

function otherAnswers(list: Partial<Record<string, Answer>> | undefined): number {
  return Object.values(list ?? {}).filter((answer) => answer !== 'yes').length;
}

function bool(value: boolean | undefined): string {
  return value === undefined ? '' : value ? 'TRUE' : 'FALSE';
}

function answer(value: Answer | undefined): string {
  return value === 'yes' ? 'TRUE' : value === 'no' ? 'FALSE' : '';
}

const join = (values: readonly string[] | undefined): string => (values ?? []).join(';');

/** Fields HTCDS flat rows cannot hold at all: each one present is reported. */
const DROPPED = [
  'person.ageAtRegistration',
  'person.ageBand',
  'person.majority',
  'victim.majorityWhenTrafficked',
  'victim.majorityAtExploitationStart',
  'exploitation.otherTypeGroup',
  'exploitation.startDate',
  'exploitation.endDate',
  'exploitation.durationBand',
  'recruitment.date',
  'control.groups',
  'movement.origin.city',
  'movement.origin.date',
  'movement.transit',
  'movement.destination',
  'assistance.supportPlans',
  'perpetrators',
  'consent.date',
  'notCollected',
] as const;

function rowOf(record: TraffickingCaseAnyVersion, index: number, locale: Locale, issues: Issue[]): FlatRow {
  const lost = (field: string, count: number): void => {
    if (count > 0)
      issues.push(
        traffickingIssues.issue('htcds_not_representable', locale, {
          path: [index, ...field.split('.')],
          args: { field, count },
        }),
      );
  };
  const person = record.person ?? {};
  const victim = record.victim ?? {};
  const exploitation = record.exploitation ?? {};
  const recruitment = record.recruitment ?? {};
  const control = record.control ?? {};
  const consent = record.consent ?? {};
  const referrals = record.assistance?.referrals ?? [];
  const incoming: Referral | undefined = referrals.find((referral) => referral.direction === 'Incoming');
  const outgoing: Referral | undefined = referrals.find((referral) => referral.direction === 'Outgoing');
  const countries = exploitation.countries ?? [];
  const isHtcdsControl = (code: string) => HTCDS_CONTROL_METHODS.includes(code as ControlMethod);

  const row: FlatRow = {
    cas_CaseOwner: record.owner ?? '',
    prs_Salutation: person.salutation ?? '',
    prs_FirstName: person.firstName ?? '',
    prs_SecondName: person.secondName ?? '',
    con_Consent: answer(consent.interview),
    prs_Birthdate: person.birthDate ?? '',
    prs_Gender: person.gender ?? '',
    prs_Citizenship: join(person.citizenship),
    prs_Title: person.title ?? '',
    prs_Email: person.email ?? '',
    prs_HomePhone: person.homePhone ?? '',
    prs_MobilePhone: person.mobilePhone ?? '',
    ...mailingAddressCells(person.mailingAddress, lost),
    vic_TraffickingStatus: victim.traffickingStatus ?? '',
    vic_TraffickingStatusDecisionMakingOrg: victim.traffickingStatusDecisionMakingOrg ?? '',
    vic_MethodOfRecruitment: join(yesItems(recruitment.methods)),
    vic_LocationOfRecruitment: recruitment.locationOrganisation ?? '',
    vic_MethodsOfControl: join(yesItems(control.methods, isHtcdsControl)),
    vic_TypeOfExploitation: join(yesItems(exploitation.types)),
    vic_ForcedLabourIndustry: join([...new Set((exploitation.industries ?? []).map((entry) => entry.section))]),
    vic_TypeOfSexExploitation: join(yesItems(exploitation.sexTypes)),
    vic_LocationOfExploitation: exploitation.locationOrganisation ?? '',
    cas_Status: record.status ?? '',
    cas_ReferringOrganisation: incoming?.organisation ?? '',
    cas_IncomingReferralDate: incoming?.date ?? '',
    cas_ReferringPrimaryCaseWorker: incoming?.primaryCaseWorker ?? '',
    cas_ReasonForIncomingReferral: incoming?.reason ?? '',
    cas_IncomingReferralDetails: incoming?.details ?? '',
    cas_ReferredOrganisation: outgoing?.organisation ?? '',
    cas_ReferredPrimaryCaseWorker: outgoing?.primaryCaseWorker ?? '',
    cas_ReasonForOutgoingReferral: outgoing?.reason ?? '',
    cas_OutgoingReferralDate: outgoing?.date ?? '',
    cas_OutgoingReferralDetails: outgoing?.details ?? '',
    cas_ReasonForCaseClosure: record.closureReason ?? '',
    prs_MiddleName: person.middleName ?? '',
    prs_Deceased: bool(person.deceased),
    prs_MaritalStatus: person.maritalStatus ?? '',
    prs_NumberOfChildren: person.numberOfChildren === undefined ? '' : String(person.numberOfChildren),
    prs_PrimaryLanguage: person.primaryLanguage ?? '',
    prs_SecondaryLanguage: person.secondaryLanguage ?? '',
    prs_HighestLevelOfEducation: person.highestLevelOfEducation ?? '',
    prs_IdentityNumber: person.identityNumber ?? '',
    vic_RelationshipToTrafficker: recruitment.relationshipToTrafficker ?? '',
    vic_AgeWhenTrafficked: victim.ageWhenTrafficked === undefined ? '' : String(victim.ageWhenTrafficked),
    vic_RecruitmentWebsitesAndApps: join(recruitment.websitesAndApps),
    vic_ExploitationWebsitesAndApps: join(exploitation.websitesAndApps),
    hte_Type: countries.length > 0 ? 'Exploitation' : '',
    hte_Country: countries[countries.length - 1] ?? '',
    con_PurposeOfInterview: answer(consent.purposeOfInterview),
    con_UseOfData: answer(consent.useOfData),
    con_DataForResearch: answer(consent.dataForResearch),
    con_RightToBeForgotten: answer(consent.rightToBeForgotten),
    x_CaseId: record.id ?? '',
    x_PersonId: person.id ?? '',
    x_RegistrationDate: record.registrationDate ?? '',
    x_DataSource: record.dataSource ?? '',
    x_IdentificationCountry: record.identificationCountry ?? '',
    x_MethodsOfControlExtended: join(yesItems(control.methods, (code) => !isHtcdsControl(code))),
    x_ForcedLabourIsicDivision: join(
      (exploitation.industries ?? []).flatMap((entry) =>
        entry.division === undefined ? [] : [`${entry.section.slice(0, 1)}:${entry.division}`],
      ),
    ),
    x_LabourActivities: join(yesItems(exploitation.labourActivities)),
    x_RecruiterRelations: join(yesItems(recruitment.recruiterRelations)),
    x_IsAbduction: answer(recruitment.abduction),
    x_AgeAtExploitationStart: victim.ageAtExploitationStart === undefined ? '' : String(victim.ageAtExploitationStart),
    x_TraffickingDurationMonths: exploitation.durationMonths === undefined ? '' : String(exploitation.durationMonths),
    x_ExploitationCountries: countries.length > 1 ? join(countries) : '',
    x_OriginCountry: record.movement?.origin?.country ?? '',
    x_OriginSubdivision: record.movement?.origin?.subdivision ?? '',
  };
  for (const field of DROPPED) {
    const values = valuesAt(record, field);
    const count = values.reduce<number>((sum, value) => sum + (Array.isArray(value) ? value.length : 1), 0);
    lost(field, count);
  }
  lost('exploitation.types', otherAnswers(exploitation.types));
  lost('exploitation.sexTypes', otherAnswers(exploitation.sexTypes));
  lost('exploitation.labourActivities', otherAnswers(exploitation.labourActivities));
  lost('recruitment.methods', otherAnswers(recruitment.methods));
  lost('recruitment.recruiterRelations', otherAnswers(recruitment.recruiterRelations));
  lost('control.methods', otherAnswers(control.methods));
  for (const [field, value] of [
    ['consent.interview', consent.interview],
    ['consent.purposeOfInterview', consent.purposeOfInterview],
    ['consent.useOfData', consent.useOfData],
    ['consent.dataForResearch', consent.dataForResearch],
    ['consent.rightToBeForgotten', consent.rightToBeForgotten],
    ['recruitment.abduction', recruitment.abduction],
  ] as const) {
    if (value === 'unknown' || value === 'notCollected') lost(field, 1);
  }
  const extraReferrals = referrals.length - (incoming === undefined ? 0 : 1) - (outgoing === undefined ? 0 : 1);
  lost('assistance.referrals', extraReferrals);
  return row;
}

/**
 * Writes cases of either version as HTCDS 2.0 flat rows (one row per case, multi-select values joined by
 * `;`, checkboxes `TRUE`/`FALSE`), in the columns of {@link HTCDS_COLUMNS}. The mailing address fills the
 * `prs_Mailing*` columns: its street lines, then its PO box, are the lines of `prs_MailingStreet`, and
 * `prs_MailingState` holds the region, else the subdivision code. HTCDS multi-selects can only say yes: `no`,
 * `unknown` and `notCollected` answers, and every field HTCDS has no column for (transit, perpetrators,
 * support plans, extra referrals…), are left out and reported with `htcds_not_representable`.
 */
export function toHtcds(
  records: readonly TraffickingCaseAnyVersion[],
  options: ToHtcdsOptions = {},
): Reading<FlatRow[]> {
  const locale = options.locale ?? 'en';
  const issues: Issue[] = [];
  const rows = records.map((record, index) => rowOf(record, index, locale, issues));
  return { value: rows, issues };
}

/** {@link toHtcds} written as CSV text (papaparse), with the {@link HTCDS_COLUMNS} header. */
export function toHtcdsCsv(
  records: readonly TraffickingCaseAnyVersion[],
  options: ToHtcdsOptions = {},
): Reading<string> {
  const { value, issues } = toHtcds(records, options);
  return { value: writeCsv(value, HTCDS_COLUMNS), issues };
}
