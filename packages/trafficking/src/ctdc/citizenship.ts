import { subdivisionCountry } from '@iom/core';
import type { TraffickingCaseAnyVersion } from '../case-record.js';

/** The one citizenship CTDC holds: the first one, else the country of origin (or of its subdivision). */
export function citizenshipOf(record: TraffickingCaseAnyVersion): string | undefined {
  const origin = record.movement?.origin;
  const fromSubdivision = origin?.subdivision === undefined ? undefined : subdivisionCountry(origin.subdivision);
  return record.person?.citizenship?.[0] ?? origin?.country ?? fromSubdivision;
}
