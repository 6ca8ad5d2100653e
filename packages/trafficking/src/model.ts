/**
 * The public face of `schema.ts`: each part of a case record as its zod schema and as an explicit
 * interface of the same name. The interfaces spare apps zod's type instantiations (a few thousand per
 * inferred payload type); `model.test-d.ts` holds each one equal to what its schema infers.
 *
 * @module
 */
import type { CountryCode, PartialDate, PostalAddress, SubdivisionCode } from '@iom/core';
import type * as codes from './codes.js';
import * as schema from './schema.js';

/** The victim as a person (HTCDS `prs_*`). */
export const Person = schema.Person;
/** The victim as a person. */
export type Person = {
  /** The person's id in the case management system. */
  id?: string | undefined;
  /** Salutation (`prs_Salutation`). */
  salutation?: string | undefined;
  /** First name (`prs_FirstName`). */
  firstName?: string | undefined;
  /** Middle name (`prs_MiddleName`). */
  middleName?: string | undefined;
  /** Second (family) name (`prs_SecondName`). */
  secondName?: string | undefined;
  /** Birth date as given: year, month or day (`prs_Birthdate`). */
  birthDate?: PartialDate | undefined;
  /** Age in whole years at registration, when given instead of (or besides) a birth date. */
  ageAtRegistration?: number | undefined;
  /** CTDC age band, only when a source gives a band and no age. */
  ageBand?: codes.AgeBand | undefined;
  /** Adult or minor at registration, as the source stated it. */
  majority?: codes.Majority | undefined;
  /** Gender (`prs_Gender`). */
  gender?: codes.Gender | undefined;
  /** Citizenships, ISO 3166-1 alpha-2, the first being the main one (`prs_Citizenship`). */
  citizenship?: CountryCode[] | undefined;
  /** Marital status (`prs_MaritalStatus`). */
  maritalStatus?: codes.MaritalStatus | undefined;
  /** Number of children (`prs_NumberOfChildren`). */
  numberOfChildren?: number | undefined;
  /** Primary language, ISO 639 (`prs_PrimaryLanguage`). */
  primaryLanguage?: string | undefined;
  /** Secondary language, ISO 639 (`prs_SecondaryLanguage`). */
  secondaryLanguage?: string | undefined;
  /** Highest level of education (`prs_HighestLevelOfEducation`). */
  highestLevelOfEducation?: codes.EducationLevel | undefined;
  /** National identity number (`prs_IdentityNumber`). */
  identityNumber?: string | undefined;
  /** Position within an organisation (`prs_Title`). */
  title?: string | undefined;
  /** Email address (`prs_Email`). */
  email?: string | undefined;
  /** Home phone, E.164 (`prs_HomePhone`). */
  homePhone?: string | undefined;
  /** Mobile phone, E.164 (`prs_MobilePhone`). */
  mobilePhone?: string | undefined;
  /** Mailing address, `PostalAddress` of `@iom/core` (`prs_Mailing*`). */
  mailingAddress?: PostalAddress | undefined;
  /** Whether the person is known to have died (`prs_Deceased`). */
  deceased?: boolean | undefined;
};

/** The victim context of the person in the case (HTCDS `vic_*`). */
export const VictimContext = schema.VictimContext;
/** The victim context of the person in the case. */
export type VictimContext = {
  /** Trafficking status (`vic_TraffickingStatus`). */
  traffickingStatus?: codes.TraffickingStatus | undefined;
  /** Who decided the trafficking status (`vic_TraffickingStatusDecisionMakingOrg`). */
  traffickingStatusDecisionMakingOrg?: codes.DecisionMakingOrg | undefined;
  /** Age in years when first trafficked (`vic_AgeWhenTrafficked`; CTDC `majorityEntry`). */
  ageWhenTrafficked?: number | undefined;
  /** Adult or minor when first trafficked, when the source gives no age (CTDC `majorityEntry`). */
  majorityWhenTrafficked?: codes.Majority | undefined;
  /** Age in years when exploitation began (CTDC `majorityStatusAtExploit`). */
  ageAtExploitationStart?: number | undefined;
  /** Adult or minor when exploitation began, when the source gives no age (CTDC). */
  majorityAtExploitationStart?: codes.Majority | undefined;
};

