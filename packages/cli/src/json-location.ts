import { type ParseError, parse, printParseErrorCode } from 'jsonc-parser';

/** Why a piece of text is not JSON, in words that never quote the text itself. */
export type JsonSyntaxProblem =
  | 'empty'
  | 'invalid_symbol'
  | 'invalid_number'
  | 'property_name_expected'
  | 'value_expected'
  | 'colon_expected'
  | 'comma_expected'
  | 'close_brace_expected'
  | 'close_bracket_expected'
  | 'end_of_file_expected'
  | 'unexpected_end'
  | 'invalid_string'
  | 'comments_not_allowed'
  | 'trailing_comma'
  | 'array_not_closed'
  | 'comma_or_bracket_expected'
  | 'array_expected'
  | 'document_too_large';

/** Where a JSON text breaks: 1-based line and column (in UTF-16 code units), and why. */
export interface JsonSyntaxError {
  /** 1-based line. */
  readonly line: number;
  /** 1-based column. */
  readonly column: number;
  /** What is wrong. */
  readonly problem: JsonSyntaxProblem;
}

// Keyed by jsonc-parser's error names (its codes are a const enum, which isolated modules cannot read).
const PROBLEMS: Readonly<Record<string, JsonSyntaxProblem>> = {
  InvalidSymbol: 'invalid_symbol',
  InvalidNumberFormat: 'invalid_number',
  PropertyNameExpected: 'property_name_expected',
  ValueExpected: 'value_expected',
  ColonExpected: 'colon_expected',
  CommaExpected: 'comma_expected',
  CloseBraceExpected: 'close_brace_expected',
  CloseBracketExpected: 'close_bracket_expected',
  EndOfFileExpected: 'end_of_file_expected',
  InvalidCommentToken: 'comments_not_allowed',
  UnexpectedEndOfComment: 'comments_not_allowed',
  UnexpectedEndOfString: 'unexpected_end',
  UnexpectedEndOfNumber: 'invalid_number',
  InvalidUnicode: 'invalid_string',
  InvalidEscapeCharacter: 'invalid_string',
  InvalidCharacter: 'invalid_string',
};

/** The 1-based line and column of `offset` in `text`, counted from `start`. */
export function positionAt(
  text: string,
  offset: number,
  start: { line: number; column: number } = { line: 1, column: 1 },
): { line: number; column: number } {
  let line = start.line;
  let column = start.column;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      column = 1;
    } else {
      column++;
    }
  }
  return { line, column };
}

/**
 * Locates the first syntax error of a text that `JSON.parse` rejected. The diagnosis comes from
 * Microsoft's `jsonc-parser` (the parser of VS Code), run with comments and trailing commas
 * disallowed, so it reads strict JSON. `JSON.parse`'s own message is never shown: V8 quotes the
 * input in it, and the input may be case data.
 */
export function locateJsonError(
  text: string,
  start: { line: number; column: number } = { line: 1, column: 1 },
): JsonSyntaxError {
  if (text.trim() === '') return { ...start, problem: 'empty' };
  const errors: ParseError[] = [];
  let overflow = false;
  try {
    parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  } catch {
    // jsonc-parser recurses once per nesting level: some thousands of unclosed `[` overflow the stack.
    // V8's JSON.parse does not recurse; what it says is used below.
    overflow = true;
  }
  const first = overflow ? undefined : errors[0];
  if (first !== undefined) {
    const problem = PROBLEMS[printParseErrorCode(first.error)] ?? 'invalid_symbol';
    const atEnd = first.offset >= text.trimEnd().length;
    return {
      ...positionAt(text, first.offset, start),
      problem: atEnd && problem !== 'empty' ? 'unexpected_end' : problem,
    };
  }
  // jsonc-parser is more lenient than JSON.parse in a few corners (control characters in strings,
  // for one), and cannot read very deep nesting: fall back to the position V8 gives, without its
  // message. V8 gives no position when the text ends too soon, and for some unexpected tokens: the
  // end of the text is given then.
  let offset = text.length;
  let problem: JsonSyntaxProblem = overflow ? 'unexpected_end' : 'invalid_string';
  try {
    JSON.parse(text);
  } catch (error) {
    const message = String((error as Error).message);
    const match = /position (\d+)/.exec(message);
    if (match !== null) offset = Number(match[1]);
    if (overflow && !/end of JSON input/.test(message)) problem = 'invalid_symbol';
  }
  return { ...positionAt(text, offset, start), problem };
}
