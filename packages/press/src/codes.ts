/** The kinds of release IOM publishes, as stable codes (labels in `ReleaseKindLabels`). */
export const RELEASE_KINDS = ['press_release', 'news', 'statement', 'press_briefing_note'] as const;
/** A kind of release. */
export type ReleaseKindCode = (typeof RELEASE_KINDS)[number];

/** Whether a release speaks for IOM as a whole (`global`) or for one country office (`local`). */
export const RELEASE_SCOPES = ['global', 'local'] as const;
/** A release scope. */
export type ReleaseScopeCode = (typeof RELEASE_SCOPES)[number];

/** What a partner organisation did for the work a release reports on. */
export const PARTNER_ROLES = ['organiser', 'funder', 'participant'] as const;
/** A partner's role. */
export type PartnerRoleCode = (typeof PARTNER_ROLES)[number];

/**
 * The topic vocabulary of IOM releases, as seen on iom.int's news pages (their topic filter): the thematic
 * areas IOM files its news under.
 */
export const TOPICS = [
  'counter_trafficking',
  'return_reintegration',
  'humanitarian_emergencies',
  'resettlement',
  'migration_health',
  'labour_migration',
  'migration_development',
  'climate_environment',
  'border_management',
  'displacement_data',
  'missing_migrants',
] as const;
/** A topic of the vocabulary. */
export type TopicCode = (typeof TOPICS)[number];

/** Where a release's text came from. */
export const SOURCE_FORMATS = ['manual', 'legacy_text', 'ninjs'] as const;
/** A source format. */
export type SourceFormatCode = (typeof SOURCE_FORMATS)[number];

/** Issue codes of the `PressRelease` schema and of `validatePressRelease`. */
export const RELEASE_ISSUE_CODES = [
  'embargo_after_publication',
  'updated_before_published',
  'translation_same_language',
  'translation_duplicate_language',
  'translation_self',
  'partner_unknown',
  'partner_duplicate',
  'mission_unknown',
  'dateline_empty',
  'release_id_format',
] as const;

/** Issue codes of `importLegacyText`. */
export const LEGACY_ISSUE_CODES = [
  'legacy_input_not_text',
  'legacy_text_empty',
  'legacy_navigation_dropped',
  'legacy_title_guessed',
  'legacy_title_missing',
  'legacy_lines_joined',
  'legacy_markup_dropped',
  'legacy_oe_repaired',
  'legacy_apostrophe_repaired',
  'legacy_dateline_found',
  'legacy_quote_found',
  'legacy_quote_speaker_missing',
  'legacy_country_found',
  'legacy_partner_found',
  'legacy_partner_role_guessed',
  'legacy_mission_guessed',
  'legacy_contact_block_found',
  'legacy_contact_block_missing',
  'legacy_date_missing',
  'legacy_fields_left_to_caller',
] as const;

/** Issue codes of `fromNinjs`. */
export const NINJS_ISSUE_CODES = [
  'ninjs_not_object',
  'ninjs_version_unknown',
  'ninjs_field_invalid',
  'ninjs_language_unsupported',
  'ninjs_title_missing',
  'ninjs_body_missing',
  'ninjs_body_markup',
  'ninjs_kind_missing',
  'ninjs_scope_missing',
  'ninjs_quotes_not_carried',
  'ninjs_partner_unknown',
  'ninjs_partner_role_missing',
  'ninjs_subject_unmatched',
  'ninjs_place_unmatched',
  'ninjs_contact_unreadable',
  'ninjs_dateline_date_guessed',
  'ninjs_field_ignored',
] as const;

/** Every issue code of `@iom/press`. */
export type PressIssueCode =
  | (typeof RELEASE_ISSUE_CODES)[number]
  | (typeof LEGACY_ISSUE_CODES)[number]
  | (typeof NINJS_ISSUE_CODES)[number];
