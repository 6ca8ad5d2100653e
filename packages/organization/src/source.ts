import { HttpUrl, IsoDate, isIsoDate, withJsonSchema } from '@iom/core';
import * as z from 'zod';
import { organizationIssues } from './messages/index.js';

/**
 * Where a fact comes from, in the shape of a Popolo `link`: the public page (or document) and an
 * optional note saying what it states or how the fact was read from it.
 */
export const Source = z.object({
  /** The address of the public page or document: an absolute `http` or `https` link (`HttpUrl` of `@iom/core`). */
  url: HttpUrl,
  /** What the source says, or how the fact was derived from it. */
  note: z.string().min(1).optional(),
  /**
   * The day the page was last read and found to state the fact (ISO date). Absent on sources
   * recorded before the field existed: they carry no claim about when they were checked.
   */
  checkedOn: IsoDate.optional(),
});
/** Where a fact comes from. */
export type Source = {
  /** The address of the public page or document: an absolute `http` or `https` link (`HttpUrl` of `@iom/core`). */
  url: HttpUrl;
  /** What the source says, or how the fact was derived from it. */
  note?: string | undefined;
  /**
   * The day the page was last read and found to state the fact (ISO date). Absent on sources
   * recorded before the field existed: they carry no claim about when they were checked.
   */
  checkedOn?: IsoDate | undefined;
};

/** The sources of a fact: optional, but every fact in the package's own data carries at least one. */
export const Sources = z.array(Source);
/** The sources of a fact. */
export type Sources = Source[];

/**
 * A date known to the year, the month or the day (`2024`, `2024-05`, `2024-05-14`), as Popolo writes
 * dates that sources give only in part. Used for "as of" facts; validity ranges use full dates.
 */
export const PartialDate = withJsonSchema(
  z
    .string()
    .regex(/^[0-9]{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12][0-9]|3[01]))?)?$/, 'Expected YYYY, YYYY-MM or YYYY-MM-DD')
    // The pattern lets 2023-02-30 through; a day must exist in its month.
    .check(organizationIssues.check((value: string) => value.length !== 10 || isIsoDate(value), 'org_date_not_real')),
  // The day's check in JSON Schema: a full date is a `date` (a real calendar date, RFC 3339), as
  // `isIsoDate` reads it; without this, the JSON Schema took 2023-02-30 where zod did not.
  () => ({ anyOf: [{ pattern: '^[0-9]{4}(?:-(?:0[1-9]|1[0-2]))?$' }, { format: 'date' }] }),
);
/** A date known to the year, the month or the day. */
export type PartialDate = string;

/**
 * An identifier local to a structure (`RO_PTY`, `DG`): letters, digits and `_ . : -`, starting with a
 * letter or digit, at most 100 characters.
 */
export const LocalId = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]*$/, 'Expected letters, digits and _ . : -');
/** An identifier local to a structure. */
export type LocalId = string;
