import type { JsonSyntaxProblem } from '../json-location.js';

/** The `iom` command's own words, one object per locale. */
export interface CliMessages {
  /** Why a text is not JSON. */
  readonly syntax: { readonly [P in JsonSyntaxProblem]: string };
  /** `file:line:column: not JSON: reason`. */
  readonly notJson: (reason: string) => string;
  /** The line after a file's records. */
  readonly summary: (records: number, valid: number, invalid: number) => string;
  /** A record that failed, before its issues. */
  readonly invalidRecord: (kind: string | undefined) => string;
  /** A file that cannot be opened. */
  readonly cannotRead: (file: string) => string;
  /** An unknown kind given on the command line. */
  readonly unknownKind: (kind: string, known: string) => string;
  /** An unknown code list. */
  readonly unknownCodeList: (name: string) => string;
  /** An unknown converter. */
  readonly unknownConverter: (name: string) => string;
  /** The heading of a list of code lists, kinds or converters. */
  readonly available: string;
  /** Nothing of that sort is installed. */
  readonly noneInstalled: string;
  /** A converter produced nothing. */
  readonly convertFailed: string;
  /** An `-o` argument that is not `name=value`. */
  readonly optionMalformed: (text: string) => string;
  /** An option the converter does not have; `known` lists the ones it has. */
  readonly optionUnknown: (converter: string, option: string, known: string) => string;
  /** An option given twice. */
  readonly optionRepeated: (converter: string, option: string) => string;
  /** A required option not given; `allowed` says what it takes. */
  readonly optionMissing: (converter: string, option: string, allowed: string) => string;
  /** An option value the converter does not take; `allowed` says what it takes. */
  readonly optionInvalid: (converter: string, option: string, value: string, allowed: string) => string;
  /** `-o` given where no converter runs. */
  readonly optionWithoutConverter: string;
  /** What a choice takes: `allowed values: a, b`. */
  readonly allowedValues: (values: string) => string;
  /** What an integer option takes. */
  readonly allowedInteger: (min: number | undefined) => string;
  /** What a date option takes. */
  readonly allowedDate: string;
  /** What a text option takes. */
  readonly allowedText: string;
  /** A converter without options. */
  readonly noOptions: string;
  /** A required option, in a list of options. */
  readonly required: string;
  /** An option's default, in a list of options. */
  readonly defaultValue: (value: string) => string;
  /** The placeholder of an integer, a date, a text value in a list of options: `<number>`. */
  readonly placeholders: { readonly integer: string; readonly date: string; readonly text: string };
  /** A record whose kind the converter does not convert. */
  readonly kindNotConverted: (converter: string, kind: string, kinds: string) => string;
  /** More than one input given to `iom convert`. */
  readonly oneInput: string;
  /** An unexpected failure: what was running and the error's type and place (never its message). */
  readonly internalError: (what: string, error: string) => string;
}
