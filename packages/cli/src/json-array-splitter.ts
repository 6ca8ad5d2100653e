import type { JsonSyntaxProblem } from './json-location.js';

/** One element of a top-level JSON array, as text, with where it starts. */
export interface ArrayElement {
  /** 0-based index in the array. */
  readonly index: number;
  /** 1-based line where the element starts. */
  readonly line: number;
  /** 1-based column where the element starts. */
  readonly column: number;
  /** The element's JSON text, to hand to `JSON.parse`. */
  readonly text: string;
}

/** A break in the array's own structure (between elements), after which splitting stops. */
export interface ArrayStructureError {
  /** 1-based line. */
  readonly line: number;
  /** 1-based column. */
  readonly column: number;
  /** What is wrong. */
  readonly problem: JsonSyntaxProblem;
}

type State = 'before' | 'value-or-end' | 'value' | 'comma-or-end' | 'in-value' | 'done' | 'failed';

const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;

/**
 * Splits a top-level JSON array into its elements' texts while the input streams in, so that an
 * array of a million records is validated with one record in memory at a time.
 *
 * This is hand-written because it only finds where each element starts and ends (nesting depth
 * and strings); `JSON.parse` then reads each element, and `jsonc-parser` diagnoses the ones it
 * rejects. Streaming JSON libraries (stream-json, @streamparser/json) parse every token in
 * JavaScript, which is slower than `JSON.parse` per element, and report errors by byte offset only,
 * without line and column. One pass, constant work per character, so linear in the input.
 */
export class JsonArraySplitter {
  #state: State = 'before';
  #depth = 0;
  #inString = false;
  #escape = false;
  #scalar = false;
  #parts: string[] = [];
  #index = 0;
  #line = 1;
  #column = 1;
  #startLine = 1;
  #startColumn = 1;
  #error: ArrayStructureError | undefined;

  /** The structure error that stopped splitting, if any. */
  get error(): ArrayStructureError | undefined {
    return this.#error;
  }

  /** Feeds the next chunk of text; returns the elements completed in it. */
  push(chunk: string): ArrayElement[] {
    const out: ArrayElement[] = [];
    let segmentStart = -1;
    for (let i = 0; i < chunk.length; i++) {
      if (this.#state === 'failed') return out;
      const c = chunk.charCodeAt(i);
      if (this.#state === 'in-value') {
        if (segmentStart < 0) segmentStart = i;
        let complete = false;
        let excludeCurrent = false;
        if (this.#inString) {
          if (this.#escape) this.#escape = false;
          else if (c === 92) this.#escape = true;
          else if (c === 34) {
            this.#inString = false;
            if (this.#depth === 0) complete = true;
          }
        } else if (this.#scalar) {
          if (isSpace(c) || c === 44 || c === 93) {
            complete = true;
            excludeCurrent = true;
          }
        } else if (c === 34) this.#inString = true;
        else if (c === 123 || c === 91) this.#depth++;
        else if (c === 125 || c === 93) {
          this.#depth--;
          if (this.#depth === 0) complete = true;
        }
        if (complete) {
          this.#parts.push(chunk.slice(segmentStart, excludeCurrent ? i : i + 1));
          segmentStart = -1;
          out.push({
            index: this.#index++,
            line: this.#startLine,
            column: this.#startColumn,
            text: this.#parts.join(''),
          });
          this.#parts = [];
          this.#state = 'comma-or-end';
          if (excludeCurrent) {
            i--; // the delimiter is read again in the new state
            continue;
          }
        }
        this.#advance(c);
        continue;
      }
      if (isSpace(c) || (c === 0xfeff && this.#state === 'before' && this.#line === 1 && this.#column === 1)) {
        this.#advance(c);
        continue;
      }
      switch (this.#state) {
        case 'before':
          if (c !== 91) return this.#fail(out, 'array_expected');
          this.#state = 'value-or-end';
          break;
        case 'value-or-end':
        case 'value':
          if (c === 93) {
            if (this.#state === 'value') return this.#fail(out, 'trailing_comma');
            this.#state = 'done';
          } else if (c === 44) {
            return this.#fail(out, 'value_expected');
          } else {
            this.#state = 'in-value';
            this.#startLine = this.#line;
            this.#startColumn = this.#column;
            this.#depth = 0;
            this.#inString = false;
            this.#escape = false;
            this.#scalar = !(c === 123 || c === 91 || c === 34);
            i--; // read the first character again, inside the value
            continue;
          }
          break;
        case 'comma-or-end':
          if (c === 44) this.#state = 'value';
          else if (c === 93) this.#state = 'done';
          else return this.#fail(out, 'comma_or_bracket_expected');
          break;
        case 'done':
          return this.#fail(out, 'end_of_file_expected');
      }
      this.#advance(c);
    }
    if (this.#state === 'in-value' && segmentStart >= 0) this.#parts.push(chunk.slice(segmentStart));
    return out;
  }

  /** Ends the input; returns the last element (a number at the very end) and any structure error. */
  end(): ArrayElement[] {
    const out: ArrayElement[] = [];
    if (this.#state === 'in-value' && this.#scalar) {
      out.push({ index: this.#index++, line: this.#startLine, column: this.#startColumn, text: this.#parts.join('') });
      this.#state = 'comma-or-end';
    }
    if (this.#state === 'before') this.#fail(out, 'empty');
    else if (this.#state !== 'done' && this.#state !== 'failed') this.#fail(out, 'array_not_closed');
    return out;
  }

  #fail(out: ArrayElement[], problem: JsonSyntaxProblem): ArrayElement[] {
    this.#state = 'failed';
    this.#error = { line: this.#line, column: this.#column, problem };
    return out;
  }

  #advance(c: number): void {
    if (c === 10) {
      this.#line++;
      this.#column = 1;
    } else {
      this.#column++;
    }
  }
}
