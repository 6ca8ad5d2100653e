import type * as z from 'zod';
import type { Issue, IssueParams, PathSegment } from './issue.js';
import type { Locale } from './locale.js';
import { en } from './messages/en.js';
import { es } from './messages/es.js';
import { fr } from './messages/fr.js';
import type { ValidationMessages } from './messages/types.js';

const catalogs: { readonly [L in Locale]: ValidationMessages } = { en, fr, es };

/** Anything that carries zod issues: a `ZodError`, or the `error` of a failed `safeParse`. */
export interface IssueSource {
  /** The zod issues. */
  readonly issues: readonly z.core.$ZodIssue[];
}

/** Options of {@link formatIssues}. */
export interface FormatIssuesOptions {
  /**
   * The value that was validated. When given, a missing value is reported as `Required` rather
   * than as a type mismatch, and type mismatches name the type received. Only the value's type is
   * read; the value itself never enters a message.
   */
  readonly input?: unknown;
}

function isIssueParams(params: unknown): params is IssueParams {
  if (typeof params !== 'object' || params === null) return false;
  const candidate = params as Partial<IssueParams>;
  return typeof candidate.code === 'string' && typeof candidate.messages === 'object' && candidate.messages !== null;
}

function toPath(path: readonly PropertyKey[]): PathSegment[] {
  return path.map((segment) => (typeof segment === 'number' ? segment : String(segment)));
}

/** Reads the value at `path`, and whether it exists, without calling getters of unknown objects twice. */
function valueAt(root: unknown, path: readonly PathSegment[]): { found: boolean; value: unknown } {
  let current: unknown = root;
  for (const segment of path) {
    if (typeof current !== 'object' || current === null || !Object.hasOwn(current, segment)) {
      return { found: false, value: undefined };
    }
    current = (current as Record<PathSegment, unknown>)[segment];
  }
  return { found: true, value: current };
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && Number.isNaN(value)) return 'nan';
  return typeof value;
}

function bound(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  return String(value);
}

// A key is named in a message only when it looks like a field name: a payload's keys can hold personal
// text as well as its values.
const FIELD_NAME = /^[A-Za-z_$][\w$.-]{0,39}$/;
function safeKey(key: string): string {
  return FIELD_NAME.test(key) ? key : '…';
}

function renderValue(value: unknown): string {
  return typeof value === 'string' ? `"${value}"` : String(value);
}

function message(
  issue: z.core.$ZodIssue,
  messages: ValidationMessages,
  locale: Locale,
  options: FormatIssuesOptions,
  path: readonly PathSegment[],
): { code: string; message: string } {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = messages.typeNames[issue.expected] ?? issue.expected;
      if (!('input' in options)) return { code: issue.code, message: messages.invalidType(expected, undefined) };
      const at = valueAt(options.input, path);
      if (!at.found || at.value === undefined) return { code: issue.code, message: messages.required };
      const received = typeName(at.value);
      return { code: issue.code, message: messages.invalidType(expected, messages.typeNames[received] ?? received) };
    }
    case 'too_small':
      return {
        code: issue.code,
        message: messages.tooSmall(issue.origin, bound(issue.minimum), issue.inclusive ?? true),
      };
    case 'too_big':
      return {
        code: issue.code,
        message: messages.tooBig(issue.origin, bound(issue.maximum), issue.inclusive ?? true),
      };
    case 'invalid_format':
      return { code: issue.code, message: messages.invalidFormat(issue.format) };
    case 'not_multiple_of':
      return { code: issue.code, message: messages.notMultipleOf(bound(issue.divisor)) };
    case 'unrecognized_keys':
      return { code: issue.code, message: messages.unrecognizedKeys(issue.keys.map(safeKey)) };
    case 'invalid_union':
      return { code: issue.code, message: messages.invalidUnion };
    case 'invalid_key':
      return { code: issue.code, message: messages.invalidKey };
    case 'invalid_element':
      return { code: issue.code, message: messages.invalidElement };
    case 'invalid_value':
      return { code: issue.code, message: messages.invalidValue(issue.values.map(renderValue)) };
    case 'custom': {
      const params = issue.params;
      if (isIssueParams(params)) return { code: params.code, message: params.messages[locale] };
      const code = typeof params?.code === 'string' ? params.code : 'custom';
      return { code, message: messages.custom };
    }
    default:
      return { code: (issue as { code: string }).code, message: messages.custom };
  }
}

/**
 * Turns zod issues into IOM {@link Issue}s, `{ path, code, message }`, with messages in `locale`.
 *
 * - zod's built-in codes keep their code (`invalid_type`, `too_small`, `invalid_format`, …) and get
 *   a message from this package's catalogs (English, French and Spanish), whatever locale zod used;
 * - IOM custom issues (made with {@link defineIssues}) get their own code (`country_code_unknown`)
 *   and message;
 * - nothing global is touched: zod’s global configuration stays the app’s own.
 *
 * @example
 * const result = CountryCode.safeParse('ecu');
 * if (!result.success) formatIssues(result.error, 'fr');
 * // [{ path: [], code: 'country_code_alpha3', message: 'ECU est un code ISO 3166-1 alpha-3 : …' }]
 */
export function formatIssues(error: IssueSource, locale: Locale, options: FormatIssuesOptions = {}): Issue[] {
  const messages = catalogs[locale];
  return error.issues.map((issue) => {
    const path = toPath(issue.path);
    return { path, ...message(issue, messages, locale, options, path) };
  });
}
