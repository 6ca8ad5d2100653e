import * as z from 'zod';

// Every list below is copied from the official HTCDS 2.0 field standard (`HTCDS Field Standards 2.0.ods`,
// column "Value Names"), in its order and spelling (`Unaquainted`, `4Sale` and `SnapChat` are normative).
// Lists marked CTDC hold concepts that only the Counter Trafficking Data Collaborative datasets carry.

/** HTCDS 2.0 `prs_Gender` value names. */
export const GENDERS = [
  'Feminine',
  'Masculine',
  'TransgenderFeminine',
  'TransgenderMasculine',
  'NonConforming',
  'NonSpecifiedUnknown',
] as const;
/** A gender, as an HTCDS 2.0 `prs_Gender` value name. */
export const Gender = z.enum(GENDERS);
/** A gender, as an HTCDS 2.0 `prs_Gender` value name. */
export type Gender = (typeof GENDERS)[number];

/** HTCDS 2.0 `prs_MaritalStatus` value names. */
export const MARITAL_STATUSES = [
  'Single',
  'Married',
  'Widowed',
  'Divorced',
  'Separated',
  'RegisteredPartnership',
] as const;
/** A marital status (HTCDS 2.0 `prs_MaritalStatus`). */
export const MaritalStatus = z.enum(MARITAL_STATUSES);
/** A marital status (HTCDS 2.0 `prs_MaritalStatus`). */
export type MaritalStatus = (typeof MARITAL_STATUSES)[number];

/** HTCDS 2.0 `prs_HighestLevelOfEducation` value names (ISCED 2011 levels). */
export const EDUCATION_LEVELS = [
  'EarlyChildhoodEducation',
  'PrimaryEducation',
  'LowerSecondaryEducation',
  'UpperSecondaryEducation',
  'PostSecondaryNonTertiaryEducation',
  'ShortCycleTertiaryEducation',
  'BachelorsOrEquivalentLevel',
  'MastersOrEquivalentLevel',
  'DoctoralOrEquivalentLevel',
] as const;
/** The highest level of education attained (HTCDS 2.0 `prs_HighestLevelOfEducation`, ISCED 2011). */
export const EducationLevel = z.enum(EDUCATION_LEVELS);
/** The highest level of education attained (HTCDS 2.0 `prs_HighestLevelOfEducation`, ISCED 2011). */
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

/** HTCDS 2.0 `vic_TraffickingStatus` value names. */
export const TRAFFICKING_STATUSES = [
  'PossibleVictimOfTrafficking',
  'ActualVictimOfTrafficking',
  'NotAVictimOfTrafficking',
] as const;
/** Whether the person is a possible, an actual or not a victim of trafficking (HTCDS 2.0 `vic_TraffickingStatus`). */
export const TraffickingStatus = z.enum(TRAFFICKING_STATUSES);
/** Whether the person is a possible, an actual or not a victim of trafficking (HTCDS 2.0 `vic_TraffickingStatus`). */
export type TraffickingStatus = (typeof TRAFFICKING_STATUSES)[number];

/** HTCDS 2.0 `vic_TraffickingStatusDecisionMakingOrg` value names. */
export const DECISION_MAKING_ORGS = [
  'Police',
  'NGO',
  'CourtOrProsecution',
  'NonPoliceGovernmentalOrganization',
  'Other',
] as const;
/** The kind of organisation that decided the trafficking status (HTCDS 2.0 `vic_TraffickingStatusDecisionMakingOrg`). */
export const DecisionMakingOrg = z.enum(DECISION_MAKING_ORGS);
/** The kind of organisation that decided the trafficking status. */
export type DecisionMakingOrg = (typeof DECISION_MAKING_ORGS)[number];

/** HTCDS 2.0 `vic_RelationshipToTrafficker` value names (`Unaquainted` is the standard's spelling). */
export const RELATIONSHIPS_TO_TRAFFICKER = ['Familial', 'Acquainted', 'Unaquainted'] as const;
/** The victim's relationship to the trafficker (HTCDS 2.0 `vic_RelationshipToTrafficker`). */
export const RelationshipToTrafficker = z.enum(RELATIONSHIPS_TO_TRAFFICKER);
/** The victim's relationship to the trafficker (HTCDS 2.0 `vic_RelationshipToTrafficker`). */
export type RelationshipToTrafficker = (typeof RELATIONSHIPS_TO_TRAFFICKER)[number];

