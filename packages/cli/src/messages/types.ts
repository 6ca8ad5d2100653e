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
}
