import {
  PartialDate as AnyPartialDate,
  CountryCode,
  kindField,
  PostalAddress,
  SubdivisionCode,
  withJsonSchema,
} from '@iom/core';
import * as z from 'zod';
import {
  AgeBand,
  ANSWERS,
  Answer,
  CaseStatus,
  ControlMethod,
  ControlMethodGroup,
  DataSource,
  DecisionMakingOrg,
  DurationBand,
  EducationLevel,
  ExploitationType,
  Gender,
  Industry,
  LabourActivity,
  Majority,
  MaritalStatus,
  PerpetratorRole,
  Platform,
  RecruiterRelation,
  RecruitmentMethod,
  ReferralDirection,
  ReferralReason,
  RelationshipToTrafficker,
  SexExploitationType,
  SupportPlanType,
  TraffickingStatus,
} from './codes.js';
import { schemaIssues } from './messages/schema.js';

/**
 * Core's `PartialDate` with the JSON Schema that `iom.trafficking-case@1` froze: the same set of strings
 * written another way (`anyOf` a `date` or a year-or-month pattern). A published version's JSON Schema
 * never changes, so the case keeps its own form; the zod checks are core's.
 */
const PartialDate = withJsonSchema(AnyPartialDate.clone(), () => ({
  type: 'string',
  anyOf: [{ format: 'date' }, { pattern: '^\\d{4}(?:-(?:0[1-9]|1[0-2]))?$' }],
}));

/** The id of the trafficking case payload kind. */
export const TRAFFICKING_CASE_KIND = 'iom.trafficking-case';

/**
 * A checklist: an answer per item of a code list. Items never asked stay absent; `unknown` and
 * `notCollected` are kept as such and never turned into `no`. An item that is not a code of the list fails
 * with `checklist_code_unknown`, whose message and path never repeat the unknown key (it could be free text).
 */
export function checklist<const C extends string>(
  codes: z.ZodEnum<{ [K in C]: K }>,
): z.ZodType<Partial<Record<C, Answer>>, Partial<Record<C, Answer>>> {
  const allowed = new Set<string>(codes.options);
  // One pass over the keys present, instead of z.record's parse of every key and answer through zod:
  // checklists are sparse and numerous, so this is a large share of validating a case.
  const schema = z.custom<Partial<Record<C, Answer>>>().check((payload) => {
    const value: unknown = payload.value;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      payload.issues.push({ code: 'invalid_type', expected: 'record', input: value });
      return;
    }
    let unknown = 0;
    for (const key of Object.keys(value)) {
      if (!allowed.has(key)) unknown += 1;
      else if (!ANSWER_SET.has((value as Record<string, unknown>)[key])) {
        // The path names a code of the list, never an unknown key (it could be free text).
        payload.issues.push({ code: 'invalid_value', values: [...ANSWERS], input: undefined, path: [key] });
      }
    }
    if (unknown > 0) {
      payload.issues.push({
        ...schemaIssues.custom('checklist_code_unknown', { args: { count: unknown } }),
        input: undefined,
        continue: true,
      });
    }
  });
  return withJsonSchema(schema, () => ({
    type: 'object',
    propertyNames: { enum: [...codes.options] },
    additionalProperties: { enum: [...ANSWERS] },
  }));
}

const ANSWER_SET: ReadonlySet<unknown> = new Set<unknown>(ANSWERS);

const Age = z.number().int().min(0).max(130);
const Text = z.string().min(1);

