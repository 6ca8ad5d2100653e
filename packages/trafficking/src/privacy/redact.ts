import type { TraffickingCaseAnyVersion, TraffickingCaseRecord, TraffickingCaseV1Record } from '../case-record.js';
import { fieldsOfClass } from './classification.js';
import { forEachHolder } from './paths.js';

/**
 * A copy of `record` without any field classed as a direct identifier (names, birth date, contact
 * details, identity numbers, ids and free text): see {@link FIELD_CLASSIFICATION}. A record of either
 * version of the kind, the fields only version 1 has included ({@link FIELD_CLASSIFICATION_V1_ONLY}). The
 * record passed in is not changed.
 */
export function redact(record: TraffickingCaseRecord): TraffickingCaseRecord;
/** {@link redact} of a record of version 1 (`iom.trafficking-case@1`). */
export function redact(record: TraffickingCaseV1Record): TraffickingCaseV1Record;
/** {@link redact} of a record of either version. */
export function redact(record: TraffickingCaseAnyVersion): TraffickingCaseAnyVersion;
export function redact(record: TraffickingCaseAnyVersion): TraffickingCaseAnyVersion {
  const copy = structuredClone(record);
  for (const path of fieldsOfClass('directIdentifier')) {
    forEachHolder(copy, path, (holder, key) => {
      delete holder[key];
    });
  }
  return copy;
}
