import type { IssueTemplates } from '../issue.js';
import type { CoreIssueCode, CoreSchemaIssueCode, ValidationMessages } from './types.js';

// French typography: a no-break space (U+00A0) before a colon.
let listFormat: Intl.ListFormat | undefined;
const list = (items: readonly string[]) => {
  listFormat ??= new Intl.ListFormat('fr-FR', { type: 'disjunction' });
  return listFormat.format(items);
};

const units: Record<string, [string, string]> = {
  string: ['caractère', 'caractères'],
  array: ['élément', 'éléments'],
  set: ['élément', 'éléments'],
  file: ['octet', 'octets'],
};

function size(origin: string, bound: string, inclusive: boolean, atLeast: boolean): string {
  const unit = units[origin];
  if (unit !== undefined) {
    if (atLeast && bound === '1' && inclusive) return 'Ne doit pas être vide';
    const noun = bound === '1' || bound === '0' ? unit[0] : unit[1];
    const word = atLeast ? (inclusive ? 'au moins' : 'plus de') : inclusive ? 'au plus' : 'moins de';
    return `Doit contenir ${word} ${bound} ${noun}`;
  }
  if (origin === 'date')
    return `Doit être ${atLeast ? (inclusive ? 'le ou après le' : 'après le') : inclusive ? 'le ou avant le' : 'avant le'} ${bound}`;
  return `Doit être ${atLeast ? (inclusive ? 'supérieur ou égal à' : 'supérieur à') : inclusive ? 'inférieur ou égal à' : 'inférieur à'} ${bound}`;
}

const formats: Record<string, string> = {
  email: 'Adresse e-mail non valide',
  date: 'Date non valide\u00a0: une date réelle écrite AAAA-MM-JJ est attendue',
  datetime: 'Date et heure non valides\u00a0: la forme ISO 8601 (AAAA-MM-JJThh:mm:ssZ) est attendue',
  time: 'Heure non valide\u00a0: hh:mm ou hh:mm:ss est attendu',
  duration: 'Durée ISO 8601 non valide',
  url: 'URL non valide',
  uuid: 'UUID non valide',
  e164: 'Numéro de téléphone non conforme à E.164 (+ et au plus 15 chiffres)',
  regex: 'Format non conforme',
  starts_with: 'Le début ne correspond pas à ce qui est attendu',
  ends_with: 'La fin ne correspond pas à ce qui est attendu',
  includes: 'Le texte attendu est absent',
};

/**
 * French templates of the codes of `@iom/core`'s value schemas (and their lenient readers): all a
 * schema's bundle carries of core's messages.
 */
export const frSchema = {
  localized_text_empty: 'Donnez le texte dans au moins une des langues\u00a0: anglais, français ou espagnol',
  country_code_format: 'Code de pays ISO 3166-1 alpha-2 attendu\u00a0: deux lettres majuscules, par exemple EC',
  country_code_lowercase: 'Les codes de pays s’écrivent en majuscules\u00a0: {value} devrait être {suggestion}',
  country_code_alpha3: '{value} est un code ISO 3166-1 alpha-3\u00a0: utilisez le code alpha-2 {suggestion}',
  country_code_unknown: '{value} n’est pas un code de pays ISO 3166-1 attribué',
  country_code_normalized: 'Code de pays {value} lu comme {suggestion}',
  subdivision_code_format:
    'Code de subdivision ISO 3166-2 attendu\u00a0: code de pays, trait d’union et une à trois lettres ou chiffres, par exemple EC-I',
  subdivision_code_lowercase:
    'Les codes de subdivision s’écrivent en majuscules\u00a0: {value} devrait être {suggestion}',
  subdivision_code_unknown: '{value} n’est pas un code de subdivision ISO 3166-2',
  address_subdivision_country: 'La subdivision {subdivision} n’est pas dans le pays {country}',
  partial_date_invalid: 'Date non valide : écrivez une année (2021), un mois (2021-03) ou un jour (2021-03-09)',
  date_range_reversed: 'La date de fin ({end}) précède la date de début ({start})',
  http_url_invalid:
    'Lien absolu attendu, commençant par http:// ou https:// et écrit comme le permet la RFC 3986\u00a0: un nom d’hôte ou une adresse IP, sans espaces, sans nom d’utilisateur ni mot de passe, les autres caractères encodés en pourcentage (é en %C3%A9)',
} satisfies IssueTemplates<CoreSchemaIssueCode>;

