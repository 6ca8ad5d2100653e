import { HttpUrl, IsoDate } from '@iom/core';
import * as z from 'zod';

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