/** HTCDS 2.0 `vic_RecruitmentWebsitesAndApps` / `vic_ExploitationWebsitesAndApps` value names. */
export const PLATFORMS = [
  'Facebook',
  'Instagram',
  'WhatsApp',
  'Telegram',
  'FacebookMessenger',
  'Viber',
  'SnapChat',
  'Line',
  '4Sale',
  'WeChat',
  'QQ',
  'QZone',
  'TikTok',
  'Twitter',
  'Other',
] as const;
/** A website or app used to recruit or exploit (HTCDS 2.0 websites-and-apps lists). */
export const Platform = z.enum(PLATFORMS);
/** A website or app used to recruit or exploit. */
export type Platform = (typeof PLATFORMS)[number];

/** HTCDS 2.0 `vic_MethodOfRecruitment` value names. */
export const RECRUITMENT_METHODS = [
  'AtAPlaceOfBusiness',
  'AtAnEducationalInstitution',
  'AtWork',
  'ThroughOnlineSocialNetworks',
  'ThroughAnOnlineAdvertisement',
  'ThroughATelevisionAdvert',
  'ThroughANewspaperAdvert',
  'ThroughFamilyOrFamilyEvents',
  'ThroughFriendsOrSocialEvents',
  'Other',
] as const;
/** How the person was recruited (HTCDS 2.0 `vic_MethodOfRecruitment`). */
export const RecruitmentMethod = z.enum(RECRUITMENT_METHODS);
/** How the person was recruited (HTCDS 2.0 `vic_MethodOfRecruitment`). */
export type RecruitmentMethod = (typeof RECRUITMENT_METHODS)[number];

/**
 * Methods of control: the 16 HTCDS 2.0 `vic_MethodsOfControl` value names, plus `RestrictsMovement` and
 * `UsesChildren`, which HTCDS's own Field Definitions and CTDC define but the HTCDS picklist lacks.
 */
export const CONTROL_METHODS = [
  'PhysicalThreats',
  'ThreatsLawEnforcement',
  'ThreatensChildrenFamily',
  'DebtBondage',
  'FalsePromises',
  'PhysicalAbuse',
  'SexualAbuse',
  'TakesEarnings',
  'RestrictsFinancialAccess',
  'RestrictsMedicalCare',
  'WithholdsNecessities',
  'PsychologicalAbuse',
  'PsychoactiveSubstance',
  'ExcessiveWorkingHours',
  'WithholdsDocuments',
  'Other',
  'RestrictsMovement',
  'UsesChildren',
] as const;
/** A method of control (HTCDS 2.0 `vic_MethodsOfControl`, plus CTDC's `RestrictsMovement` and `UsesChildren`). */
export const ControlMethod = z.enum(CONTROL_METHODS);
/** A method of control. */
export type ControlMethod = (typeof CONTROL_METHODS)[number];

/** The methods of control only CTDC has; HTCDS 2.0's picklist lacks them. */
const CTDC_ONLY_CONTROL_METHODS: readonly ControlMethod[] = ['RestrictsMovement', 'UsesChildren'];

/** The control methods the HTCDS 2.0 picklist holds (all but the CTDC-only ones, named rather than counted). */
export const HTCDS_CONTROL_METHODS: readonly ControlMethod[] = CONTROL_METHODS.filter(
  (method) => !CTDC_ONLY_CONTROL_METHODS.includes(method),
);

/**
 * CTDC: groups of methods of control that the CTDC 2024 synthetic dataset reports merged, used when an
 * import knows the group but not which member applied.
 */
export const CONTROL_METHOD_GROUPS = ['DebtBondageEarnings', 'Threats', 'AbusePsyPhySex', 'DenyBasicNeeds'] as const;
/** CTDC: a merged group of methods of control (CTDC 2024 synthetic dataset). */
export const ControlMethodGroup = z.enum(CONTROL_METHOD_GROUPS);
/** CTDC: a merged group of methods of control. */
export type ControlMethodGroup = (typeof CONTROL_METHOD_GROUPS)[number];

