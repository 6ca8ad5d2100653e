import { leanStringFormat } from '@iom/core';
import * as z from 'zod';

// zod 4's default email pattern with RFC 5321 domain labels (§4.1.2 `Domain`, RFC 1035 §2.3.1): a label
// ends with a letter or digit and has at most 63 characters. zod's own pattern took `a@iom-.int`, which
// the JSON Schema `email` format refuses: the zod / JSON Schema differential found it (contact
// `emails`, issue 12). The JSON Schema carries this pattern beside `format: "email"`.
const EMAIL =
  /^(?:[A-Za-z0-9_'+-]+\.)*[A-Za-z0-9_'+-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/;

/**
 * An email address, as written (case kept).
 *
 * Accepted syntax: an ASCII subset of RFC 5321's "dot-atom" (zod 4's default `z.email()` pattern, with
 * RFC 5321's domain labels): a local part of letters, digits and `_ ' + -` in dot-separated runs (no
 * leading, trailing or double dot), `@`, then a domain of at least two labels, each of letters, digits
 * and inner hyphens (at most 63 characters), whose last one (the top-level domain) has two to 63
 * letters. `user+tag@iom.int` and `A.B@IOM.INT` pass; `a@b`, `a..b@iom.int`, `a@iom-.int`,
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
export const Email = leanStringFormat(z.email({ pattern: EMAIL }));
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
