const LF = 10;
const CR = 13;
const OPEN_BRACE = 123;

/** How many lines and records a piece of NDJSON holds. */
export interface LineCount {
  /** Lines, as the record reader counts them (`\n`, `\r\n` or a lone `\r` ends one). */
  readonly lines: number;
  /** Records: the lines that are not blank. */
  readonly records: number;
}

/**
 * Counts the lines and records of UTF-8 NDJSON bytes made of whole lines (the last may lack its `\n`
 * when the input ends there), as `readNdjsonBytes` numbers them: so that the main thread can number
 * the next piece before a worker has read this one. Works on bytes: line ends are ASCII, never part of
 * a multi-byte UTF-8 sequence, so no text is decoded except the rare line that does not start with `{`
 * (to see whether it is blank, as `String#trim` sees it).
 */
export function countNdjsonLines(bytes: Buffer, start = 0, end = bytes.length): LineCount {
  let lines = 0;
  let records = 0;
  const crAt = bytes.indexOf(CR, start);
  const hasCr = crAt !== -1 && crAt < end;
  const isRecord = (from: number, to: number): boolean =>
    from < to && (bytes[from] === OPEN_BRACE || bytes.toString('utf8', from, to).trim() !== '');
  let position = start;
  while (position < end) {
    let newline = bytes.indexOf(LF, position);
    if (newline === -1 || newline >= end) newline = end;
    if (hasCr) {
      // As the reader: a `\r` that ends the segment is half of `\r\n`; any other `\r` ends a line.
      const segmentEnd = newline > position && bytes[newline - 1] === CR ? newline - 1 : newline;
      let from = position;
      for (;;) {
        const cr = bytes.indexOf(CR, from);
        const to = cr === -1 || cr >= segmentEnd ? segmentEnd : cr;
        lines++;
        if (isRecord(from, to)) records++;
        if (to === segmentEnd) break;
        from = to + 1;
      }
    } else {
      lines++;
      if (isRecord(position, newline)) records++;
    }
    position = newline + 1;
  }
  return { lines, records };
}
