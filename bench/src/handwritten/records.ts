import { isCountryCode, isSubdivisionCode } from '@iom/core';
import { checkContact } from './contact-point.js';
import { isIsoDate, isObject, type Problem } from './util.js';

// Field checks shared by the hand-written validators of iom.country-mission@1, iom.org-structure@1 and
// iom.press-release@1. A problem is either fatal (wrong type, value not in a list, unknown key of a
// closed object, required field missing) or not (wrong format, length or range, a failed rule). As in
// zod, a cross-field rule of an object runs only when nothing fatal was found inside that object:
// callers note `fatal` before the object's fields and compare after.

/** A path into the payload. */
export type P = (string | number)[];
/** A payload object whose fields are being checked. */
export type O = Record<string, unknown>;

const LOCAL_ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]*$/;
const PARTIAL_DATE = /^[0-9]{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12][0-9]|3[01]))?)?$/;
const TIME_WITH_OFFSET = /^(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;
const LOCALIZED_KEYS: ReadonlySet<string> = new Set(['en', 'fr', 'es']);
// The codes checkContact gives for what zod reports as a type, list or literal mismatch.
const CONTACT_FATAL: ReadonlySet<string> = new Set(['invalid_type', 'invalid_value']);
// The codes of checkContact's rules on a whole contact point or address, never fatal.
const CONTACT_RULES: ReadonlySet<string> = new Set([
  'contact_point_empty',
  'media_contact_unreachable',
  'address_subdivision_country',
  'invalid_localized_text',
]);

function valueAt(value: unknown, path: readonly (string | number)[]): unknown {
  let at = value;
  for (const key of path)
    at = isObject(at) || Array.isArray(at) ? (at as Record<string | number, unknown>)[key] : undefined;
  return at;
}

/** Whether `value` is a real date `YYYY-MM-DD`. */
export const isDate = (value: unknown): value is string => typeof value === 'string' && isIsoDate(value);

/** Whether `value` is a date and time with seconds and an offset (`2009-06-12T10:00:00-05:00`). */
export function isDateTime(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    value.length > 11 &&
    value[10] === 'T' &&
    isIsoDate(value.slice(0, 10)) &&
    TIME_WITH_OFFSET.test(value.slice(11))
  );
}

/** Collects problems and counts the fatal ones. */
export class Checker {
  readonly problems: Problem[] = [];
  fatal = 0;

  add(path: P, code: string, fatal = false): void {
    this.problems.push({ path, code });
    if (fatal) this.fatal++;
  }

  /** The value at `key`; a missing required one is reported. `undefined` when absent. */
  take(o: O, key: string, path: P, required: boolean): unknown {
    const v = o[key];
    if (v === undefined && required) this.add([...path, key], 'required', true);
    return v;
  }

  /** A string (trimmed first unless `trim` is false) of `min` to `max` characters. */
  text(o: O, key: string, path: P, required = false, max = Number.POSITIVE_INFINITY, trim = true): void {
    const v = this.take(o, key, path, required);
    if (v !== undefined) this.textValue(v, [...path, key], max, trim);
  }

  textValue(v: unknown, path: P, max = Number.POSITIVE_INFINITY, trim = true): void {
    if (typeof v !== 'string') {
      this.add(path, 'invalid_type', true);
      return;
    }
    const length = (trim ? v.trim() : v).length;
    if (length < 1) this.add(path, 'too_small');
    else if (length > max) this.add(path, 'too_big');
  }

  /** A value from a closed list. */
  oneOf(o: O, key: string, values: ReadonlySet<string>, path: P, required = false): void {
    const v = this.take(o, key, path, required);
    if (v !== undefined && (typeof v !== 'string' || !values.has(v))) this.add([...path, key], 'invalid_value', true);
  }

  /** An id local to a structure: `MISSION_EC`, `CO_EC`. */
  localId(o: O, key: string, path: P, required = false): void {
    const v = this.take(o, key, path, required);
    if (v !== undefined) this.localIdValue(v, [...path, key]);
  }

  localIdValue(v: unknown, path: P): void {
    if (typeof v !== 'string') {
      this.add(path, 'invalid_type', true);
      return;
    }
    if (v.length > 100) this.add(path, 'too_big');
    if (!LOCAL_ID.test(v)) this.add(path, 'invalid_format');
  }

  country(o: O, key: string, path: P, required = false): void {
    const v = this.take(o, key, path, required);
    if (v !== undefined) this.countryValue(v, [...path, key]);
  }

  countryValue(v: unknown, path: P): void {
    if (typeof v !== 'string') this.add(path, 'invalid_type', true);
    else if (!isCountryCode(v)) this.add(path, 'country_code');
  }

  subdivision(o: O, key: string, path: P): void {
    const v = o[key];
    if (v === undefined) return;
    if (typeof v !== 'string') this.add([...path, key], 'invalid_type', true);
    else if (!isSubdivisionCode(v)) this.add([...path, key], 'subdivision_code');
  }

  date(o: O, key: string, path: P, required = false): void {
    const v = this.take(o, key, path, required);
    if (v === undefined) return;
    if (typeof v !== 'string') this.add([...path, key], 'invalid_type', true);
    else if (!isIsoDate(v)) this.add([...path, key], 'date_invalid');
  }