/** The victim as a person (HTCDS `prs_*`). */
export const Person = z.object({
  /** The person's id in the case management system. */
  id: Text.optional(),
  /** Salutation (`prs_Salutation`). */
  salutation: Text.optional(),
  /** First name (`prs_FirstName`). */
  firstName: Text.optional(),
  /** Middle name (`prs_MiddleName`). */
  middleName: Text.optional(),
  /** Second (family) name (`prs_SecondName`). */
  secondName: Text.optional(),
  /** Birth date as given: year, month or day (`prs_Birthdate`). */
  birthDate: PartialDate.optional(),
  /** Age in whole years at registration, when given instead of (or besides) a birth date. */
  ageAtRegistration: Age.optional(),
  /** CTDC age band, only when a source gives a band and no age. */
  ageBand: AgeBand.optional(),
  /** Adult or minor at registration, as the source stated it. */
  majority: Majority.optional(),
  /** Gender (`prs_Gender`). */
  gender: Gender.optional(),
  /** Citizenships, ISO 3166-1 alpha-2, the first being the main one (`prs_Citizenship`). */
  citizenship: z.array(CountryCode).optional(),
  /** Marital status (`prs_MaritalStatus`). */
  maritalStatus: MaritalStatus.optional(),
  /** Number of children (`prs_NumberOfChildren`). */
  numberOfChildren: z.number().int().min(0).optional(),
  /** Primary language, ISO 639 (`prs_PrimaryLanguage`). */
  primaryLanguage: z
    .string()
    .regex(/^[a-z]{2,3}$/)
    .optional(),
  /** Secondary language, ISO 639 (`prs_SecondaryLanguage`). */
  secondaryLanguage: z
    .string()
    .regex(/^[a-z]{2,3}$/)
    .optional(),
  /** Highest level of education (`prs_HighestLevelOfEducation`). */
  highestLevelOfEducation: EducationLevel.optional(),
  /** National identity number (`prs_IdentityNumber`). */
  identityNumber: Text.optional(),
  /** Position within an organisation (`prs_Title`). */
  title: Text.optional(),
  /** Email address (`prs_Email`). */
  email: Text.optional(),
  /** Home phone, E.164 (`prs_HomePhone`). */
  homePhone: Text.optional(),
  /** Mobile phone, E.164 (`prs_MobilePhone`). */
  mobilePhone: Text.optional(),
  /** Mailing address, `PostalAddress` of `@iom/core` (`prs_Mailing*`). */
  mailingAddress: PostalAddress.optional(),
  /** Whether the person is known to have died (`prs_Deceased`). */
  deceased: z.boolean().optional(),
});

/** The victim context of the person in the case (HTCDS `vic_*`). */
export const VictimContext = z.object({
  /** Trafficking status (`vic_TraffickingStatus`). */
  traffickingStatus: TraffickingStatus.optional(),
  /** Who decided the trafficking status (`vic_TraffickingStatusDecisionMakingOrg`). */
  traffickingStatusDecisionMakingOrg: DecisionMakingOrg.optional(),
  /** Age in years when first trafficked (`vic_AgeWhenTrafficked`; CTDC `majorityEntry`). */
  ageWhenTrafficked: Age.optional(),
  /** Adult or minor when first trafficked, when the source gives no age (CTDC `majorityEntry`). */
  majorityWhenTrafficked: Majority.optional(),
  /** Age in years when exploitation began (CTDC `majorityStatusAtExploit`). */
  ageAtExploitationStart: Age.optional(),
  /** Adult or minor when exploitation began, when the source gives no age (CTDC). */
  majorityAtExploitationStart: Majority.optional(),
});

/** A forced-labour industry with an optional ISIC Rev. 4 division. */
export const IndustryEntry = z.object({
  /** The ISIC section (`vic_ForcedLabourIndustry` value name). */
  section: Industry,
  /** The two-digit ISIC division, when known (`01` crop and animal production, `03` fishing and aquaculture…). */
  division: z
    .string()
    .regex(/^\d{2}$/)
    .optional(),
});

