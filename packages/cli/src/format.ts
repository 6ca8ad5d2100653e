import type { Issue } from '@iom/core';

/** A path for people: `victims[0].name`; the root is `(root)`. */
export function formatPath(path: Issue['path']): string {
  if (path.length === 0) return '(root)';
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? segment : `.${segment}`;
  }
  return out;
}

/** One indented line per issue: `  path  code  message`. */
export function formatIssueLines(issues: readonly Issue[]): string {
  return issues.map((issue) => `  ${formatPath(issue.path)}  ${issue.code}  ${issue.message}\n`).join('');
}