  dateTime(o: O, key: string, path: P): void {
    const v = o[key];
    if (v === undefined) return;
    if (typeof v !== 'string') this.add([...path, key], 'invalid_type', true);
    else if (!isDateTime(v)) this.add([...path, key], 'date_time_invalid');
  }

  /** A year, a month or a real day (`2023-02-30` fails, as in the schema: `org_date_not_real`). */
  partialDate(o: O, key: string, path: P, required = false): void {
    const v = this.take(o, key, path, required);
    if (v === undefined) return;
    if (typeof v !== 'string') this.add([...path, key], 'invalid_type', true);
    else if (!PARTIAL_DATE.test(v)) this.add([...path, key], 'partial_date_invalid');
    else if (v.length === 10 && !isIsoDate(v)) this.add([...path, key], 'org_date_not_real');
  }

  url(o: O, key: string, path: P, required = false): void {
    const v = this.take(o, key, path, required);
    if (v === undefined) return;
    if (typeof v !== 'string') this.add([...path, key], 'invalid_type', true);
    else if (!URL.canParse(v.trim())) this.add([...path, key], 'invalid_url');
  }

  /** A whole number in [min, max]. */
  int(o: O, key: string, path: P, min: number, max: number, required = false): void {
    const v = this.take(o, key, path, required);
    if (v === undefined) return;
    if (typeof v !== 'number' || !Number.isInteger(v)) {
      this.add([...path, key], 'invalid_type', true);
      return;
    }
    if (v < Math.max(min, Number.MIN_SAFE_INTEGER)) this.add([...path, key], 'too_small');
    else if (v > Math.min(max, Number.MAX_SAFE_INTEGER)) this.add([...path, key], 'too_big');
  }

  boolean(o: O, key: string, path: P): void {
    const v = o[key];
    if (v !== undefined && typeof v !== 'boolean') this.add([...path, key], 'invalid_type', true);
  }

  /** Text in English, French and/or Spanish: no other key, at least one language. */
  localizedText(o: O, key: string, path: P, required = false): void {
    const v = this.take(o, key, path, required);
    if (v === undefined) return;
    const at = [...path, key];
    if (!isObject(v)) {
      this.add(at, 'invalid_type', true);
      return;
    }
    const before = this.fatal;
    for (const k of Object.keys(v)) {
      if (!LOCALIZED_KEYS.has(k)) {
        this.add(at, 'unrecognized_keys', true);
        break;
      }
    }
    this.text(v, 'en', at);
    this.text(v, 'fr', at);
    this.text(v, 'es', at);
    if (this.fatal === before && v.en === undefined && v.fr === undefined && v.es === undefined)
      this.add(at, 'localized_text_empty');
  }

  /** An object: its fields checked by `check`. */
  object(o: O, key: string, path: P, required: boolean, check: (v: O, p: P) => void): void {
    const v = this.take(o, key, path, required);
    if (v === undefined) return;
    if (!isObject(v)) {
      this.add([...path, key], 'invalid_type', true);
      return;
    }
    check(v, [...path, key]);
  }

  /** An array of at least `min` items, each checked by `check`. */
  array(o: O, key: string, path: P, required: boolean, check: (v: unknown, p: P) => void, min = 0): void {
    const v = this.take(o, key, path, required);
    if (v === undefined) return;
    if (!Array.isArray(v)) {
      this.add([...path, key], 'invalid_type', true);
      return;
    }
    for (let i = 0; i < v.length; i++) check(v[i], [...path, key, i]);
    if (v.length < min) this.add([...path, key], 'too_small');
  }

  /** An array of objects, each checked by `check`. */
  objects(o: O, key: string, path: P, check: (v: O, p: P) => void, required = false, min = 0): void {
    this.array(
      o,
      key,
      path,
      required,
      (item, p) => {
        if (isObject(item)) check(item, p);
        else this.add(p, 'invalid_type', true);
      },
      min,
    );
  }

  /** The sources of a fact: each a URL and an optional note. */
  sources(o: O, path: P, min = 0): void {
    this.objects(
      o,
      'sources',
      path,
      (s, p) => {
        this.url(s, 'url', p, true);
        this.text(s, 'note', p, false, Number.POSITIVE_INFINITY, false);
      },
      min > 0,
      min,
    );
  }

  /** `validFrom` and `validUntil`, days. */
  validity(o: O, path: P, fromRequired = false): void {
    this.date(o, 'validFrom', path, fromRequired);
    this.date(o, 'validUntil', path);
  }

  /** A contact point (`media`: a media contact), checked by the hand-written contact validator. */
  contact(v: unknown, path: P, media: boolean): void {
    for (const problem of checkContact(v, media)) {
      // checkContact gives one code for a bad string and for no string at all; zod's wrong type is fatal.
      const fatal =
        CONTACT_FATAL.has(problem.code) ||
        (!CONTACT_RULES.has(problem.code) && typeof valueAt(v, problem.path) !== 'string');
      this.add([...path, ...problem.path], problem.code, fatal);
    }
  }
}
