/**
 * The issue codes of the rules only zod checks: refinements over several fields of a payload, which a
 * JSON Schema cannot state (each package's README lists its cross-field rules). The zod / JSON Schema
 * differential (packages/cli, bench/differential.mjs) takes a payload that zod refuses with these
 * codes alone, and ajv accepts, for the documented difference; every other difference is a bug.
 */
export const ZOD_ONLY_CODES: ReadonlySet<string> = new Set([
  // @iom/contact: a contact point needs a name, an organisation or an office; a media contact a phone
  // or an email.
  'contact_point_empty',
  'media_contact_unreachable',
  // @iom/core: an address's subdivision lies in its country (PostalAddress, in contact points and
  // trafficking cases); used by the rules of organization, missions and trafficking: an end before its start.
  'address_subdivision_country',
  'date_range_reversed',
  // @iom/organization: a structure's whole-record rules (one tree at every date, references that exist,
  // one holder at a time, regional coverage), part of OrgStructure's verdict.
  'org_duplicate_id',
  'org_unknown_unit',
  'org_unknown_post',
  'org_unknown_person',
  'org_unknown_site',
  'org_no_root',
  'org_multiple_roots',
  'org_cycle',
  'org_multiple_parents',
  'org_parent_not_valid',
  'org_link_child_not_valid',
  'org_holders_overlap',
  'org_membership_outside_post',
  'org_post_unit_not_valid',
  'org_coverage_overlap',
  'org_coverage_lists_overlap',
  'org_coverage_outside_unit',
  // @iom/missions: a mission's rules (ids once, office kinds, one head at a time), part of CountryMission's.
  'mission_duplicate_id',
  'mission_chiefs_overlap',
  'mission_country_overlap',
  'mission_main_office_kind',
  'mission_sub_office_kind',
  'mission_started_before_established',
  // @iom/press: a dateline needs a place or a country; embargo and update dates against publication;
  // translation links; the partner registry.
  'dateline_empty',
  'embargo_after_publication',
  'updated_before_published',
  'translation_same_language',
  'translation_duplicate_language',
  'translation_self',
  'partner_unknown',
  'partner_duplicate',
  // @iom/trafficking (checkCaseRules): ages against dates of birth and bands, dates in order, places in
  // their country, exploitation details against their types, consent, "not collected" fields.
  'age_band_mismatch',
  'age_majority_mismatch',
  'age_when_trafficked_after_registration',
  'child_labour_adult',
  'date_order',
  'industry_without_forced_labour',
  'not_collected_has_value',
  'research_consent_without_consent',
  'sex_type_without_sexual_exploitation',
  'subdivision_country_mismatch',
]);
