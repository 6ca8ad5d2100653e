/** The playground's own words, one object per locale; the rest comes from the packages and the `iom` command. */
export interface PlaygroundMessages {
  /** Every record is valid: one record, with its kind. */
  readonly validOne: (kind: string) => string;
  /** Every record is valid: several. */
  readonly validAll: (records: number) => string;
  /** The one record is not valid: its kind (when found) and its number of issues. */
  readonly invalidOne: (kind: string | null, issues: number) => string;
  /** Some records are not. */
  readonly someInvalid: (invalid: number, records: number) => string;
  /** The text is longer than the playground reads. */
  readonly tooLarge: (length: number, max: number) => string;
  /** The text nests deeper than the playground reads. */
  readonly tooDeep: (max: number) => string;
  /** The text holds nothing but spaces. */
  readonly empty: string;
  /** The worker gave no answer in time. */
  readonly timedOut: (seconds: number) => string;
  /** The heading of a record: its number (1-based) and line. */
  readonly record: (number: number, line: number) => string;
  /** A position in the text. */
  readonly at: (line: number, column: number) => string;
  /** A record's verdict: valid, with its kind. */
  readonly recordValid: (kind: string | null) => string;
  /** A record's verdict: not valid, with its kind and the number of issues. */
  readonly recordInvalid: (kind: string | null, issues: number) => string;
  /** More issues than are shown. */
  readonly more: (count: number) => string;
}
