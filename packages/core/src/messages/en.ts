import type { IssueTemplates } from '../issue.js';
import type { CoreIssueCode, CoreSchemaIssueCode, ValidationMessages } from './types.js';

let listFormat: Intl.ListFormat | undefined;
const list = (items: readonly string[]) => {
  listFormat ??= new Intl.ListFormat('en-GB', { type: 'disjunction' });
  return listFormat.format(items);
};

const units: Record<string, [string, string]> = {
  string: ['character', 'characters'],
  array: ['item', 'items'],
  set: ['item', 'items'],
  file: ['byte', 'bytes'],
};

function size(origin: string, bound: string, inclusive: boolean, atLeast: boolean): string {
  const unit = units[origin];
  if (unit !== undefined) {
    if (atLeast && bound === '1' && inclusive) return 'Must not be empty';
    const noun = bound === '1' ? unit[0] : unit[1];
    const word = atLeast ? (inclusive ? 'at least' : 'more than') : inclusive ? 'at most' : 'fewer than';
    return `Must have ${word} ${bound} ${noun}`;
  }
  if (origin === 'date')
    return `Must be ${atLeast ? (inclusive ? 'on or after' : 'after') : inclusive ? 'on or before' : 'before'} ${bound}`;
  return `Must be ${atLeast ? (inclusive ? 'at least' : 'greater than') : inclusive ? 'at most' : 'less than'} ${bound}`;
}

const formats: Record<string, string> = {
  email: 'Not a valid email address',
  date: 'Not a real calendar date written YYYY-MM-DD',
  datetime: 'Not a real date and time written in ISO 8601 (YYYY-MM-DDThh:mm:ssZ)',
  time: 'Not a valid time written hh:mm or hh:mm:ss',
  duration: 'Not a valid ISO 8601 duration',
  url: 'Not a valid URL',
  uuid: 'Not a valid UUID',
  e164: 'Not a phone number in E.164 form (+ and up to 15 digits)',
  regex: 'Not in the expected format',
  starts_with: 'Does not start as expected',
  ends_with: 'Does not end as expected',
  includes: 'Does not contain the expected text',
};

/**
 * English templates of the codes of `@iom/core`'s value schemas (and their lenient readers): all a
 * schema's bundle carries of core's messages.
 */
export const enSchema = {
  localized_text_empty: 'Give the text in at least one of English, French or Spanish',
  country_code_format: 'Expected an ISO 3166-1 alpha-2 country code: two capital letters, such as EC',
  country_code_lowercase: 'Country codes are written in capitals: {value} should be {suggestion}',
  country_code_alpha3: '{value} is an ISO 3166-1 alpha-3 code: use the alpha-2 code {suggestion}',
  country_code_unknown: '{value} is not an assigned ISO 3166-1 country code',
  country_code_normalized: 'Read the country code {value} as {suggestion}',
  subdivision_code_format:
    'Expected an ISO 3166-2 subdivision code: country code, hyphen and one to three letters or digits, such as EC-I',
  subdivision_code_lowercase: 'Subdivision codes are written in capitals: {value} should be {suggestion}',
  subdivision_code_unknown: '{value} is not an ISO 3166-2 subdivision code',
  address_subdivision_country: 'The subdivision {subdivision} is not in the country {country}',
  partial_date_invalid: 'Not a date: write a year (2021), a month (2021-03) or a day (2021-03-09)',
  date_range_reversed: 'The end date ({end}) comes before the start date ({start})',
  http_url_invalid:
    'Expected an absolute link starting with http:// or https://, written as RFC 3986 allows: a host name or IP address, no spaces, no user name or password, other characters percent-encoded (é as %C3%A9)',
} satisfies IssueTemplates<CoreSchemaIssueCode>;

/**
 * English templates of `@iom/core`'s other codes (payload kinds, migrations), apart from the
 * schemas' ones and from the messages below, which only `formatIssues` reads.
 */
export const enPayloads = {
  payload_not_object: 'A payload must be a JSON object',
  payload_kind_missing: 'The payload has no $kind field saying what it is (for example iom.press-release@1)',
  payload_kind_malformed: '$kind must be written id@version, such as iom.press-release@1',
  payload_kind_unknown: 'Unknown payload kind {kind}; known kinds: {known}',
  payload_kind_version_unsupported: 'Version {version} of {kind} is not supported; supported versions: {supported}',
  payload_kind_version_newer: '{kind}@{version} is newer than the versions installed ({supported}): upgrade {package}',
  migration_kind_mismatch: 'A payload of {from} cannot be migrated to {to}: they are different kinds',
  migration_renamed: 'Renamed {from} to {to}',
  migration_added: 'Added with its default value',
  migration_removed: 'Removed; it held its default value',
  migration_code_mapped: 'Code {from} written {to}',
  migration_wrapped: 'Put in a list of one item',
  migration_unwrapped: 'Taken out of its list of one item',
  migration_converted: 'Changed by the step “{step}”',
  migration_value_dropped: 'Dropped on the way to {to}: that version has no place for this value',
  migration_loss_refused: 'Migrating to {to} would drop this value; allow losses to go on',
  migration_result_invalid: 'The payload migrated to {to} is not valid',
} satisfies IssueTemplates<Exclude<CoreIssueCode, CoreSchemaIssueCode>>;

/** English validation messages. */
export const en: ValidationMessages = {
  typeNames: {
    string: 'text',
    number: 'a number',
    int: 'a whole number',
    bigint: 'a whole number',
    boolean: 'true or false',
    array: 'a list',
    object: 'an object',
    null: 'null',
    undefined: 'nothing',
    date: 'a date',
    record: 'an object',
    tuple: 'a list',
    nan: 'not-a-number',
  },
  required: 'Required',
  invalidType: (expected, received) =>
    received === undefined ? `Expected ${expected}` : `Expected ${expected}, received ${received}`,
  tooSmall: (origin, minimum, inclusive) => size(origin, minimum, inclusive, true),
  tooBig: (origin, maximum, inclusive) => size(origin, maximum, inclusive, false),
  invalidFormat: (format) => formats[format] ?? `Not a valid ${format}`,
  notMultipleOf: (divisor) => `Must be a multiple of ${divisor}`,
  unrecognizedKeys: (keys) => `Unknown ${keys.length === 1 ? 'field' : 'fields'}: ${keys.join(', ')}`,
  invalidUnion: 'Matches none of the allowed forms',
  invalidKey: 'Invalid key',
  invalidElement: 'Invalid element',
  invalidValue: (values) => (values.length === 1 ? `Must be ${values[0]}` : `Must be one of ${list(values)}`),
  custom: 'Invalid value',
  // A call marked pure, not a spread: a bundle that reads only the templates can drop this object.
  issues: /* @__PURE__ */ Object.assign({}, enSchema, enPayloads),
};
