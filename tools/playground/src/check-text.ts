import { CLI_MESSAGES, formatPath, type InputFormat, locateJsonPaths, readRecords } from '@iom/cli/records';
import type { Issue, Locale, PayloadKindRegistry } from '@iom/core';
import { PLAYGROUND_MESSAGES } from './messages/index.js';

/** The longest text the playground reads, in UTF-16 code units: a few hundred payloads, read in well under a second. */
export const MAX_LENGTH = 2_000_000;

/**
 * The deepest nesting the playground reads. No payload kind nests deeper than about ten levels; past a
 * few thousand, locating issues (jsonc-parser recurses per level) would overflow the stack.
 */
export const MAX_DEPTH = 256;

/** What to check a text against. */
export interface CheckOptions {
  /** The locale of every message. */
  readonly locale: Locale;
  /** The kind (`iom.contact-point@1`), or `undefined` to let each payload's `$kind` choose. */
  readonly kind?: string | undefined;
  /** {@link MAX_LENGTH} unless given. */
  readonly maxLength?: number;
  /** {@link MAX_DEPTH} unless given. */
  readonly maxDepth?: number;
}

/** An issue, where it is in the text, and its path as people read it. */
export interface LocatedIssue extends Issue {
  /** 1-based line the issue concerns. */
  readonly line: number;
  /** 1-based column. */
  readonly column: number;
  /** `person.gender`, `(root)`. */
  readonly where: string;
}

/** The verdict on one record of the text. */
export interface RecordReport {
  /** 0-based record number. */
  readonly index: number;
  /** 1-based line where the record starts. */
  readonly line: number;
  /** The kind it was validated against, or `null` (not JSON, no kind found). */
  readonly kind: string | null;
  /** Whether it is valid. */
  readonly valid: boolean;
  /** Its issues, in the order found; none when valid. */
  readonly issues: readonly LocatedIssue[];
}

/** What the playground shows for a text. */
export type CheckReport =
  | {
      /** The text was not read: too long, too deep or empty. */
      readonly status: 'refused';
      /** Why. */
      readonly reason: 'too_large' | 'too_deep' | 'empty';
      /** The reason in words. */
      readonly message: string;
    }
  | {
      /** The text was read and each record validated. */
      readonly status: 'checked';
      /** How the records were laid out. */
      readonly format: InputFormat;
      /** One report per record. */
      readonly records: readonly RecordReport[];
      /** The verdict in words: valid, or how many are not. */
      readonly summary: string;
    };

/** The deepest nesting of `[` and `{` outside strings, counted up to `limit + 1`; linear, no recursion. */
export function nestingDepth(text: string, limit: number): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // a backslash escapes the next character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      depth++;
      if (depth > deepest) {
        deepest = depth;
        if (deepest > limit) return deepest;
      }
    } else if (c === 125 || c === 93) depth--;
  }
  return deepest;
}

/** The lines as `readRecords` numbers them: `\n`, `\r\n` or a lone `\r` ends a line. */
function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

async function* once(text: string): AsyncGenerator<string> {
  yield text;
}

/**
 * Validates a text the way `iom validate` does (a JSON document, a JSON array, or NDJSON, found from
 * the first line; each record against the kind given or its own `$kind`) and places every issue at
 * the line and column its path points to. Never throws for bad input: text that is not JSON is an
 * issue with its line and column (`json_…` codes, as `iom validate --format json` gives them), and
 * text too long or too deep is refused with a message.
 */
export async function checkText(
  registry: PayloadKindRegistry,
  input: string,
  options: CheckOptions,
): Promise<CheckReport> {
  const { locale, kind } = options;
  const messages = PLAYGROUND_MESSAGES[locale];
  const cli = CLI_MESSAGES[locale];
  const maxLength = options.maxLength ?? MAX_LENGTH;
  const maxDepth = options.maxDepth ?? MAX_DEPTH;
  if (input.length > maxLength)
    return { status: 'refused', reason: 'too_large', message: messages.tooLarge(input.length, maxLength) };
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (text.trim() === '') return { status: 'refused', reason: 'empty', message: messages.empty };
  if (nestingDepth(text, maxDepth) > maxDepth)
    return { status: 'refused', reason: 'too_deep', message: messages.tooDeep(maxDepth) };

  // Set by readRecords' callback, which the compiler does not follow: hence the widening cast.
  let format = 'json' as InputFormat;
  let lines: string[] | undefined;
  const records: RecordReport[] = [];
  for await (const record of readRecords(once(text), { onFormat: (found) => (format = found) })) {
    if (record.type === 'syntax-error') {
      const { line, column, problem } = record.error;
      const message = cli.notJson(cli.syntax[problem]);
      const issue: LocatedIssue = { path: [], code: `json_${problem}`, message, line, column, where: formatPath([]) };
      // A break in an array's own structure (index -1) belongs to no record: it is shown as one.
      records.push({ index: Math.max(record.index, records.length), line, kind: null, valid: false, issues: [issue] });
      continue;
    }
    const verdict = registry.validate(record.value, kind === undefined ? { locale } : { locale, kind });
    const kindRef = verdict.kind?.ref ?? null;
    if (verdict.success) {
      records.push({ index: record.index, line: record.line, kind: kindRef, valid: true, issues: [] });
      continue;
    }
    // Each issue's path, located in the record's own text: its line for NDJSON, the whole text for a
    // document, and the array's element for an array.
    let located: { line: number; column: number }[];
    const paths = verdict.issues.map((issue) => issue.path);
    if (format === 'ndjson') {
      lines ??= splitLines(text);
      located = locateJsonPaths(lines[record.line - 1] ?? '', paths, { line: record.line, column: 1 });
    } else if (format === 'array') {
      located = locateJsonPaths(
        text,
        paths.map((path) => [record.index, ...path]),
      );
    } else {
      located = locateJsonPaths(text, paths);
    }
    records.push({
      index: record.index,
      line: record.line,
      kind: kindRef,
      valid: false,
      issues: verdict.issues.map((issue, i) => ({
        ...issue,
        line: located[i]?.line ?? record.line,
        column: located[i]?.column ?? 1,
        where: formatPath(issue.path),
      })),
    });
  }
  const invalid = records.filter((record) => !record.valid).length;
  const only = records.length === 1 ? records[0] : undefined;
  let summary: string;
  if (only !== undefined)
    summary = only.valid ? messages.validOne(only.kind ?? '') : messages.invalidOne(only.kind, only.issues.length);
  else summary = invalid > 0 ? messages.someInvalid(invalid, records.length) : messages.validAll(records.length);
  return { status: 'checked', format, records, summary };
}
