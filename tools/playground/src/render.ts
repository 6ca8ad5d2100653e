import type { Locale } from '@iom/core';
import type { CheckReport, LocatedIssue } from './check-text.js';
import { PLAYGROUND_MESSAGES } from './messages/index.js';

/** At most this many issues are drawn: a text of thousands of broken records would only slow the page. */
export const MAX_SHOWN_ISSUES = 200;

/** Up to this many records, valid ones are listed too; past it, only those with issues. */
const LIST_VALID_UP_TO = 100;

/** The longest excerpt of a line shown beside an issue, in characters (NDJSON lines run long). */
const EXCERPT = 140;

/** An element with a class and text or children; text goes through `textContent`, never parsed as HTML. */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className !== '') node.className = className;
  node.append(...children);
  return node;
}

/** The part of a line around `column`, with `…` where it is cut. */
export function excerpt(line: string, column: number): string {
  if (line.length <= EXCERPT) return line;
  const from = Math.max(0, Math.min(column - 1 - 40, line.length - EXCERPT));
  const to = from + EXCERPT;
  return `${from > 0 ? '…' : ''}${line.slice(from, to)}${to < line.length ? '…' : ''}`;
}

function issueItem(issue: LocatedIssue, lines: readonly string[], locale: Locale, onPick: (line: number) => void) {
  const messages = PLAYGROUND_MESSAGES[locale];
  const at = element('button', 'iom-pg-at', messages.at(issue.line, issue.column));
  at.type = 'button';
  at.addEventListener('click', () => onPick(issue.line));
  const item = element(
    'li',
    'iom-pg-issue',
    at,
    element('code', 'iom-pg-path', issue.where),
    element('code', 'iom-pg-code', issue.code),
    element('span', 'iom-pg-message', issue.message),
    element(
      'pre',
      'iom-pg-line',
      element('span', 'iom-pg-ln', String(issue.line)),
      excerpt(lines[issue.line - 1] ?? '', issue.column),
    ),
  );
  item.dataset.line = String(issue.line);
  item.dataset.path = issue.where;
  item.dataset.code = issue.code;
  return item;
}

/**
 * Draws a report: the verdict in a sentence, then each record with its issues, each issue with its
 * position (a button that selects the line in the editor), path, code, message and the line itself.
 */
export function renderReport(
  container: HTMLElement,
  report: CheckReport,
  text: string,
  locale: Locale,
  onPick: (line: number) => void,
): void {
  const messages = PLAYGROUND_MESSAGES[locale];
  container.replaceChildren();
  container.lang = locale;
  if (report.status === 'refused') {
    const refused = element('p', 'iom-pg-summary iom-pg-refused', report.message);
    refused.dataset.reason = report.reason;
    container.append(refused);
    return;
  }
  const invalid = report.records.some((record) => !record.valid);
  container.append(element('p', `iom-pg-summary ${invalid ? 'iom-pg-invalid' : 'iom-pg-valid'}`, report.summary));
  const lines = text.replace(/^\ufeff/, '').split(/\r\n|\r|\n/);
  let shown = 0;
  let hidden = 0;
  const list = element('ol', 'iom-pg-records');
  const listValid = report.records.length <= LIST_VALID_UP_TO;
  for (const record of report.records) {
    if (record.valid && !listValid) continue;
    if (shown >= MAX_SHOWN_ISSUES) {
      // Past the cap, records are only counted: thousands of list items would slow the page.
      hidden += record.issues.length;
      continue;
    }
    const verdict = record.valid
      ? messages.recordValid(record.kind)
      : messages.recordInvalid(record.kind, record.issues.length);
    const heading = element(
      'p',
      'iom-pg-record-heading',
      element('span', 'iom-pg-record-at', messages.record(record.index + 1, record.line)),
      ' · ',
      element('span', record.valid ? 'iom-pg-ok' : 'iom-pg-bad', verdict),
    );
    const item = element('li', 'iom-pg-record', heading);
    item.dataset.valid = String(record.valid);
    if (record.issues.length > 0) {
      const issues = element('ul', 'iom-pg-issues');
      // In the order of the text, so that the list reads alongside it.
      const inOrder = [...record.issues].sort((a, b) => a.line - b.line || a.column - b.column);
      for (const issue of inOrder) {
        if (shown >= MAX_SHOWN_ISSUES) {
          hidden++;
          continue;
        }
        shown++;
        issues.append(issueItem(issue, lines, locale, onPick));
      }
      if (issues.childElementCount > 0) item.append(issues);
    }
    list.append(item);
  }
  container.append(list);
  if (hidden > 0) container.append(element('p', 'iom-pg-more', messages.more(hidden)));
}
