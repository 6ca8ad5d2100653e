const encoder = new TextEncoder();

/**
 * Output text gathered as UTF-8 bytes off the JavaScript heap, 16 Ki characters at a time: a worker's
 * output for a batch (a thousand lines and more) then never lives as a long string that survives
 * collections, and its buffer is transferred to the main thread without a copy.
 */
export class Utf8Output {
  #bytes = new Uint8Array(64 * 1024);
  #length = 0;
  #text = '';

  /** Adds `text`. */
  append(text: string): void {
    this.#text += text;
    if (this.#text.length >= 16 * 1024) this.#flush();
  }

  #flush(): void {
    const text = this.#text;
    this.#text = '';
    // At most three bytes per UTF-16 code unit.
    const needed = this.#length + text.length * 3;
    if (needed > this.#bytes.length) {
      let size = this.#bytes.length * 2;
      while (size < needed) size *= 2;
      const bigger = new Uint8Array(size);
      bigger.set(this.#bytes.subarray(0, this.#length));
      this.#bytes = bigger;
    }
    this.#length += encoder.encodeInto(text, this.#bytes.subarray(this.#length)).written;
  }

  /** The bytes written, in a buffer of their own (which the caller may transfer). */
  finish(): Uint8Array {
    this.#flush();
    return this.#bytes.subarray(0, this.#length);
  }
}
