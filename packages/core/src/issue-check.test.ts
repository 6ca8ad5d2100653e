import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { formatIssues } from './format-issues.js';
import { defineIssues } from './issue.js';
import { type IssueSink, issueCheck } from './issue-check.js';

const issues = defineIssues({
  en: { not_even: '{value} is not even', too_small: 'Below {min}' },
  fr: { not_even: "{value} n'est pas pair", too_small: 'Moins de {min}' },
  es: { not_even: '{value} no es par', too_small: 'Menos de {min}' },
});

function rule(value: number, sink: IssueSink): void {
  if (value % 2 !== 0) sink.addIssue(issues.custom('not_even', { args: { value } }));
  if (value < 10) sink.addIssue(issues.custom('too_small', { args: { min: 10 }, path: ['deep'] }));
}

describe('issueCheck', () => {
  const checked = z.number().check(issueCheck(rule));
  const refined = z.number().superRefine(rule);

  it('reports the same issues as superRefine, all of them', () => {
    for (const value of [3, 4, 12, 13]) {
      const a = checked.safeParse(value);
      const b = refined.safeParse(value);
      expect(a.success).toBe(b.success);
      expect(JSON.parse(JSON.stringify(a.error?.issues ?? []))).toEqual(
        JSON.parse(JSON.stringify(b.error?.issues ?? [])),
      );
    }
    expect(checked.safeParse(3).error?.issues.map((issue) => issue.path)).toEqual([[], ['deep']]);
  });

  it('lets later checks run, as superRefine does', () => {
    const twice = z
      .number()
      .check(issueCheck(rule))
      .refine(() => false, 'second');
    expect(twice.safeParse(3).error?.issues.map((issue) => issue.message)).toEqual([
      '3 is not even',
      'Below 10',
      'second',
    ]);
  });

  it('gives formatIssues the message in every locale', () => {
    const { error } = checked.safeParse(3);
    if (error === undefined) throw new Error('3 should fail');
    expect(formatIssues(error, 'fr').map((issue) => issue.message)).toEqual(["3 n'est pas pair", 'Moins de 10']);
    expect(formatIssues(error, 'es')[0]).toEqual({ path: [], code: 'not_even', message: '3 no es par' });
  });
});

describe('catalog.check', () => {
  it('reports the same issue as refine with the refinement of the same code', () => {
    const even = (value: number) => value % 2 === 0;
    const checked = z.number().check(issues.check(even, 'too_small', { min: 2 }));
    const refined = z.number().refine(even, issues.refinement('too_small', { min: 2 }));
    for (const value of [1, 2, 'x']) {
      const a = checked.safeParse(value);
      const b = refined.safeParse(value);
      expect(a.success).toBe(b.success);
      expect(JSON.parse(JSON.stringify(a.error?.issues ?? []))).toEqual(
        JSON.parse(JSON.stringify(b.error?.issues ?? [])),
      );
    }
    expect(checked.safeParse(1).error?.issues[0]?.message).toBe('Below 2');
  });
});

describe('issue params', () => {
  it('render messages on read, and serialise all three', () => {
    const { params } = issues.custom('not_even', { args: { value: 7 } });
    expect(params.messages.fr).toBe("7 n'est pas pair");
    expect(JSON.parse(JSON.stringify(params))).toEqual({
      code: 'not_even',
      messages: { en: '7 is not even', fr: "7 n'est pas pair", es: '7 no es par' },
      args: { value: 7 },
    });
  });
});
