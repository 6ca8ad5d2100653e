import { formatIssues } from './format-issues.js';
import type { Issue, PathSegment } from './issue.js';
import type { Locale } from './locale.js';
import { coreIssues } from './messages/index.js';
import { isKindId, type PayloadKind } from './payload-kind.js';
import { leanSafeParse } from './safe-parse.js';
import { shortenForMessage } from './shorten.js';

/** The result of {@link PayloadKindRegistry.validate}. */
export type PayloadValidation =
  | { readonly success: true; readonly kind: PayloadKind; readonly data: unknown; readonly issues: readonly [] }
  | { readonly success: false; readonly kind?: PayloadKind; readonly issues: readonly Issue[] };

/** Validates `payload` against one version of a kind: its schema's whole verdict. Never throws for bad input. */
export function checkPayload(kind: PayloadKind, payload: unknown, locale: Locale): PayloadValidation {
  // Not kind.schema.safeParse: zod's failing result keeps the payload alive (see safe-parse.ts).
  const result = leanSafeParse(kind.schema, payload);
  if (!result.success) return { success: false, kind, issues: formatIssues(result.error, locale, { input: payload }) };
  return { success: true, kind, data: result.data, issues: [] };
}

/**
 * The issue for a payload of version `version` of a kind whose known versions are `known` (one id,
 * at least one version): `payload_kind_version_newer` when it is newer than all of them (upgrade the
 * package), else `payload_kind_version_unsupported` with the versions that exist.
 */
export function versionIssue(
  known: readonly PayloadKind[],
  version: number,
  path: readonly PathSegment[],
  locale: Locale,
): Issue {
  const sorted = [...known].sort((a, b) => a.version - b.version);
  const latest = sorted[sorted.length - 1] as PayloadKind;
  const supported = sorted.map((kind) => kind.version).join(', ');
  const id = latest.id;
  if (version > latest.version) {
    const args = { kind: id, version, supported, package: latest.package ?? id };
    return coreIssues.issue('payload_kind_version_newer', locale, { path, args });
  }
  return coreIssues.issue('payload_kind_version_unsupported', locale, { path, args: { kind: id, version, supported } });
}

/** A kind id fit to echo in a message: a well-formed id as it is, anything else shortened. */
export function shownKindId(id: string): string {
  return isKindId(id) ? shortenForMessage(id, 64) : shortenForMessage(id, 16);
}
