import type { IssueTemplates } from '../issue.js';
import type { CoreIssueCode, CoreSchemaIssueCode, ValidationMessages } from './types.js';

let listFormat: Intl.ListFormat | undefined;
const list = (items: readonly string[]) => {
  listFormat ??= new Intl.ListFormat('es-ES', { type: 'disjunction' });
  return listFormat.format(items);
};

const units: Record<string, [string, string]> = {
  string: ['carácter', 'caracteres'],
  array: ['elemento', 'elementos'],
  set: ['elemento', 'elementos'],
  file: ['byte', 'bytes'],
};

function size(origin: string, bound: string, inclusive: boolean, atLeast: boolean): string {
  const unit = units[origin];
  if (unit !== undefined) {
    if (atLeast && bound === '1' && inclusive) return 'No debe estar vacío';
    const noun = bound === '1' ? unit[0] : unit[1];
    const word = atLeast ? (inclusive ? 'al menos' : 'más de') : inclusive ? 'como máximo' : 'menos de';
    return `Debe tener ${word} ${bound} ${noun}`;
  }
  if (origin === 'date')
    return `Debe ser ${atLeast ? (inclusive ? 'igual o posterior al' : 'posterior al') : inclusive ? 'igual o anterior al' : 'anterior al'} ${bound}`;
  return `Debe ser ${atLeast ? (inclusive ? 'mayor o igual que' : 'mayor que') : inclusive ? 'menor o igual que' : 'menor que'} ${bound}`;
}

const formats: Record<string, string> = {
  email: 'Dirección de correo electrónico no válida',
  date: 'Fecha no válida: se espera una fecha real escrita AAAA-MM-DD',
  datetime: 'Fecha y hora no válidas: se espera la forma ISO 8601 (AAAA-MM-DDThh:mm:ssZ)',
  time: 'Hora no válida: se espera hh:mm o hh:mm:ss',
  duration: 'Duración ISO 8601 no válida',
  url: 'URL no válida',
  uuid: 'UUID no válido',
  e164: 'Número de teléfono que no sigue E.164 (+ y hasta 15 cifras)',
  regex: 'Formato no válido',
  starts_with: 'El comienzo no es el esperado',
  ends_with: 'El final no es el esperado',
  includes: 'Falta el texto esperado',
};

/**
 * Spanish templates of the codes of `@iom/core`'s value schemas (and their lenient readers): all a
 * schema's bundle carries of core's messages.
 */
export const esSchema = {
  localized_text_empty: 'Indique el texto en al menos uno de estos idiomas: inglés, francés o español',
  country_code_format: 'Se esperaba un código de país ISO 3166-1 alfa-2: dos letras mayúsculas, por ejemplo EC',
  country_code_lowercase: 'Los códigos de país se escriben en mayúsculas: {value} debería ser {suggestion}',
  country_code_alpha3: '{value} es un código ISO 3166-1 alfa-3: use el código alfa-2 {suggestion}',
  country_code_unknown: '{value} no es un código de país ISO 3166-1 asignado',
  country_code_normalized: 'Código de país {value} leído como {suggestion}',
  subdivision_code_format:
    'Se esperaba un código de subdivisión ISO 3166-2: código de país, guion y de una a tres letras o cifras, por ejemplo EC-I',
  subdivision_code_lowercase: 'Los códigos de subdivisión se escriben en mayúsculas: {value} debería ser {suggestion}',
  subdivision_code_unknown: '{value} no es un código de subdivisión ISO 3166-2',
  address_subdivision_country: 'La subdivisión {subdivision} no está en el país {country}',
  partial_date_invalid: 'Fecha no válida: escriba un año (2021), un mes (2021-03) o un día (2021-03-09)',
  date_range_reversed: 'La fecha de fin ({end}) es anterior a la fecha de inicio ({start})',
  http_url_invalid:
    'Se esperaba un enlace absoluto que empiece por http:// o https:// y esté escrito como lo permite la RFC 3986: un nombre de host o una dirección IP, sin espacios, sin nombre de usuario ni contraseña, los demás caracteres codificados con porcentaje (é como %C3%A9)',
} satisfies IssueTemplates<CoreSchemaIssueCode>;

/**
 * Spanish templates of `@iom/core`'s other codes (payload kinds, migrations), apart from the
 * schemas' ones and from the messages below, which only `formatIssues` reads.
 */
export const esPayloads = {
  payload_not_object: 'Un documento debe ser un objeto JSON',
  payload_kind_missing: 'El documento no tiene un campo $kind que indique su tipo (por ejemplo iom.press-release@1)',
  payload_kind_malformed: '$kind se escribe identificador@versión, por ejemplo iom.press-release@1',
  payload_kind_unknown: 'Tipo de documento desconocido: {kind}; tipos conocidos: {known}',
  payload_kind_version_unsupported: 'La versión {version} de {kind} no está admitida; versiones admitidas: {supported}',
  payload_kind_version_newer:
    '{kind}@{version} es más reciente que las versiones instaladas ({supported}): actualice {package}',
  migration_kind_mismatch: 'Un documento {from} no se puede migrar a {to}: son tipos distintos',
  migration_renamed: '{from} renombrado {to}',
  migration_added: 'Añadido con su valor por defecto',
  migration_removed: 'Quitado; tenía su valor por defecto',
  migration_code_mapped: 'Código {from} escrito {to}',
  migration_wrapped: 'Puesto en una lista de un elemento',
  migration_unwrapped: 'Sacado de su lista de un elemento',
  migration_converted: 'Modificado por el paso «{step}»',
  migration_value_dropped: 'Descartado al pasar a {to}: esa versión no tiene lugar para este valor',
  migration_loss_refused: 'La migración a {to} descartaría este valor; permita las pérdidas para continuar',
  migration_result_invalid: 'El documento migrado a {to} no es válido',
} satisfies IssueTemplates<Exclude<CoreIssueCode, CoreSchemaIssueCode>>;

/** Spanish validation messages. */
export const es: ValidationMessages = {
  typeNames: {
    string: 'un texto',
    number: 'un número',
    int: 'un número entero',
    bigint: 'un número entero',
    boolean: 'verdadero o falso',
    array: 'una lista',
    object: 'un objeto',
    null: 'null',
    undefined: 'ningún valor',
    date: 'una fecha',
    record: 'un objeto',
    tuple: 'una lista',
    nan: 'un valor no numérico',
  },
  required: 'Obligatorio',
  invalidType: (expected, received) =>
    received === undefined ? `Se esperaba ${expected}` : `Se esperaba ${expected}, se recibió ${received}`,
  tooSmall: (origin, minimum, inclusive) => size(origin, minimum, inclusive, true),
  tooBig: (origin, maximum, inclusive) => size(origin, maximum, inclusive, false),
  invalidFormat: (format) => formats[format] ?? `Formato ${format} no válido`,
  notMultipleOf: (divisor) => `Debe ser múltiplo de ${divisor}`,
  unrecognizedKeys: (keys) => `${keys.length === 1 ? 'Campo desconocido' : 'Campos desconocidos'}: ${keys.join(', ')}`,
  invalidUnion: 'No coincide con ninguna de las formas admitidas',
  invalidKey: 'Clave no válida',
  invalidElement: 'Elemento no válido',
  invalidValue: (values) =>
    values.length === 1 ? `Debe ser ${values[0]}` : `Debe ser uno de estos valores: ${list(values)}`,
  custom: 'Valor no válido',
  // A call marked pure, not a spread: a bundle that reads only the templates can drop this object.
  issues: /* @__PURE__ */ Object.assign({}, esSchema, esPayloads),
};
