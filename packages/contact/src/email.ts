import { leanStringFormat } from '@iom/core';
import * as z from 'zod';

/**
 * An email address, as written (case kept).
 *
 * Accepted syntax: zod 4's default `z.email()` pattern, an ASCII subset of RFC 5321's "dot-atom":
 * a local part of letters, digits and `_ ' + -` in dot-separated runs (no leading, trailing or double
 * dot), `@`, then a domain of at least two labels whose last one (the top-level domain) has two or
 * more letters. `user+tag@iom.int` and `A.B@IOM.INT` pass; `a@b`, `a..b@iom.int`,
 * `"quoted"@iom.int` and `ñ@iom.int` do not.
 *
 * Why this and not full RFC 5322: the addresses these packages carry are organisational ones,
 * published for people to write to over the public Internet. RFC 5322's quoted local parts and
 * comments are legal but never seen in IOM material and break many mail systems; a dotless domain
 * (which the HTML `type=email` rule allows) cannot be reached over public DNS; internationalised
 * (EAI, RFC 6531) addresses are rare and not accepted by every relay. A stricter rule catches the
 * scraping accidents this package meets (`mailto:` prefixes, trailing markup) as errors rather than
 * letting them through. Failures have zod's code `invalid_format` (format `email`), which
 * `formatIssues` of `@iom/core` words in English, French and Spanish.
 *
 * Compare addresses with {@link emailKey}; display them as written.
 */
export const Email = leanStringFormat(z.email());
/** An email address, as written. */
export type Email = string;

/**
 * The key under which two spellings of an address are the same address: the whole address in lower
 * case. (RFC 5321 lets a server treat the local part case-sensitively; in practice none that IOM uses
 * does, and the research behind this package found the same address written in several cases.)
 */
export function emailKey(address: string): string {
  return address.toLowerCase();
}
