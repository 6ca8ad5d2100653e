import { IsoDateTime } from '@iom/core';
import type { DraftFields, Note } from './notes.js';
import { type NinjsObject, property, propertyName } from './properties.js';

/** An ISO 8601 date-time property, or `undefined`; a value that is not one is reported, not kept. */
function dateTime(document: NinjsObject, note: Note, name: string, old?: string): string | undefined {
  const value = property(document, name, old);
  if (value === undefined) return undefined;
  if (typeof value === 'string' && IsoDateTime.validate(value)) return value;
  note('ninjs_field_invalid', [propertyName(document, name, old)], { field: name });
  return undefined;
}

/**
 * `firstCreated` → publishedAt (`versionCreated` when there is no first date), `versionCreated` → updatedAt
 * when it differs from the first date, `embargoedUntil` (2.x `embargoed`) → embargoUntil.
 */
export function readDates(
  document: NinjsObject,
  note: Note,
): Pick<DraftFields, 'publishedAt' | 'updatedAt' | 'embargoUntil'> {
  const read: Pick<DraftFields, 'publishedAt' | 'updatedAt' | 'embargoUntil'> = {};
  const first = dateTime(document, note, 'firstCreated');
  const latest = dateTime(document, note, 'versionCreated');
  const embargo = dateTime(document, note, 'embargoedUntil', 'embargoed');
  const published = first ?? latest;
  if (published !== undefined) read.publishedAt = published;
  if (first !== undefined && latest !== undefined && latest !== first) read.updatedAt = latest;
  if (embargo !== undefined) read.embargoUntil = embargo;
  return read;
}