/** Exploitation: types, sectors, countries and dates. */
export const Exploitation = z.object({
  /** Types of exploitation (`vic_TypeOfExploitation`). */
  types: checklist(ExploitationType).optional(),
  /** CTDC 2024 `isOtherExploit`: an exploitation other than forced labour or sexual, member unknown. */
  otherTypeGroup: Answer.optional(),
  /** Forced-labour industries (`vic_ForcedLabourIndustry`). */
  industries: z.array(IndustryEntry).optional(),
  /** CTDC labour types with no ISIC section. */
  labourActivities: checklist(LabourActivity).optional(),
  /** Types of sexual exploitation (`vic_TypeOfSexExploitation`). */
  sexTypes: checklist(SexExploitationType).optional(),
  /** Websites and apps used to exploit (`vic_ExploitationWebsitesAndApps`). */
  websitesAndApps: z.array(Platform).optional(),
  /** Countries of exploitation, in order, the last being the latest (`hte_Country` of exploitation events). */
  countries: z.array(CountryCode).optional(),
  /** Organisation id of the place of exploitation (`vic_LocationOfExploitation`). */
  locationOrganisation: Text.optional(),
  /** When exploitation began, as given. */
  startDate: PartialDate.optional(),
  /** When exploitation ended, as given. */
  endDate: PartialDate.optional(),
  /** How long the person was trafficked, in months (CTDC `traffickMonths`). */
  durationMonths: z.number().min(0).optional(),
  /** CTDC duration band, only when a source gives a band and no duration. */
  durationBand: DurationBand.optional(),
});

/** Recruitment: how and by whom. */
export const Recruitment = z.object({
  /** Methods of recruitment (`vic_MethodOfRecruitment`). */
  methods: checklist(RecruitmentMethod).optional(),
  /** Websites and apps used to recruit (`vic_RecruitmentWebsitesAndApps`). */
  websitesAndApps: z.array(Platform).optional(),
  /** Organisation id of the place of recruitment (`vic_LocationOfRecruitment`). */
  locationOrganisation: Text.optional(),
  /** The victim's relationship to the trafficker (`vic_RelationshipToTrafficker`). */
  relationshipToTrafficker: RelationshipToTrafficker.optional(),
  /** CTDC: the recruiter's relation to the victim. */
  recruiterRelations: checklist(RecruiterRelation).optional(),
  /** CTDC `isAbduction`: whether the person was abducted. */
  abduction: Answer.optional(),
  /** When recruitment happened, as given. */
  date: PartialDate.optional(),
});

/** Means of control used on the victim. */
export const Control = z.object({
  /** Methods of control (`vic_MethodsOfControl`, plus CTDC's two). */
  methods: checklist(ControlMethod).optional(),
  /** CTDC 2024 merged groups, when only the group is known. */
  groups: checklist(ControlMethodGroup).optional(),
});

/** A place on the trafficking route. */
export const Place = z.object({
  /** Country. */
  country: CountryCode.optional(),
  /** ISO 3166-2 subdivision. */
  subdivision: SubdivisionCode.optional(),
  /** City or town (`hte_City`). */
  city: Text.optional(),
  /** When the person was there, as given (`hte_Date`). */
  date: PartialDate.optional(),
});

/** Movement: origin, transit and destination (HTCDS historic trafficking events). */
export const Movement = z.object({
  /** Where the person comes from. */
  origin: Place.optional(),
  /** Places of transit, in order. */
  transit: z.array(Place).optional(),
  /** The intended or actual destination. */
  destination: Place.optional(),
});

/** A referral of the case (HTCDS referral details). */
export const Referral = z.object({
  /** Incoming or outgoing. */
  direction: ReferralDirection,
  /** The other organisation's id (`cas_ReferringOrganisation` / `cas_ReferredOrganisation`). */
  organisation: Text.optional(),
  /** Referral date (`cas_IncomingReferralDate` / `cas_OutgoingReferralDate`). */
  date: PartialDate.optional(),
  /** The other side's primary case worker (`cas_ReferringPrimaryCaseWorker` / `cas_ReferredPrimaryCaseWorker`). */
  primaryCaseWorker: Text.optional(),
  /** Why (`cas_ReasonForIncomingReferral` / `cas_ReasonForOutgoingReferral`). */
  reason: ReferralReason.optional(),
  /** Details and logistics, free text (`cas_*ReferralDetails`). */
  details: Text.optional(),
});

/** A support plan (HTCDS `spl_*`). */
export const SupportPlan = z.object({
  /** Type of support (`spl_Type`). */
  type: SupportPlanType,
  /** Objectives, free text (`spl_Objectives`). */
  objectives: Text.optional(),
  /** Action plan, free text (`spl_ActionPlan`). */
  actionPlan: Text.optional(),
  /** Planned end date (`spl_PlannedEndDate`). */
  plannedEndDate: PartialDate.optional(),
  /** Actual end date (`spl_ActualEndDate`). */
  actualEndDate: PartialDate.optional(),
});

