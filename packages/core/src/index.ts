/**
 * Shared foundations of the IOM domain packages: locales and localized text, ISO 3166 country and
 * subdivision codes, country names, ISO 8601 dates and their formatting, label catalogs, validation
 * issues with messages in English, French and Spanish, and payload kinds. Subdivision names sit behind
 * `@iom/core/subdivision-names`.
 *
 * @packageDocumentation
 */
export { compiledSchema } from './compile.js';
export {
  type ConverterDescriptor,
  type ConverterOption,
  type ConverterOptionValues,
  type ConverterRunContext,
  defineConverter,
  type TrilingualText,
} from './converter.js';
export {
  CountryCode,
  countryAlpha3,
  isCountryCode,
  type NormalizeCountryCodeOptions,
  normalizeCountryCode,
} from './country.js';
export { type CountryNameOptions, countryName, UN_COUNTRY_NAMES } from './country-name.js';
export { compareIsoDates, datePart, IsoDate, IsoDateTime, isIsoDate } from './date.js';
export { dateArg } from './date-arg.js';
export { foldText } from './fold-text.js';
export { type DateStyle, type FormatDateOptions, formatDate } from './format-date.js';
export { type FormatIssuesOptions, formatIssues, type IssueSource } from './format-issues.js';
export { HTTP_URL_PATTERN, HttpUrl, isHttpUrl } from './http-url.js';
export {
  defineIssues,
  type Issue,
  type IssueCatalog,
  type IssueParams,
  type IssueTemplates,
  type LocalizedArg,
  type MessageArg,
  type MessageArgs,
  type PathSegment,
  type Reading,
  renderTemplate,
  templatePlaceholders,
} from './issue.js';
export { type CustomIssue, type IssueCheckOptions, type IssueSink, issueCheck } from './issue-check.js';
export { type JsonSchema, type ToJsonSchemaOptions, toJsonSchema, withJsonSchema } from './json-schema.js';
export {
  checkPayload,
  type PayloadValidation,
} from './kind-check.js';
export {
  PayloadKindRegistry,
  type RegistryMigrateOptions,
  type ValidatePayloadOptions,
} from './kind-registry.js';
export { defineLabels, type LabelCatalog, type Labels, label, labelEntries } from './labels.js';
export { leanStringFormat } from './lean-string-format.js';
export { INTL_TAGS, LOCALES, Locale, toLocale } from './locale.js';
export { FALLBACK_ORDER, LocalizedText, localize } from './localized-text.js';
export { coreIssues } from './messages/index.js';
export { CORE_ISSUE_CODES, type CoreIssueCode, type SizeOrigin, type ValidationMessages } from './messages/types.js';
export type { FieldPattern } from './migration/field-pattern.js';
export { type MigrateOptions, migrate } from './migration/migrate.js';
export {
  addField,
  type CustomOperationDefinition,
  customOperation,
  type JsonValue,
  type MigrationOperation,
  mapCodes,
  type OperationName,
  removeField,
  renameField,
  unwrapField,
  wrapField,
} from './migration/operations.js';
export {
  defineMigrationStep,
  type MigrationStep,
  type MigrationStepDefinition,
  type StepTitle,
} from './migration/step.js';
export type {
  MigrationChangeCode,
  MigrationRecorder,
  MigrationResult,
  MigrationStepRecord,
} from './migration/types.js';
export {
  comparePartialDates,
  fullYearsBetween,
  isPartialDate,
  PartialDate,
  yearOf,
} from './partial-date.js';
export {
  type CompatibilityMode,
  definePayloadKind,
  KIND_FIELD,
  type KindRef,
  type KindReference,
  type KindTitle,
  kindField,
  kindVersions,
  type PayloadKind,
  type PayloadKindOfVersion,
  type PayloadKindVersionDefinition,
  parseKindRef,
  type SingleVersionKindDefinition,
  type VersionedKindDefinition,
  type VersionedPayloadKind,
} from './payload-kind.js';
export { PostalAddress, PostalAddressShape } from './postal-address.js';
export { shortenForMessage } from './shorten.js';
export { isSubdivisionCode, SubdivisionCode, subdivisionCountry } from './subdivision.js';
export { type ValidationResult, validate } from './validate.js';
