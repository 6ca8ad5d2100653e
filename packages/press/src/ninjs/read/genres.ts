import { RELEASE_KINDS, RELEASE_SCOPES, type ReleaseKindCode, type ReleaseScopeCode } from '../../codes.js';
import { ReleaseKindLabels, ReleaseScopeLabels } from '../../labels.js';
import { codeByLabel } from './label-match.js';
import type { DraftFields, Note } from './notes.js';
import { type NinjsObject, objectList, trimmedString } from './properties.js';

/**
 * `genres` → kind and scope: `toNinjs` writes the kind as a literal and the scope as `scope:global` or
 * `scope:local`; other providers name them, in any of the three languages. The first of each wins.
 * ninjs has no required place for either, so a missing one is reported for the caller to supply.
 */
export function readGenres(document: NinjsObject, note: Note): Pick<DraftFields, 'kind' | 'scope'> {
  // Filled in the order the genres give them, as the draft's fields are.
  const read: Pick<DraftFields, 'kind' | 'scope'> = {};
  for (const genre of objectList(document, 'genres')) {
    const literal = trimmedString(genre, 'literal');
    const name = trimmedString(genre, 'name');
    const scopeLiteral = literal?.startsWith('scope:') ? literal.slice(6) : undefined;
    if (scopeLiteral !== undefined && (RELEASE_SCOPES as readonly string[]).includes(scopeLiteral)) {
      read.scope = scopeLiteral as ReleaseScopeCode;
      continue;
    }
    const kind =
      (literal === undefined ? undefined : codeByLabel(ReleaseKindLabels, RELEASE_KINDS, literal)) ??
      (name === undefined ? undefined : codeByLabel(ReleaseKindLabels, RELEASE_KINDS, name));
    if (kind !== undefined && read.kind === undefined) {
      read.kind = kind as ReleaseKindCode;
      continue;
    }
    const scope = name === undefined ? undefined : codeByLabel(ReleaseScopeLabels, RELEASE_SCOPES, name);
    if (scope !== undefined && read.scope === undefined) read.scope = scope;
  }
  if (read.kind === undefined) note('ninjs_kind_missing', ['genres']);
  if (read.scope === undefined) note('ninjs_scope_missing', ['genres']);
  return read;
}