/** A forced-labour industry with an optional ISIC Rev. 4 division. */
export const IndustryEntry = schema.IndustryEntry;
/** A forced-labour industry with an optional ISIC Rev. 4 division. */
export type IndustryEntry = {
  /** The ISIC section (`vic_ForcedLabourIndustry` value name). */
  section: codes.Industry;
  /** The two-digit ISIC division, when known (`01` crop and animal production, `03` fishing and aquaculture…). */
  division?: string | undefined;
};

/** Exploitation: types, sectors, countries and dates. */
export const Exploitation = schema.Exploitation;
/** Exploitation: types, sectors, countries and dates. */
export type Exploitation = {
  /** Types of exploitation (`vic_TypeOfExploitation`). */
  types?: Partial<Record<codes.ExploitationType, codes.Answer>> | undefined;
  /** CTDC 2024 `isOtherExploit`: an exploitation other than forced labour or sexual, member unknown. */
  otherTypeGroup?: codes.Answer | undefined;
  /** Forced-labour industries (`vic_ForcedLabourIndustry`). */
  industries?: IndustryEntry[] | undefined;
  /** CTDC labour types with no ISIC section. */
  labourActivities?: Partial<Record<codes.LabourActivity, codes.Answer>> | undefined;
  /** Types of sexual exploitation (`vic_TypeOfSexExploitation`). */
  sexTypes?: Partial<Record<codes.SexExploitationType, codes.Answer>> | undefined;
  /** Websites and apps used to exploit (`vic_ExploitationWebsitesAndApps`). */
  websitesAndApps?: codes.Platform[] | undefined;
  /** Countries of exploitation, in order, the last being the latest (`hte_Country` of exploitation events). */
  countries?: CountryCode[] | undefined;
  /** Organisation id of the place of exploitation (`vic_LocationOfExploitation`). */
  locationOrganisation?: string | undefined;
  /** When exploitation began, as given. */
  startDate?: PartialDate | undefined;
  /** When exploitation ended, as given. */
  endDate?: PartialDate | undefined;
  /** How long the person was trafficked, in months (CTDC `traffickMonths`). */
  durationMonths?: number | undefined;
  /** CTDC duration band, only when a source gives a band and no duration. */
  durationBand?: codes.DurationBand | undefined;
};

/** Recruitment: how and by whom. */
export const Recruitment = schema.Recruitment;
/** Recruitment: how and by whom. */
export type Recruitment = {
  /** Methods of recruitment (`vic_MethodOfRecruitment`). */
  methods?: Partial<Record<codes.RecruitmentMethod, codes.Answer>> | undefined;
  /** Websites and apps used to recruit (`vic_RecruitmentWebsitesAndApps`). */
  websitesAndApps?: codes.Platform[] | undefined;
  /** Organisation id of the place of recruitment (`vic_LocationOfRecruitment`). */
  locationOrganisation?: string | undefined;
  /** The victim's relationship to the trafficker (`vic_RelationshipToTrafficker`). */
  relationshipToTrafficker?: codes.RelationshipToTrafficker | undefined;
  /** CTDC: the recruiter's relation to the victim. */
  recruiterRelations?: Partial<Record<codes.RecruiterRelation, codes.Answer>> | undefined;
  /** CTDC `isAbduction`: whether the person was abducted. */
  abduction?: codes.Answer | undefined;
  /** When recruitment happened, as given. */
  date?: PartialDate | undefined;
};

/** Means of control used on the victim. */
export const Control = schema.Control;
/** Means of control used on the victim. */
export type Control = {
  /** Methods of control (`vic_MethodsOfControl`, plus CTDC's two). */
  methods?: Partial<Record<codes.ControlMethod, codes.Answer>> | undefined;
  /** CTDC 2024 merged groups, when only the group is known. */
  groups?: Partial<Record<codes.ControlMethodGroup, codes.Answer>> | undefined;
};

/** A place on the trafficking route. */
export const Place = schema.Place;
/** A place on the trafficking route. */
export type Place = {
  /** Country. */
  country?: CountryCode | undefined;
  /** ISO 3166-2 subdivision. */
  subdivision?: SubdivisionCode | undefined;
  /** City or town (`hte_City`). */
  city?: string | undefined;
  /** When the person was there, as given (`hte_Date`). */
  date?: PartialDate | undefined;
};

