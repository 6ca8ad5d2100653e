import type { Note } from './notes.js';
import { type NinjsObject, property, propertyName } from './properties.js';

// Content a press release has no place for: media renditions, events, planning and bylines.
const IGNORED = ['renditions', 'events', 'objects', 'eventDetails', 'plannedCoverage', 'by', 'slugline'];

/** Reports each ignored field that has content (`ninjs_field_ignored`), so that nothing is dropped silently. */
export function noteIgnoredFields(document: NinjsObject, note: Note): void {
  for (const field of IGNORED) {
    const value = property(document, field);
    if (value !== undefined && !(Array.isArray(value) && value.length === 0) && value !== '') {
      note('ninjs_field_ignored', [propertyName(document, field)], { field });
    }
  }
}