/** Assistance given and referrals made. */
export const Assistance = z.object({
  /** Support plans. */
  supportPlans: z.array(SupportPlan).optional(),
  /** Referrals in and out. */
  referrals: z.array(Referral).optional(),
});

/** A perpetrator linked to the case (HTCDS `per_*`). */
export const Perpetrator = z.object({
  /** The perpetrator's id in the case management system. */
  id: Text.optional(),
  /** The perpetrator's name. */
  name: Text.optional(),
  /** Gender. */
  gender: Gender.optional(),
  /** Age in years. */
  age: Age.optional(),
  /** Citizenships. */
  citizenship: z.array(CountryCode).optional(),
  /** Roles in the trafficking process (`per_RoleInProcess`). */
  roles: z.array(PerpetratorRole).optional(),
  /** Role details, free text (`per_RoleDetails`). */
  roleDetails: Text.optional(),
  /** Organisation id (`per_Organisation`). */
  organisation: Text.optional(),
});

/**
 * Consent (HTCDS 2.0 `con_Consent`, with the five questions of HTCDS 1.0 kept apart, since CTDC export
 * needs research consent on its own).
 */
export const Consent = z.object({
  /** Consent or assent to the interview (`con_Consent`). */
  interview: Answer.optional(),
  /** Informed of the purpose of the interview (1.0 `con_PurposeOfInterview`). */
  purposeOfInterview: Answer.optional(),
  /** Informed of the use of the data (1.0 `con_UseOfData`). */
  useOfData: Answer.optional(),
  /** Consent to use of non-identifying data for research (1.0 `con_DataForResearch`). */
  dataForResearch: Answer.optional(),
  /** Informed of the right to have data removed (1.0 `con_RightToBeForgotten`). */
  rightToBeForgotten: Answer.optional(),
  /** When consent was given. */
  date: PartialDate.optional(),
});

const CaseShape = z.object({
  /** `iom.trafficking-case@2`, optional. */
  $kind: kindField(TRAFFICKING_CASE_KIND, 2).optional(),
  /** The case id in the case management system. */
  id: Text.optional(),
  /** CTDC: the kind of source (case management or hotline). */
  dataSource: DataSource.optional(),
  /** When the victim was registered, identified or assisted, as given. */
  registrationDate: PartialDate.optional(),
  /** The country where the person was identified or assisted (CTDC's proxy for country of exploitation). */
  identificationCountry: CountryCode.optional(),
  /** Case status (`cas_Status`). */
  status: CaseStatus.optional(),
  /** Reason for closing the case, free text (`cas_ReasonForCaseClosure`). */
  closureReason: Text.optional(),
  /** The case worker who owns the case (`cas_CaseOwner`). */
  owner: Text.optional(),
  /** The victim. */
  person: Person.optional(),
  /** The victim context. */
  victim: VictimContext.optional(),
  /** Exploitation. */
  exploitation: Exploitation.optional(),
  /** Recruitment. */
  recruitment: Recruitment.optional(),
  /** Means of control. */
  control: Control.optional(),
  /** Movement. */
  movement: Movement.optional(),
  /** Assistance and referrals. */
  assistance: Assistance.optional(),
  /** Perpetrators. */
  perpetrators: z.array(Perpetrator).optional(),
  /** Consent. */
  consent: Consent.optional(),
  /** Fields (see the classification table) the source never collects: distinct from an unknown answer. */
  notCollected: z.array(z.string().regex(/^[a-zA-Z.[\]]{1,80}$/)).optional(),
});

/**
 * The fields of a trafficking case, without its cross-field rules: the plain object schema an app can
 * `.extend()`, `.pick()` or `.partial()`. A record is checked with {@link TraffickingCase}, which adds
 * the rules to this shape.
 *
 * @example
 * const CaseWithShelter = TraffickingCaseShape.extend({ shelterId: z.string() });
 */
export const TraffickingCaseShape = CaseShape;
