import { defineLabels } from '@iom/core';
import { PARTNER_ROLES, RELEASE_KINDS, RELEASE_SCOPES, SOURCE_FORMATS, TOPICS } from './codes.js';
import { en } from './labels/en.js';
import { es } from './labels/es.js';
import { fr } from './labels/fr.js';

/** Labels of the kinds of release ("Communiqué de presse", "Press briefing note"…). */
export const ReleaseKindLabels = defineLabels(RELEASE_KINDS, { en: en.kinds, fr: fr.kinds, es: es.kinds });

/** Labels of the release scopes. */
export const ReleaseScopeLabels = defineLabels(RELEASE_SCOPES, { en: en.scopes, fr: fr.scopes, es: es.scopes });

/** Labels of the partner roles. */
export const PartnerRoleLabels = defineLabels(PARTNER_ROLES, {
  en: en.partnerRoles,
  fr: fr.partnerRoles,
  es: es.partnerRoles,
});

/** Labels of the topic vocabulary ("Lutte contre la traite", "Lucha contra la trata"…). */
export const TopicLabels = defineLabels(TOPICS, { en: en.topics, fr: fr.topics, es: es.topics });

/** Labels of the source formats. */
export const SourceFormatLabels = defineLabels(SOURCE_FORMATS, {
  en: en.sourceFormats,
  fr: fr.sourceFormats,
  es: es.sourceFormats,
});
