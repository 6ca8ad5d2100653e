/**
 * Text from a file's structure or a caller's option (a header, a format name) as a message may quote it:
 * long text is cut, so a message stays readable. Never used on cell values, which messages do not quote.
 */
export function shortText(text: string, max = 60): string {
  return text.length <= max ? text : `${text.slice(0, max)}…`;
}
