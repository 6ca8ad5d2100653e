import { PayloadKindRegistry } from '@iom/core';
import { RecordConversion, type Segments } from '../convert-record.js';
import { findConverters, findKinds, type LoadedPackage } from '../discover.js';
import { CLI_MESSAGES } from '../messages/index.js';
import { OlderVersionNotes } from '../migrate/notes.js';
import { RecordReporter } from '../record-report.js';
import { readNdjsonBytes } from '../records.js';
import { RecordValidator } from '../verdicts.js';
import type { BatchReply, BatchRequest, TaskSetup } from './protocol.js';

/** Appends a segment, merged with the last one when it goes to the same stream. */
function append(segments: Segments, stream: 0 | 1, text: string): void {
  const last = segments[segments.length - 1];
  if (last !== undefined && last[0] === stream) segments[segments.length - 1] = [stream, last[1] + text];
  else segments.push([stream, text]);
}

/**
 * The function that turns a batch into its reply, for `setup`, with the given packages: what a worker
 * runs, and what the main thread runs itself while workers start. It makes output with the same code as
 * the one-thread path ({@link RecordReporter}, {@link RecordConversion}), so results are identical.
 */
export function batchHandler(
  setup: TaskSetup,
  packages: readonly LoadedPackage[],
): (batch: BatchRequest) => BatchReply {
  const registry = new PayloadKindRegistry(findKinds(packages).map((found) => found.kind));
  const messages = CLI_MESSAGES[setup.locale];
  if (setup.task === 'validate') {
    const validator = new RecordValidator(registry, setup.locale, setup.kind);
    const notes = new OlderVersionNotes(registry, setup.locale);
    return (batch) => {
      const reporter = new RecordReporter(batch.file, setup.json, validator, messages, notes);
      const records = readNdjsonBytes(batch.bytes, batch);
      // Output in pieces under 64 Ki characters: no string large enough to leave V8's young generation.
      const out: string[] = [];
      let piece = '';
      for (let record = records.next(); record !== undefined; record = records.next()) {
        piece += reporter.report(record);
        if (piece.length >= 32 * 1024) {
          out.push(piece);
          piece = '';
        }
      }
      if (piece !== '') out.push(piece);
      const { records: count, valid, invalid, exit } = reporter;
      return { id: batch.id, out, records: count, valid, invalid, exit, older: notes.drain() };
    };
  }
  const found = findConverters(packages).find((candidate) => candidate.converter.name === setup.converter);
  if (found === undefined) throw new Error('converter not found in the worker');
  const conversion = new RecordConversion(found.converter, setup.options, registry, setup.locale, messages, setup.kind);
  return (batch) => {
    const segments: Segments = [];
    let ok = true;
    const records = readNdjsonBytes(batch.bytes, batch);
    for (let record = records.next(); record !== undefined; record = records.next()) {
      const outcome = conversion.next(record, batch.file);
      for (const [stream, text] of outcome.segments) append(segments, stream, text);
      if (!outcome.ok) ok = false;
      if (outcome.stop) return { id: batch.id, segments, ok, stop: true };
    }
    return { id: batch.id, segments, ok, stop: false };
  };
}
