/**
 * A value as a message may quote it: whole when it has at most `maxLength` characters, else its first
 * `maxLength` followed by `…`. Messages quote codes and ids only, never free text (payloads may hold
 * personal data); this keeps a long or hostile value from filling a report. Counted in UTF-16 code
 * units, but a surrogate pair is never cut in half.
 *
 * @example
 * shortenForMessage('MISSION_EC'); // 'MISSION_EC'
 * shortenForMessage('x'.repeat(100), 8); // 'xxxxxxxx…'
 */
export function shortenForMessage(value: string, maxLength = 24): string {
  if (value.length <= maxLength) return value;
  let end = maxLength;
  const last = value.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${value.slice(0, end)}…`;
}
