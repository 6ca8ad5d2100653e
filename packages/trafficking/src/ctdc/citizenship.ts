import { subdivisionCountry } from '@iom/core';
import type { TraffickingCase } from '../case.js';

/** The one citizenship CTDC holds: the first one, else the country of origin (or of its subdivision). */
export function citizenshipOf(record: TraffickingCase): string | undefined {
  const origin = record.movement?.origin;
  const fromSubdivision = origin?.subdivision === undefined ? undefined : subdivisionCountry(origin.subdivision);
  return record.person?.citizenship?.[0] ?? origin?.country ?? fromSubdivision;
}
