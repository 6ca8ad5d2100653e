import type { PlaygroundMessages } from './types.js';

const n = (value: number) => value.toLocaleString('en');

/** English. */
export const en = {
  validOne: (kind) => `Valid: this ${kind} payload passes every check.`,
  validAll: (records) => `Valid: all ${n(records)} records pass every check.`,
  invalidOne: (kind, issues) =>
    `Not valid: ${kind === null ? 'this payload' : `this ${kind} payload`} has ${n(issues)} issue${issues === 1 ? '' : 's'}.`,
  someInvalid: (invalid, records) => `${n(invalid)} of ${n(records)} records are not valid.`,
  tooLarge: (length, max) =>
    `The text has ${n(length)} characters; the playground reads at most ${n(max)}. Validate larger inputs with iom validate.`,
  tooDeep: (max) =>
    `The text nests deeper than ${n(max)} levels; no payload kind nests nearly that deep, so the playground does not read it.`,
  empty: 'Paste a payload first: the text is empty.',
  timedOut: (seconds) => `Validation was stopped: no answer after ${n(seconds)} seconds.`,
  record: (number, line) => `Record ${n(number)}, line ${n(line)}`,
  at: (line, column) => `line ${n(line)}, column ${n(column)}`,
  recordValid: (kind) => (kind === null ? 'valid' : `valid ${kind}`),
  recordInvalid: (kind, issues) => `${kind === null ? 'not valid' : `not a valid ${kind}`}: ${n(issues)} issue(s)`,
  more: (count) => `${n(count)} more issues are not shown.`,
} satisfies PlaygroundMessages;
