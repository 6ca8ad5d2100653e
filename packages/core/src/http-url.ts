import * as z from 'zod';
import { withJsonSchema } from './json-schema.js';
import { schemaIssues } from './messages/schema.js';

// The rule, written from the grammar of RFC 3986 (URI: Generic Syntax) §3, narrowed to what a link a
// page can render safely needs. One regular expression serves zod and the JSON Schema (`pattern`), so
// both give the same verdict by construction. It is written in the portable core of regular
// expressions (no `\d`, no lookaround, no flags: JSON Schema's `pattern` has no flags, and `\d`
// means every Unicode digit in some languages' engines). Every quantifier runs over characters that
// the next token cannot start with, or is bounded, so a match is linear in the length of the text.

/** `h16` of RFC 3986 §3.2.2: one to four hexadecimal digits of an IPv6 address. */
const H16 = '[0-9A-Fa-f]{1,4}';
/** `dec-octet` of RFC 3986 §3.2.2: 0 to 255, without leading zeros. */
const DEC_OCTET = '(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])';
/** `IPv4address` of RFC 3986 §3.2.2. */
const IPV4 = `${DEC_OCTET}(?:\\.${DEC_OCTET}){3}`;
/** `ls32` of RFC 3986 §3.2.2: the last 32 bits of an IPv6 address, as hex pieces or as IPv4. */
const LS32 = `(?:${H16}:${H16}|${IPV4})`;
/** `IPv6address` of RFC 3986 §3.2.2, its nine forms in the RFC's order. */
const IPV6 = [
  `(?:${H16}:){6}${LS32}`,
  `::(?:${H16}:){5}${LS32}`,
  `(?:${H16})?::(?:${H16}:){4}${LS32}`,
  `(?:(?:${H16}:){0,1}${H16})?::(?:${H16}:){3}${LS32}`,
  `(?:(?:${H16}:){0,2}${H16})?::(?:${H16}:){2}${LS32}`,
  `(?:(?:${H16}:){0,3}${H16})?::${H16}:${LS32}`,
  `(?:(?:${H16}:){0,4}${H16})?::${LS32}`,
  `(?:(?:${H16}:){0,5}${H16})?::${H16}`,
  `(?:(?:${H16}:){0,6}${H16})?::`,
].join('|');
/** A DNS label (RFC 1123 §2.1): letters, digits and inner hyphens, 1 to 63 characters. */
const LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?';
/**
 * The last label of a host name starts with a letter: top-level domains do, and a name that ends in
 * a number is read as an IPv4 address by WHATWG URL (browsers), which would refuse `1.2.3.999`.
 */
const TOP_LABEL = '[A-Za-z](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?';
/** `host` of RFC 3986 §3.2.2, narrowed: an IPv6 literal, an IPv4 address or a DNS name. */
const HOST = `(?:\\[(?:${IPV6})\\]|${IPV4}|(?:${LABEL}\\.)*${TOP_LABEL})`;
/** `port` of RFC 3986 §3.2.3, narrowed to the TCP ports 0 to 65535, without leading zeros. */
const PORT = '(?:6553[0-5]|655[0-2][0-9]|65[0-4][0-9]{2}|6[0-4][0-9]{3}|[1-5][0-9]{4}|[1-9][0-9]{0,3}|0)';
/** `pchar` of RFC 3986 §3.3: unreserved, sub-delims, `:` and `@` characters, or a `%` and two hex digits. */
const PCHAR = "(?:[A-Za-z0-9._~!$&'()*+,;=:@-]|%[0-9A-Fa-f]{2})";
/** `query` and `fragment` of RFC 3986 §3.4 and §3.5: pchars, `/` and `?`. */
const QUERY_CHAR = "(?:[A-Za-z0-9._~!$&'()*+,;=:@/?-]|%[0-9A-Fa-f]{2})";

/**
 * The rule of {@link HttpUrl} as a regular expression source, the same text as the `pattern` of its
 * JSON Schema. Usable as it is by any JSON Schema validator and by any regular expression engine
 * that reads ECMAScript's basic syntax.
 */
export const HTTP_URL_PATTERN: string = `^[Hh][Tt][Tt][Pp][Ss]?://${HOST}(?::${PORT})?(?:/${PCHAR}*)*(?:\\?${QUERY_CHAR}*)?(?:#${QUERY_CHAR}*)?$`;

// The `u` flag, as JSON Schema validators in JavaScript (ajv) compile `pattern`: the same engine mode
// on both sides. The pattern uses no construct whose meaning the flag changes.
const HTTP_URL = new RegExp(HTTP_URL_PATTERN, 'u');

/** Whether `value` is a link that {@link HttpUrl} accepts. */
export function isHttpUrl(value: unknown): value is string {
  return typeof value === 'string' && HTTP_URL.test(value);
}

/**
 * An absolute `http` or `https` link, such as `https://www.iom.int/news`: the only links the IOM
 * packages take, so that a page that renders one as a link never runs a script (`javascript:`,
 * `data:`, `vbscript:` are refused, and so are other schemes and relative references).
 *
 * The rule is the grammar of RFC 3986, narrowed:
 * - the scheme is `http` or `https`, in any case (`HTTPS://` is the same scheme, RFC 3986 §3.1);
 * - the host is a DNS name whose last label starts with a letter (`www.iom.int`, `localhost`), an
 *   IPv4 address (`192.0.2.1`) or an IPv6 address in brackets (`[2001:db8::1]`); never empty;
 * - the port, when given, is 0 to 65535, written without leading zeros;
 * - no user name or password (`https://www.iom.int@evil.example/` hides its real host);
 * - ASCII only, as RFC 3986 URIs are: non-ASCII characters are written percent-encoded in paths,
 *   queries and fragments (`/r%C3%A9union`), and international domain names in their `xn--` form.
 *   Raw IRIs (`https://iom.int/réunion`) are refused: a JSON Schema `format: "uri"` refuses them too,
 *   and look-alike letters in host names are a known way to disguise a link;
 * - `%` is followed by two hexadecimal digits; spaces, `\`, `<`, `>`, `"` and other characters RFC
 *   3986 does not allow are refused, so are leading and trailing spaces.
 *
 * The value is never changed: a link written otherwise fails with `http_url_invalid` (messages in
 * English, French and Spanish) and the message does not repeat it. Its JSON Schema is
 * `{ type: 'string', format: 'uri', pattern: HTTP_URL_PATTERN }`: the pattern is the same regular
 * expression, and every link it takes is also a `uri`, so JSON Schema validators give zod's verdict.
 *
 * @example
 * HttpUrl.safeParse('https://www.iom.int/news').success; // true
 * HttpUrl.safeParse('javascript:alert(1)').success; // false, code http_url_invalid
 */
export const HttpUrl = withJsonSchema(
  z.string().check(schemaIssues.check((value: string) => HTTP_URL.test(value), 'http_url_invalid')),
  () => ({ type: 'string', format: 'uri', pattern: HTTP_URL_PATTERN }),
);
/** An absolute `http` or `https` link, in the form {@link HttpUrl} accepts. */
export type HttpUrl = string;