/**
 * French templates of `@iom/core`'s other codes (payload kinds, migrations), apart from the
 * schemas' ones and from the messages below, which only `formatIssues` reads.
 */
export const frPayloads = {
  payload_not_object: 'Un document doit être un objet JSON',
  payload_kind_missing: 'Le document n’a pas de champ $kind indiquant sa nature (par exemple iom.press-release@1)',
  payload_kind_malformed: '$kind s’écrit identifiant@version, par exemple iom.press-release@1',
  payload_kind_unknown: 'Type de document inconnu\u00a0: {kind}\u00a0; types connus\u00a0: {known}',
  payload_kind_version_unsupported:
    'La version {version} de {kind} n’est pas prise en charge\u00a0; versions prises en charge\u00a0: {supported}',
  payload_kind_version_newer:
    '{kind}@{version} est plus récent que les versions installées ({supported})\u00a0: mettez à jour {package}',
  migration_kind_mismatch: 'Un document {from} ne peut pas être migré vers {to}\u00a0: ce sont deux types différents',
  migration_renamed: '{from} renommé {to}',
  migration_added: 'Ajouté avec sa valeur par défaut',
  migration_removed: 'Retiré\u00a0; il avait sa valeur par défaut',
  migration_code_mapped: 'Code {from} écrit {to}',
  migration_wrapped: 'Mis dans une liste d’un élément',
  migration_unwrapped: 'Sorti de sa liste d’un élément',
  migration_converted: 'Modifié par l’étape «\u00a0{step}\u00a0»',
  migration_value_dropped: 'Abandonné en passant à {to}\u00a0: cette version n’a pas de place pour cette valeur',
  migration_loss_refused:
    'La migration vers {to} abandonnerait cette valeur\u00a0; autorisez les pertes pour continuer',
  migration_result_invalid: 'Le document migré vers {to} n’est pas valide',
} satisfies IssueTemplates<Exclude<CoreIssueCode, CoreSchemaIssueCode>>;

/** French validation messages. */
export const fr: ValidationMessages = {
  typeNames: {
    string: 'un texte',
    number: 'un nombre',
    int: 'un nombre entier',
    bigint: 'un nombre entier',
    boolean: 'vrai ou faux',
    array: 'une liste',
    object: 'un objet',
    null: 'null',
    undefined: 'aucune valeur',
    date: 'une date',
    record: 'un objet',
    tuple: 'une liste',
    nan: 'une valeur non numérique',
  },
  required: 'Obligatoire',
  invalidType: (expected, received) =>
    received === undefined ? `Attendu\u00a0: ${expected}` : `Attendu\u00a0: ${expected}, reçu\u00a0: ${received}`,
  tooSmall: (origin, minimum, inclusive) => size(origin, minimum, inclusive, true),
  tooBig: (origin, maximum, inclusive) => size(origin, maximum, inclusive, false),
  invalidFormat: (format) => formats[format] ?? `Format ${format} non valide`,
  notMultipleOf: (divisor) => `Doit être un multiple de ${divisor}`,
  unrecognizedKeys: (keys) => `${keys.length === 1 ? 'Champ inconnu' : 'Champs inconnus'}\u00a0: ${keys.join(', ')}`,
  invalidUnion: 'Ne correspond à aucune des formes admises',
  invalidKey: 'Clé non valide',
  invalidElement: 'Élément non valide',
  invalidValue: (values) =>
    values.length === 1 ? `Doit valoir ${values[0]}` : `Doit être l’une des valeurs ${list(values)}`,
  custom: 'Valeur non valide',
  // A call marked pure, not a spread: a bundle that reads only the templates can drop this object.
  issues: /* @__PURE__ */ Object.assign({}, frSchema, frPayloads),
};
