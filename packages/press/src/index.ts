/**
 * IOM press releases in English, French and Spanish: the `PressRelease` schema with its cross-field
 * rules, a registry of partner organisations and a topic vocabulary, schema.org `NewsArticle` JSON-LD,
 * IPTC ninjs 2.2 and 3.1, an importer for scraped legacy text, and localized datelines and quotes.
 *
 * @packageDocumentation
 */
export {
  LEGACY_ISSUE_CODES,
  NINJS_ISSUE_CODES,
  PARTNER_ROLES,
  type PartnerRoleCode,
  type PressIssueCode,
  RELEASE_ISSUE_CODES,
  RELEASE_KINDS,
  RELEASE_SCOPES,
  type ReleaseKindCode,
  type ReleaseScopeCode,
  SOURCE_FORMATS,
  type SourceFormatCode,
  TOPICS,
  type TopicCode,
} from './codes.js';
export { pressConverters } from './converters.js';
export { countryByName } from './countries.js';
export { type FormatDatelineOptions, formatDateline } from './format/dateline.js';
export { type FormatQuoteOptions, formatQuoteAttribution, formatSpeaker } from './format/quote.js';
export {
  type ContactPointJsonLd,
  type CountryJsonLd,
  type NewsArticleJsonLd,
  type OrganizationJsonLd,
  type PersonJsonLd,
  type PlaceJsonLd,
  releaseIri,
  type TranslationJsonLd,
  toJsonLd,
} from './json-ld.js';
export { pressReleaseKind, pressReleaseKindV1 } from './kind.js';
export type { PressCatalog } from './labels/types.js';
export {
  PartnerRoleLabels,
  ReleaseKindLabels,
  ReleaseScopeLabels,
  SourceFormatLabels,
  TopicLabels,
} from './labels.js';
export { type ImportLegacyTextOptions, importLegacyText, type MissionRecord } from './legacy/import-legacy.js';
export { type RepairFrenchOptions, repairFrench, type TextRepair } from './legacy/repair-french.js';
export { pressIssues } from './messages/index.js';
export { missionIdsStep } from './mission-ids-step.js';
export { MissionIdV1, type MissionLookup } from './mission-ref.js';
export {
  Dateline,
  PartnerRole,
  PressReleaseShape,
  Quote,
  ReleaseId,
  ReleaseKind,
  ReleasePartner,
  ReleaseScope,
  ReleaseSource,
  Speaker,
  Topic,
  TranslationLink,
} from './model.js';
export { NINJS_FIELDS, type NinjsField } from './ninjs/fields.js';
export { type FromNinjsOptions, fromNinjs } from './ninjs/from-ninjs.js';
export { type ToNinjsOptions, toNinjs } from './ninjs/to-ninjs.js';
export { NINJS_SCHEMA_URIS, type NinjsDocument, type NinjsVersion } from './ninjs/types.js';
export {
  findPartnerByAcronym,
  getPartner,
  PARTNER_IDS,
  PARTNERS,
  type PartnerId,
  type PartnerOrganization,
  partnerDisplayName,
} from './partners.js';
export { PressRelease, type PressReleaseDraft } from './release.js';
export { PressReleaseV1, PressReleaseV1Shape } from './release-v1.js';
export { type ValidatePressReleaseOptions, validatePressRelease } from './validate-release.js';
