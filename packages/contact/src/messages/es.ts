import type { IssueTemplates } from '@iom/core';
import type { ContactIssueCode, SchemaIssueCode } from '../codes.js';

/**
 * Spanish messages of the schemas' own checks, apart from the others: an app that only validates
 * carries these alone (messages/schema.ts).
 */
export const esSchema = {
  contact_point_empty: 'Un punto de contacto necesita un nombre, una organización o una oficina.',
  media_contact_unreachable: 'Un contacto de prensa necesita al menos un teléfono o un correo electrónico.',
  language_tag_invalid: 'No es una etiqueta de idioma BCP 47 válida.',
} satisfies IssueTemplates<SchemaIssueCode>;

/** Spanish messages of the phone notes, contact-block and vCard issues of `@iom/contact`. */
export const esReaders = {
  phone_alternative_ending:
    'Escrito como terminación alternativa del número anterior: sus últimos {count} dígitos se sustituyeron por los {count} dígitos escritos tras la barra.',
  phone_plus_added: 'Escrito sin «+»: leído como número internacional con el prefijo +{callingCode}.',
  phone_idd_prefix: 'El prefijo internacional «00» se leyó como «+».',
  phone_default_country: 'Escrito como número nacional: leído como número de {country}, el país por defecto.',
  phone_country_unknown: 'Escrito como número nacional sin país por defecto: su país es desconocido.',
  phone_calling_code_unknown: 'Ningún país ni servicio usa este prefijo.',
  phone_too_short: 'Demasiado corto para un número de {country}: el número nacional tiene {digits} dígitos.',
  phone_too_long: 'Demasiado largo para un número de {country}: el número nacional tiene {digits} dígitos.',
  phone_invalid_length: 'Ningún número de {country} tiene un número nacional de {digits} dígitos.',
  phone_not_valid: 'Tiene la longitud de un número de {country} pero no sigue su plan de numeración.',
  phone_legacy_subscriber:
    'Parece escrito antes de {year}, cuando los números de abonado de {country} pasaron de {from} a {to} dígitos. La sugerencia da el número en el plan actual; no se aplicó.',
  contact_block_not_found:
    'No se encontró ninguna frase «para más información, contacte»: todo el texto se leyó como bloque de contacto.',
  contact_name_missing: 'Este contacto no tiene nombre.',
  contact_unreachable: 'Este contacto no tiene ni teléfono ni correo electrónico.',
  contact_email_missing_after_label: 'Una etiqueta de correo no va seguida de ninguna dirección.',
  contact_text_unread: 'Una línea del bloque de contacto no se pudo leer y se omitió.',
  vcard_not_found: 'No se encontró ninguna vCard (BEGIN:VCARD … END:VCARD).',
  vcard_end_missing: 'La vCard no tiene línea END:VCARD; se leyó hasta el final del texto.',
  vcard_version: 'La vCard indica VERSION {version}; se leyó como vCard 4.0.',
  vcard_line_malformed: 'Una línea no tiene un nombre de propiedad seguido de «:» y se omitió.',
  vcard_fn_missing: 'La vCard no tiene FN (nombre con formato), obligatorio en vCard 4.0.',
  vcard_property_ignored: 'La propiedad {property} no la lee este paquete y se omitió.',
  vcard_tel_unreadable: 'Un valor TEL no es un número internacional y se omitió.',
  vcard_email_invalid: 'Un valor EMAIL no es una dirección de correo válida y se omitió.',
  vcard_adr_country_unknown: 'La dirección no tiene código de país ISO (parámetro CC) y se omitió.',
  vcard_lang_invalid: 'Un valor LANG no es una etiqueta de idioma BCP 47 válida y se omitió.',
  vcard_url_invalid: 'Un valor URL no es un enlace absoluto http o https y se omitió.',
  jcard_malformed: 'No es un jCard: se esperaba ["vcard", [propiedades…]].',
} satisfies IssueTemplates<Exclude<ContactIssueCode, SchemaIssueCode>>;
