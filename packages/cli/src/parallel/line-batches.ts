const LF = 10;

/**
 * Array buffers for batches, used again once a batch is done (a worker sends its batch's buffer back):
 * batches then cost no allocation, and no dead buffers wait for a collection to be freed (which made the
 * process's memory grow with the input).
 */
export class BatchBuffers {
  readonly #free: ArrayBuffer[] = [];
  readonly #capacity: number;
  readonly #keep: number;

  /** Buffers of at least `capacity` bytes; at most `keep` free ones are kept. */
  constructor(capacity: number, keep: number) {
    this.#capacity = capacity;
    this.#keep = keep;
  }

  /** A view of `size` bytes on a free buffer, or on a new one. */
  take(size: number): Uint8Array {
    const index = this.#free.findIndex((buffer) => buffer.byteLength >= size);
    const buffer =
      index === -1 ? new ArrayBuffer(Math.max(size, this.#capacity)) : (this.#free.splice(index, 1)[0] as ArrayBuffer);
    return new Uint8Array(buffer, 0, size);
  }

  /** Gives back a batch's buffer for the next batches. */
  give(buffer: ArrayBuffer): void {
    if (buffer.byteLength > 0 && this.#free.length < this.#keep) this.#free.push(buffer);
  }
}

/** The bytes of `parts` from `from` to `to` (offsets in their concatenation), copied into `out`. */
function copy(parts: readonly Uint8Array[], from: number, to: number, buffers: BatchBuffers | undefined): Uint8Array {
  const out = buffers === undefined ? new Uint8Array(to - from) : buffers.take(to - from);
  let offset = 0;
  let at = 0;
  for (const part of parts) {
    const start = Math.max(from, offset);
    const end = Math.min(to, offset + part.length);
    if (start < end) {
      out.set(part.subarray(start - offset, end - offset), at);
      at += end - start;
    }
    offset += part.length;
    if (offset >= to) break;
  }
  return out;
}

/**
 * Cuts an input into batches of whole lines of about `size` bytes (a line longer than that makes a
 * batch of its own), each copied once into an array buffer of its own (from `buffers`, when given), so
 * that it can be transferred to a worker. The last batch may end without `\n`. Bytes are never decoded here: a line end is an
 * ASCII byte, never inside a multi-byte UTF-8 sequence. `onBytes` gets the count of bytes read so far.
 */
export async function* lineBatches(
  input: AsyncIterable<Buffer | string>,
  size: number,
  onBytes?: (bytes: number) => void,
  buffers?: BatchBuffers,
): AsyncGenerator<Uint8Array> {
  // The chunks not yet in a batch, and where the first of them starts being unread.
  let parts: Uint8Array[] = [];
  let skip = 0;
  let pending = 0;
  let read = 0;
  for await (const chunk of input) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    if (bytes.length === 0) continue;
    read += bytes.length;
    onBytes?.(read);
    parts.push(bytes);
    pending += bytes.length;
    while (pending >= size) {
      // The last line end within `size` bytes, else the first one after: found in the chunks as they are.
      const cut = lineEnd(parts, skip, size);
      if (cut === -1) break;
      yield copy(parts, skip, skip + cut, buffers);
      skip += cut;
      pending -= cut;
      // Drop the chunks read whole.
      while (parts.length > 0 && skip >= (parts[0] as Uint8Array).length) {
        skip -= (parts[0] as Uint8Array).length;
        parts = parts.slice(1);
      }
    }
  }
  if (pending > 0) yield copy(parts, skip, skip + pending, buffers);
}

/**
 * In the bytes of `parts` from `skip` on, the length of the longest run of whole lines of at most `size`
 * bytes, or of the first line when it is longer; -1 when there is no line end.
 */
function lineEnd(parts: readonly Uint8Array[], skip: number, size: number): number {
  let offset = -skip;
  let best = -1;
  for (const part of parts) {
    const from = Math.max(0, -offset);
    const limit = size - 1 - offset;
    if (from < part.length) {
      if (limit >= from) {
        const at = part.lastIndexOf(LF, Math.min(part.length - 1, limit));
        if (at >= from) best = offset + at + 1;
      }
      if (limit < part.length - 1) {
        // The window of `size` bytes ends in this part: the best cut so far, or the first line end after.
        if (best !== -1) return best;
        const at = part.indexOf(LF, Math.max(from, limit + 1));
        if (at !== -1) return offset + at + 1;
      }
    }
    offset += part.length;
  }
  return best;
}
