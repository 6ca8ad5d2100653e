import type { Labels } from '@iom/core';
import type {
  AgeBand,
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
} from '../codes.js';

/** The labels of every code list of the package in one locale: a missing label fails to compile. */
export interface CodeListLabels {
  /** `prs_Gender`. */
  readonly gender: Labels<Gender>;
  /** `prs_MaritalStatus`. */
  readonly maritalStatus: Labels<MaritalStatus>;
  /** `prs_HighestLevelOfEducation`. */
  readonly educationLevel: Labels<EducationLevel>;
  /** `vic_TraffickingStatus`. */
  readonly traffickingStatus: Labels<TraffickingStatus>;
  /** `vic_TraffickingStatusDecisionMakingOrg`. */
  readonly decisionMakingOrg: Labels<DecisionMakingOrg>;
  /** `vic_RelationshipToTrafficker`. */
  readonly relationshipToTrafficker: Labels<RelationshipToTrafficker>;
  /** Websites and apps. */
  readonly platform: Labels<Platform>;
  /** `vic_MethodOfRecruitment`. */
  readonly recruitmentMethod: Labels<RecruitmentMethod>;
  /** `vic_MethodsOfControl` plus CTDC's two. */
  readonly controlMethod: Labels<ControlMethod>;
  /** CTDC 2024 groups of methods of control. */
  readonly controlMethodGroup: Labels<ControlMethodGroup>;
  /** `vic_TypeOfExploitation`. */
  readonly exploitationType: Labels<ExploitationType>;
  /** `vic_ForcedLabourIndustry`. */
  readonly industry: Labels<Industry>;
  /** `vic_TypeOfSexExploitation`. */
  readonly sexExploitationType: Labels<SexExploitationType>;
  /** CTDC labour types with no ISIC section. */
  readonly labourActivity: Labels<LabourActivity>;
  /** CTDC recruiter relations. */
  readonly recruiterRelation: Labels<RecruiterRelation>;
  /** `per_RoleInProcess`. */
  readonly perpetratorRole: Labels<PerpetratorRole>;
  /** `cas_Status`. */
  readonly caseStatus: Labels<CaseStatus>;
  /** Referral reasons. */
  readonly referralReason: Labels<ReferralReason>;
  /** Referral directions. */
  readonly referralDirection: Labels<ReferralDirection>;
  /** `spl_Type`. */
  readonly supportPlanType: Labels<SupportPlanType>;
  /** CTDC data sources. */
  readonly dataSource: Labels<DataSource>;
  /** Adult or minor. */
  readonly majority: Labels<Majority>;
  /** CTDC age bands. */
  readonly ageBand: Labels<AgeBand>;
  /** CTDC duration bands. */
  readonly durationBand: Labels<DurationBand>;
  /** Checklist answers. */
  readonly answer: Labels<Answer>;
}