/** HTCDS 2.0 `vic_TypeOfExploitation` value names. */
export const EXPLOITATION_TYPES = [
  'ForcedLabour',
  'SexualExploitation',
  'ChildLabour',
  'ForcedMarriage',
  'Servitude',
  'ForcedMilitaryByNonStateActors',
  'OrganRemoval',
  'ForcedBegging',
  'ForcedAdoption',
  'Surrogacy',
  'Other',
] as const;
/** A type of exploitation (HTCDS 2.0 `vic_TypeOfExploitation`). */
export const ExploitationType = z.enum(EXPLOITATION_TYPES);
/** A type of exploitation (HTCDS 2.0 `vic_TypeOfExploitation`). */
export type ExploitationType = (typeof EXPLOITATION_TYPES)[number];

/** HTCDS 2.0 `vic_ForcedLabourIndustry` value names: the ISIC Rev. 4 sections A to U. */
export const INDUSTRIES = [
  'A_AgricultureForestryAndFishing',
  'B_MiningAndQuarrying',
  'C_Manufacturing',
  'D_ElectricityGasSteamAndAirConditioningSupply',
  'E_WaterSupplySewerageWasteManagement',
  'F_Construction',
  'G_WholesaleAndRetailTradeRepairOfMotorVehicles',
  'H_TransportationAndStorage',
  'I_AccommodationAndFoodServiceActivities',
  'J_InformationAndCommunication',
  'K_FinancialAndInsuranceActivities',
  'L_RealEstateActivities',
  'M_ProfessionalScientificAndTechnicalActivities',
  'N_AdministrativeAndSupportServiceActivities',
  'O_PublicAdministrationAndDefence',
  'P_Education',
  'Q_HumanHealthAndSocialWorkActivities',
  'R_ArtsEntertainmentAndRecreation',
  'S_OtherServiceActivities',
  'T_ActivitiesOfHouseholdsAsEmployers',
  'U_ActivitiesOfExtraterritorialOrganizations',
] as const;
/** A forced-labour industry: an ISIC Rev. 4 section (HTCDS 2.0 `vic_ForcedLabourIndustry`). */
export const Industry = z.enum(INDUSTRIES);
/** A forced-labour industry: an ISIC Rev. 4 section. */
export type Industry = (typeof INDUSTRIES)[number];

/** HTCDS 2.0 `vic_TypeOfSexExploitation` value names. */
export const SEX_EXPLOITATION_TYPES = [
  'Prostitution',
  'Pornography',
  'RemoteInteractiveServices',
  'PrivateSexualServices',
] as const;
/** A type of sexual exploitation (HTCDS 2.0 `vic_TypeOfSexExploitation`). */
export const SexExploitationType = z.enum(SEX_EXPLOITATION_TYPES);
/** A type of sexual exploitation. */
export type SexExploitationType = (typeof SEX_EXPLOITATION_TYPES)[number];

/** CTDC: labour types that have no ISIC section (`typeOfLabourPeddling`, `…IllicitActivities`, `…Other`). */
export const LABOUR_ACTIVITIES = ['Peddling', 'IllicitActivities', 'Other'] as const;
/** CTDC: a labour type with no ISIC section. */
export const LabourActivity = z.enum(LABOUR_ACTIVITIES);
/** CTDC: a labour type with no ISIC section. */
export type LabourActivity = (typeof LABOUR_ACTIVITIES)[number];

/** CTDC: the recruiter's relation to the victim (`recruiterRelation*` columns). */
export const RECRUITER_RELATIONS = ['IntimatePartner', 'Friend', 'Family', 'Other'] as const;
/** CTDC: the recruiter's relation to the victim. */
export const RecruiterRelation = z.enum(RECRUITER_RELATIONS);
/** CTDC: the recruiter's relation to the victim. */
export type RecruiterRelation = (typeof RECRUITER_RELATIONS)[number];

/** HTCDS 2.0 `per_RoleInProcess` value names. */
export const PERPETRATOR_ROLES = [
  'TravellingPartner',
  'Transporter',
  'RecruiterOrIntermediary',
  'BrokerTravelAgent',
  'TransferredIndividual',
  'HarbouredIndividual',
  'SoldIndividual',
  'BoughtIndividual',
  'ReceivedIndividual',
  'ControlledIndividual',
  'Smuggler',
  'Abuser',
  'Kidnapper',
  'Exploiter',
  'Other',
] as const;
/** A perpetrator's role in the trafficking process (HTCDS 2.0 `per_RoleInProcess`). */
export const PerpetratorRole = z.enum(PERPETRATOR_ROLES);
/** A perpetrator's role in the trafficking process. */
export type PerpetratorRole = (typeof PERPETRATOR_ROLES)[number];