/** Movement: origin, transit and destination (HTCDS historic trafficking events). */
export const Movement = schema.Movement;
/** Movement: origin, transit and destination. */
export type Movement = {
  /** Where the person comes from. */
  origin?: Place | undefined;
  /** Places of transit, in order. */
  transit?: Place[] | undefined;
  /** The intended or actual destination. */
  destination?: Place | undefined;
};

/** A referral of the case (HTCDS referral details). */
export const Referral = schema.Referral;
/** A referral of the case. */
export type Referral = {
  /** Incoming or outgoing. */
  direction: codes.ReferralDirection;
  /** The other organisation's id (`cas_ReferringOrganisation` / `cas_ReferredOrganisation`). */
  organisation?: string | undefined;
  /** Referral date (`cas_IncomingReferralDate` / `cas_OutgoingReferralDate`). */
  date?: PartialDate | undefined;
  /** The other side's primary case worker (`cas_ReferringPrimaryCaseWorker` / `cas_ReferredPrimaryCaseWorker`). */
  primaryCaseWorker?: string | undefined;
  /** Why (`cas_ReasonForIncomingReferral` / `cas_ReasonForOutgoingReferral`). */
  reason?: codes.ReferralReason | undefined;
  /** Details and logistics, free text (`cas_*ReferralDetails`). */
  details?: string | undefined;
};

/** A support plan (HTCDS `spl_*`). */
export const SupportPlan = schema.SupportPlan;
/** A support plan. */
export type SupportPlan = {
  /** Type of support (`spl_Type`). */
  type: codes.SupportPlanType;
  /** Objectives, free text (`spl_Objectives`). */
  objectives?: string | undefined;
  /** Action plan, free text (`spl_ActionPlan`). */
  actionPlan?: string | undefined;
  /** Planned end date (`spl_PlannedEndDate`). */
  plannedEndDate?: PartialDate | undefined;
  /** Actual end date (`spl_ActualEndDate`). */
  actualEndDate?: PartialDate | undefined;
};

/** Assistance given and referrals made. */
export const Assistance = schema.Assistance;
/** Assistance given and referrals made. */
export type Assistance = {
  /** Support plans. */
  supportPlans?: SupportPlan[] | undefined;
  /** Referrals in and out. */
  referrals?: Referral[] | undefined;
};

/** A perpetrator linked to the case (HTCDS `per_*`). */
export const Perpetrator = schema.Perpetrator;
/** A perpetrator linked to the case. */
export type Perpetrator = {
  /** The perpetrator's id in the case management system. */
  id?: string | undefined;
  /** The perpetrator's name. */
  name?: string | undefined;
  /** Gender. */
  gender?: codes.Gender | undefined;
  /** Age in years. */
  age?: number | undefined;
  /** Citizenships. */
  citizenship?: CountryCode[] | undefined;
  /** Roles in the trafficking process (`per_RoleInProcess`). */
  roles?: codes.PerpetratorRole[] | undefined;
  /** Role details, free text (`per_RoleDetails`). */
  roleDetails?: string | undefined;
  /** Organisation id (`per_Organisation`). */
  organisation?: string | undefined;
};

/**
 * Consent (HTCDS 2.0 `con_Consent`, with the five questions of HTCDS 1.0 kept apart, since CTDC export
 * needs research consent on its own).
 */
export const Consent = schema.Consent;
/** Consent given by the person. */
export type Consent = {
  /** Consent or assent to the interview (`con_Consent`). */
  interview?: codes.Answer | undefined;
  /** Informed of the purpose of the interview (1.0 `con_PurposeOfInterview`). */
  purposeOfInterview?: codes.Answer | undefined;
  /** Informed of the use of the data (1.0 `con_UseOfData`). */
  useOfData?: codes.Answer | undefined;
  /** Consent to use of non-identifying data for research (1.0 `con_DataForResearch`). */
  dataForResearch?: codes.Answer | undefined;
  /** Informed of the right to have data removed (1.0 `con_RightToBeForgotten`). */
  rightToBeForgotten?: codes.Answer | undefined;
  /** When consent was given. */
  date?: PartialDate | undefined;
};
