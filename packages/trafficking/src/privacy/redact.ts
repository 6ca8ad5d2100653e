import type { TraffickingCase } from '../case.js';
import { fieldsOfClass } from './classification.js';
import { forEachHolder } from './paths.js';

/**
 * A copy of `record` without any field classed as a direct identifier (names, birth date, contact
 * details, identity numbers, ids and free text): see {@link FIELD_CLASSIFICATION}. The record passed in
 * is not changed.
 */
export function redact(record: TraffickingCase): TraffickingCase {
  const copy = structuredClone(record);
  for (const path of fieldsOfClass('directIdentifier')) {
    forEachHolder(copy, path, (holder, key) => {
      delete holder[key];
    });
  }
  return copy;
}
