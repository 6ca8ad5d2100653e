import type { IssueTemplates } from '@iom/core';
import type { ContactIssueCode, SchemaIssueCode } from '../codes.js';

/**
 * French messages of the schemas' own checks, apart from the others: an app that only validates
 * carries these alone (messages/schema.ts).
 */
export const frSchema = {
  contact_point_empty: 'Un point de contact doit avoir un nom, une organisation ou un bureau.',
  media_contact_unreachable:
    'Un contact presse doit avoir au moins un numéro de téléphone ou une adresse électronique.',
  language_tag_invalid: 'Pas une étiquette de langue BCP 47 valide.',
} satisfies IssueTemplates<SchemaIssueCode>;

/** French messages of the phone notes, contact-block and vCard issues of `@iom/contact`. */
export const frReaders = {
  phone_alternative_ending:
    'Écrit comme une terminaison alternative du numéro qui précède : ses {count} derniers chiffres ont été remplacés par les {count} chiffres écrits après la barre oblique.',
  phone_plus_added: 'Écrit sans « + » : lu comme un numéro international avec l’indicatif +{callingCode}.',
  phone_idd_prefix: 'Le préfixe international « 00 » a été lu comme « + ».',
  phone_default_country: 'Écrit comme un numéro national : lu comme un numéro du pays par défaut, {country}.',
  phone_country_unknown: 'Écrit comme un numéro national sans pays par défaut : son pays est inconnu.',
  phone_calling_code_unknown: 'Aucun pays ni service n’utilise cet indicatif.',
  phone_too_short: 'Trop court pour un numéro de {country} : le numéro national a {digits} chiffres.',
  phone_too_long: 'Trop long pour un numéro de {country} : le numéro national a {digits} chiffres.',
  phone_invalid_length: 'Aucun numéro de {country} n’a un numéro national de {digits} chiffres.',
  phone_not_valid: 'A la longueur d’un numéro de {country} mais ne correspond pas à son plan de numérotation.',
  phone_legacy_subscriber:
    'Semble écrit avant {year}, quand les numéros d’abonné de {country} sont passés de {from} à {to} chiffres. La suggestion donne le numéro dans le plan actuel ; elle n’a pas été appliquée.',
  contact_block_not_found:
    'Aucune phrase « pour plus d’informations, contacter » n’a été trouvée : tout le texte a été lu comme un bloc de contact.',
  contact_name_missing: 'Ce contact n’a pas de nom.',
  contact_unreachable: 'Ce contact n’a ni numéro de téléphone ni adresse électronique.',
  contact_email_missing_after_label: 'Une mention de courriel n’est suivie d’aucune adresse.',
  contact_text_unread: 'Une ligne du bloc de contact n’a pas pu être lue et a été laissée de côté.',
  vcard_not_found: 'Aucune vCard (BEGIN:VCARD … END:VCARD) n’a été trouvée.',
  vcard_end_missing: 'La vCard n’a pas de ligne END:VCARD ; elle a été lue jusqu’à la fin du texte.',
  vcard_version: 'La vCard indique VERSION {version} ; elle a été lue comme une vCard 4.0.',
  vcard_line_malformed: 'Une ligne n’a pas de nom de propriété suivi de « : » et a été laissée de côté.',
  vcard_fn_missing: 'La vCard n’a pas de FN (nom mis en forme), obligatoire en vCard 4.0.',
  vcard_property_ignored: 'La propriété {property} n’est pas lue par ce paquet et a été laissée de côté.',
  vcard_tel_unreadable: 'Une valeur TEL n’est pas un numéro international et a été laissée de côté.',
  vcard_email_invalid: 'Une valeur EMAIL n’est pas une adresse électronique valide et a été laissée de côté.',
  vcard_adr_country_unknown: 'L’adresse n’a pas de code pays ISO (paramètre CC) et a été laissée de côté.',
  vcard_lang_invalid: 'Une valeur LANG n’est pas une étiquette de langue BCP 47 valide et a été laissée de côté.',
  vcard_url_invalid: 'Une valeur URL n’est pas un lien absolu http ou https et a été laissée de côté.',
  jcard_malformed: 'Pas un jCard : attendu ["vcard", [propriétés…]].',
} satisfies IssueTemplates<Exclude<ContactIssueCode, SchemaIssueCode>>;
