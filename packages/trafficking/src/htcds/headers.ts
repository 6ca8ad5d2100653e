import type { Issue, Locale } from '@iom/core';
import { shortenForMessage } from '@iom/core';
import { traffickingIssues } from '../messages/index.js';
import { HTCDS_COLUMNS, HTCDS_HEADER_ALIASES, HTCDS_LABELS, type HtcdsColumn, squash } from './fields.js';

interface HeaderIndex {
  readonly exact: ReadonlySet<string>;
  readonly bySquash: ReadonlyMap<string, HtcdsColumn>;
  readonly byLabel: ReadonlyMap<string, HtcdsColumn>;
}

let index: HeaderIndex | undefined;

// Built on first use, not at import: apps that never read HTCDS do not pay for it.
function headerIndex(): HeaderIndex {
  if (index !== undefined) return index;
  const bySquash = new Map<string, HtcdsColumn>();
  for (const column of HTCDS_COLUMNS) bySquash.set(squash(column), column);
  for (const [alias, column] of Object.entries(HTCDS_HEADER_ALIASES)) bySquash.set(squash(alias), column);
  const byLabel = new Map<string, HtcdsColumn>();
  for (const [column, text] of Object.entries(HTCDS_LABELS)) byLabel.set(squash(text), column as HtcdsColumn);
  index = { exact: new Set<string>(HTCDS_COLUMNS), bySquash, byLabel };
  return index;
}

function columnOf(header: string, previous: HtcdsColumn | undefined): HtcdsColumn | undefined {
  const { exact, bySquash, byLabel } = headerIndex();
  if (exact.has(header)) return header as HtcdsColumn;
  const key = squash(header);
  const column = bySquash.get(key) ?? byLabel.get(key);
  // The official Excel template leaves the header of "Reason for Outgoing Referral" (column AJ) empty.
  if (column === undefined && key === '' && previous === 'cas_ReferredPrimaryCaseWorker') {
    return 'cas_ReasonForOutgoingReferral';
  }
  return column;
}

/**
 * Maps the headers of a file onto HTCDS columns, by name, alias, spelling or label. Renamed headers
 * (`htcds_header_renamed`), unknown ones (`htcds_header_unknown`) and a second header for a column already
 * given (`column_duplicate`, the first one is read) are reported, with file-level paths (`[]`).
 */
export function resolveHeaders(headers: readonly string[], locale: Locale, issues: Issue[]): Map<string, HtcdsColumn> {
  const resolved = new Map<string, HtcdsColumn>();
  const taken = new Set<HtcdsColumn>();
  let previous: HtcdsColumn | undefined;
  for (const header of headers) {
    const trimmed = header.trim();
    const column = columnOf(trimmed, previous);
    previous = column;
    if (column === undefined) {
      if (trimmed !== '') {
        issues.push(
          traffickingIssues.issue('htcds_header_unknown', locale, {
            path: [],
            args: { column: shortenForMessage(trimmed, 60) },
          }),
        );
      }
      continue;
    }
    if (column !== trimmed) {
      issues.push(
        traffickingIssues.issue('htcds_header_renamed', locale, {
          path: [],
          args: { column: shortenForMessage(trimmed, 60) || '(empty)', field: column },
        }),
      );
    }
    if (taken.has(column)) {
      issues.push(
        traffickingIssues.issue('column_duplicate', locale, {
          path: [],
          args: { column: shortenForMessage(trimmed, 60) || '(empty)', field: column },
        }),
      );
      continue;
    }
    taken.add(column);
    resolved.set(header, column);
  }
  return resolved;
}
