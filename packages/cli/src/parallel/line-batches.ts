const LF = 10;
const EMPTY = new Uint8Array(0);

/** `head` then `tail`, in a new array of their own. */
function joined(head: Uint8Array, tail: Uint8Array): Uint8Array {
  const out = new Uint8Array(head.length + tail.length);
  out.set(head);
  out.set(tail, head.length);
  return out;
}

/**
 * Cuts an input into batches of whole lines of about `size` bytes (a line longer than that makes a
 * batch of its own), each in an array buffer of its own, so that it can be transferred to a worker
 * without a copy; every byte is copied once, or twice when it ends a chunk read. The last batch may end
 * without `\n`. Bytes are never decoded here: a line end is an ASCII byte, never inside a multi-byte
 * UTF-8 sequence. `onBytes` gets the count of bytes read so far.
 */
export async function* lineBatches(
  input: AsyncIterable<Buffer | string>,
  size: number,
  onBytes?: (bytes: number) => void,
): AsyncGenerator<Uint8Array> {
  // The start of a line not yet in a batch, from an earlier chunk.
  let rest: Uint8Array = EMPTY;
  let read = 0;
  for await (const chunk of input) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    read += bytes.length;
    onBytes?.(read);
    let start = 0;
    while (rest.length + bytes.length - start >= size) {
      // The last line end that keeps the batch within `size`, else the first one after.
      const target = start + Math.max(0, size - rest.length) - 1;
      let end = target >= start ? bytes.lastIndexOf(LF, target) : -1;
      const inRest = end < start ? rest.lastIndexOf(LF) : -1;
      if (inRest !== -1) {
        // The whole lines kept from the chunk before make a batch: the next line would overflow it.
        const batch = new Uint8Array(rest.subarray(0, inRest + 1));
        rest = new Uint8Array(rest.subarray(inRest + 1));
        yield batch;
        continue;
      }
      if (end < start) end = bytes.indexOf(LF, Math.max(start, target + 1));
      if (end === -1) break;
      // A copy (`new Uint8Array(view)`), never a view of the chunk: the batch's buffer is transferred.
      const line = bytes.subarray(start, end + 1);
      const batch = rest.length === 0 ? new Uint8Array(line) : joined(rest, line);
      rest = EMPTY;
      start = end + 1;
      yield batch;
    }
    if (start < bytes.length) rest = joined(rest, bytes.subarray(start));
  }
  if (rest.length > 0) yield rest;
}
