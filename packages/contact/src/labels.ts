import { defineLabels } from '@iom/core';
import { CONTACT_ROLES, PHONE_TYPES } from './codes.js';
import { en } from './labels/en.js';
import { es } from './labels/es.js';
import { fr } from './labels/fr.js';

/**
 * Labels of the phone types in English, French and Spanish; read with `label(PhoneTypeLabels, 'fax', 'fr')`.
 */
export const PhoneTypeLabels = defineLabels(PHONE_TYPES, { en: en.phoneTypes, fr: fr.phoneTypes, es: es.phoneTypes });

/**
 * Labels of the contact-point roles in English, French and Spanish; read with
 * `label(ContactRoleLabels, 'media', 'es')`.
 */
export const ContactRoleLabels = defineLabels(CONTACT_ROLES, { en: en.roles, fr: fr.roles, es: es.roles });
