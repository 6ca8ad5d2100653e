/**
 * Victim-centred trafficking case records aligned with the Human Trafficking Case Data Standard
 * (HTCDS 2.0): zod schemas with cross-field rules, privacy by design (field classification, redaction,
 * keyed pseudonyms, consent-gated and k-anonymised CTDC export), HTCDS and CTDC interop, aggregates with
 * small-cell suppression, and labels in English, French and Spanish.
 *
 * @packageDocumentation
 */
export { type CaseCount, type CountCasesOptions, countCases } from './aggregate.js';
export { TraffickingCase } from './case.js';
export type { TraffickingCaseAnyVersion } from './case-record.js';
export { TraffickingCaseV1 } from './case-v1.js';
export {
  AGE_BANDS,
  AgeBand,
  ANSWERS,
  Answer,
  CASE_STATUSES,
  CaseStatus,
  CONTROL_METHOD_GROUPS,
  CONTROL_METHODS,
  ControlMethod,
  ControlMethodGroup,
  DATA_SOURCES,
  DataSource,
  DECISION_MAKING_ORGS,
  DecisionMakingOrg,
  DURATION_BANDS,
  DurationBand,
  EDUCATION_LEVELS,
  EducationLevel,
  EXPLOITATION_TYPES,
  ExploitationType,
  GENDERS,
  Gender,
  HTCDS_CONTROL_METHODS,
  INDUSTRIES,
  Industry,
  LABOUR_ACTIVITIES,
  LabourActivity,
  MAJORITIES,
  MARITAL_STATUSES,
  Majority,
  MaritalStatus,
  PERPETRATOR_ROLES,
  PerpetratorRole,
  PLATFORMS,
  Platform,
  RECRUITER_RELATIONS,
  RECRUITMENT_METHODS,
  REFERRAL_DIRECTIONS,
  REFERRAL_REASONS,
  RELATIONSHIPS_TO_TRAFFICKER,
  RecruiterRelation,
  RecruitmentMethod,
  ReferralDirection,
  ReferralReason,
  RelationshipToTrafficker,
  SEX_EXPLOITATION_TYPES,
  SexExploitationType,
  SUPPORT_PLAN_TYPES,
  SupportPlanType,
  TRAFFICKING_STATUSES,
  TraffickingStatus,
} from './codes.js';
export { traffickingConverters } from './converters.js';
export { type FlatRow, type ParseCsvOptions, parseCsv, writeCsv } from './csv.js';
export {
  CTDC_FORMATS,
  CTDC_KANON_2020_COLUMNS,
  CTDC_SYNTHETIC_2024_COLUMNS,
  type CtdcColumn,
  type CtdcFormat,
  ctdcColumns,
} from './ctdc/columns.js';
export { type CtdcExport, type CtdcExportReport, type ToCtdcOptions, toCtdc, toCtdcCsv } from './ctdc/export.js';
export { type FromCtdcOptions, fromCtdc, fromCtdcCsv } from './ctdc/import.js';
export { isQuasiIdentifierColumn, type KAnonymityReport, kAnonymise } from './ctdc/kanon.js';
export {
  ageAtRegistration,
  ageBandAtRegistration,
  ageBandOf,
  countryOfExploitation,
  durationBand,
  durationBandOf,
  majorityAtExploitationStart,
  majorityAtRegistration,
  majorityOf,
  majorityOfBand,
  majorityWhenTrafficked,
  registrationYear,
} from './derive.js';
export { type ToHtcdsOptions, toHtcds, toHtcdsCsv } from './htcds/export.js';
export { HTCDS_COLUMNS, HTCDS_HEADER_ALIASES, HTCDS_LABELS, type HtcdsColumn } from './htcds/fields.js';
export { type FromHtcdsOptions, fromHtcds, fromHtcdsCsv } from './htcds/import.js';
export { traffickingCaseKind, traffickingCaseKindV1 } from './kind.js';
export { traffickingLabels } from './labels/index.js';
export type { CodeListLabels } from './labels/types.js';
export { type TraffickingIssueCode, traffickingIssues } from './messages/index.js';
export {
  Assistance,
  Consent,
  Control,
  Exploitation,
  IndustryEntry,
  Movement,
  Perpetrator,
  Person,
  Place,
  Recruitment,
  Referral,
  SupportPlan,
  VictimContext,
} from './model.js';
export { postalAddressStep } from './postal-address-step.js';
export {
  classificationOf,
  classificationTable,
  classOf,
  FIELD_CLASSES,
  FIELD_CLASSIFICATION,
  FIELD_CLASSIFICATION_V1_ONLY,
  type FieldClass,
  type FieldClassification,
  fieldsOfClass,
} from './privacy/classification.js';
export { valuesAt } from './privacy/paths.js';
export {
  importPseudonymKey,
  type PseudonymKey,
  personIdentity,
  pseudonym,
  pseudonymise,
} from './privacy/pseudonymise.js';
export { redact } from './privacy/redact.js';
export { checkCaseRules } from './rules.js';
export { checklist, TRAFFICKING_CASE_KIND, TraffickingCaseShape } from './schema.js';
export { AddressV1, PersonV1, TraffickingCaseV1Shape } from './schema-v1.js';
