import type { Labels } from '@iom/core';
import type * as codes from '../codes.js';

/** The labels of every code list of the package in one locale: a missing label fails to compile. */
export interface CodeListLabels {
  /** `prs_Gender`. */
  readonly gender: Labels<codes.Gender>;
  /** `prs_MaritalStatus`. */
  readonly maritalStatus: Labels<codes.MaritalStatus>;
  /** `prs_HighestLevelOfEducation`. */
  readonly educationLevel: Labels<codes.EducationLevel>;
  /** `vic_TraffickingStatus`. */
  readonly traffickingStatus: Labels<codes.TraffickingStatus>;
  /** `vic_TraffickingStatusDecisionMakingOrg`. */
  readonly decisionMakingOrg: Labels<codes.DecisionMakingOrg>;
  /** `vic_RelationshipToTrafficker`. */
  readonly relationshipToTrafficker: Labels<codes.RelationshipToTrafficker>;
  /** Websites and apps. */
  readonly platform: Labels<codes.Platform>;
  /** `vic_MethodOfRecruitment`. */
  readonly recruitmentMethod: Labels<codes.RecruitmentMethod>;
  /** `vic_MethodsOfControl` plus CTDC's two. */
  readonly controlMethod: Labels<codes.ControlMethod>;
  /** CTDC 2024 groups of methods of control. */
  readonly controlMethodGroup: Labels<codes.ControlMethodGroup>;
  /** `vic_TypeOfExploitation`. */
  readonly exploitationType: Labels<codes.ExploitationType>;
  /** `vic_ForcedLabourIndustry`. */
  readonly industry: Labels<codes.Industry>;
  /** `vic_TypeOfSexExploitation`. */
  readonly sexExploitationType: Labels<codes.SexExploitationType>;
  /** CTDC labour types with no ISIC section. */
  readonly labourActivity: Labels<codes.LabourActivity>;
  /** CTDC recruiter relations. */
  readonly recruiterRelation: Labels<codes.RecruiterRelation>;
  /** `per_RoleInProcess`. */
  readonly perpetratorRole: Labels<codes.PerpetratorRole>;
  /** `cas_Status`. */
  readonly caseStatus: Labels<codes.CaseStatus>;
  /** Referral reasons. */
  readonly referralReason: Labels<codes.ReferralReason>;
  /** Referral directions. */
  readonly referralDirection: Labels<codes.ReferralDirection>;
  /** `spl_Type`. */
  readonly supportPlanType: Labels<codes.SupportPlanType>;
  /** CTDC data sources. */
  readonly dataSource: Labels<codes.DataSource>;
  /** Adult or minor. */
  readonly majority: Labels<codes.Majority>;
  /** CTDC age bands. */
  readonly ageBand: Labels<codes.AgeBand>;
  /** CTDC duration bands. */
  readonly durationBand: Labels<codes.DurationBand>;
  /** Checklist answers. */
  readonly answer: Labels<codes.Answer>;
}
