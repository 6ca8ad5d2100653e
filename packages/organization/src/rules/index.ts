import type { IssueSink } from '@iom/core';
import type { OrgStructureRecord as OrgStructure } from '../model.js';
import { checkCoverage } from './coverage.js';
import { checkHolders, checkNesting } from './holders.js';
import { checkIds, checkRanges, checkReferences } from './references.js';
import { StructureReporter } from './reporter.js';
import { checkTree } from './tree.js';

/**
 * The whole-record rules of an organisation structure, as a zod check of {@link OrgStructure}:
 *
 * - ids are unique per list, and every reference (parent, child, post, unit, person, site) exists;
 * - every range is ordered (`validFrom` ≤ `validUntil`);
 * - at every date where some unit exists, the units form one tree: one root, no cycle, each unit
 *   with at most one parent, and that parent exists at that date;
 * - a post exists only while its unit does, and a membership only while its post does;
 * - a single-holder post never has two holders on the same day;
 * - coverage lists lie within their office's validity and do not overlap one another; a country is
 *   covered by at most one regional office on any day.
 *
 * Each issue names the ids involved and the first date it shows, and is reported once however many
 * dates show it.
 *
 * @internal
 */
export function checkStructure(structure: OrgStructure, sink: IssueSink): void {
  const out = new StructureReporter(sink);
  const index = checkIds(out, structure);
  checkRanges(out, structure);
  checkReferences(out, structure, index);
  checkTree(out, structure, index.units);
  checkNesting(out, structure);
  checkHolders(out, structure);
  checkCoverage(out, structure.units);
}