/** HTCDS 2.0 `cas_Status` value names. */
export const CASE_STATUSES = ['Active', 'FollowUp', 'Closed', 'ClosedReferred'] as const;
/** The status of a case (HTCDS 2.0 `cas_Status`). */
export const CaseStatus = z.enum(CASE_STATUSES);
/** The status of a case. */
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** HTCDS 2.0 `cas_ReasonForIncomingReferral` / `cas_ReasonForOutgoingReferral` value names. */
export const REFERRAL_REASONS = ['AdditionalServicesRequired', 'MigrationOrChangeOfLocation', 'Other'] as const;
/** Why a case was referred (HTCDS 2.0 referral reasons). */
export const ReferralReason = z.enum(REFERRAL_REASONS);
/** Why a case was referred. */
export type ReferralReason = (typeof REFERRAL_REASONS)[number];

/** Whether a referral came in to the organisation or went out from it. */
export const REFERRAL_DIRECTIONS = ['Incoming', 'Outgoing'] as const;
/** Whether a referral came in to the organisation or went out from it. */
export const ReferralDirection = z.enum(REFERRAL_DIRECTIONS);
/** Whether a referral came in to the organisation or went out from it. */
export type ReferralDirection = (typeof REFERRAL_DIRECTIONS)[number];

/** HTCDS 2.0 `spl_Type` value names. */
export const SUPPORT_PLAN_TYPES = [
  'Education',
  'Financial',
  'Health',
  'LabourExploitationRehabilitation',
  'Legal',
  'Livelihood',
  'RightsBasedTraining',
  'SexualExploitationRehabilitation',
  'SocialCare',
] as const;
/** The type of a support plan (HTCDS 2.0 `spl_Type`). */
export const SupportPlanType = z.enum(SUPPORT_PLAN_TYPES);
/** The type of a support plan. */
export type SupportPlanType = (typeof SUPPORT_PLAN_TYPES)[number];

/** CTDC: where a record comes from (`Datasource`: `Case Management` or `Hotline`). */
export const DATA_SOURCES = ['CaseManagement', 'Hotline'] as const;
/** CTDC: where a record comes from. */
export const DataSource = z.enum(DATA_SOURCES);
/** CTDC: where a record comes from. */
export type DataSource = (typeof DATA_SOURCES)[number];

/** CTDC: adult (18 or over) or minor. */
export const MAJORITIES = ['Adult', 'Minor'] as const;
/** CTDC: adult (18 or over) or minor (`majorityStatus`, `majorityStatusAtExploit`, `majorityEntry`). */
export const Majority = z.enum(MAJORITIES);
/** CTDC: adult (18 or over) or minor. */
export type Majority = (typeof MAJORITIES)[number];

/** CTDC: the age bands of `ageBroad`. */
export const AGE_BANDS = ['0--8', '9--17', '18--20', '21--23', '24--26', '27--29', '30--38', '39--47', '48+'] as const;
/** CTDC: an age band of `ageBroad`, kept only when a source gives no exact age. */
export const AgeBand = z.enum(AGE_BANDS);
/** CTDC: an age band of `ageBroad`. */
export type AgeBand = (typeof AGE_BANDS)[number];

/** CTDC: the bands of `traffickMonths`. */
export const DURATION_BANDS = ['0--12', '13--24', '25+'] as const;
/** CTDC: a band of trafficking duration in months, kept only when a source gives no exact duration. */
export const DurationBand = z.enum(DURATION_BANDS);
/** CTDC: a band of trafficking duration in months. */
export type DurationBand = (typeof DURATION_BANDS)[number];

/** The answers a checklist item can hold, and the marker of a question the source never asked. */
export const ANSWERS = ['yes', 'no', 'unknown', 'notCollected'] as const;
/**
 * The answer to a checklist item: `yes`, `no` or `unknown`, or `notCollected` when the source never
 * asks the question. An unknown answer is never stored as `no`; an absent item means nothing was recorded.
 */
export const Answer = z.enum(ANSWERS);
/** The answer to a checklist item. */
export type Answer = (typeof ANSWERS)[number];
