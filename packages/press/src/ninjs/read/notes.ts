import type { Issue, Locale } from '@iom/core';
import { pressIssues } from '../../messages/index.js';
import type { PressReleaseDraft } from '../../release.js';

/** The draft `fromNinjs` fills, writable while it is read; each part reader returns the fields it owns. */
export type DraftFields = { -readonly [K in keyof PressReleaseDraft]: PressReleaseDraft[K] };

/** Records one issue of the reading, at `path` in the ninjs document. */
export type Note = (
  code: Parameters<typeof pressIssues.issue>[0],
  path: (string | number)[],
  args?: Record<string, string | number>,
) => void;

/** A {@link Note} that appends issues in `locale` to `issues`, in the order the parts are read. */
export function noteInto(issues: Issue[], locale: Locale): Note {
  return (code, path, args) =>
    issues.push(pressIssues.issue(code, locale, { path, ...(args === undefined ? {} : { args }) }));
}
