import { LOCALES, templatePlaceholders } from '@iom/core';
import { describe, expect, it } from 'vitest';
import { LEGACY_ISSUE_CODES, NINJS_ISSUE_CODES, RELEASE_ISSUE_CODES, TOPICS } from './codes.js';
import { TopicLabels } from './labels.js';
import { pressIssues } from './messages/index.js';

describe('labels', () => {
  const codes = [...RELEASE_ISSUE_CODES, ...LEGACY_ISSUE_CODES, ...NINJS_ISSUE_CODES];
  it('gives every issue code a message in each locale with the same placeholders', () => {
    expect(Object.keys(pressIssues.templates.en).sort()).toEqual([...codes].sort());
    for (const code of codes) {
      const english = templatePlaceholders(pressIssues.templates.en[code]);
      for (const locale of LOCALES) {
        expect(pressIssues.templates[locale][code].trim()).not.toBe('');
        expect(templatePlaceholders(pressIssues.templates[locale][code])).toEqual(english);
      }
    }
  });
  it('labels every topic in the three languages, differently from its code', () => {
    for (const topic of TOPICS) for (const locale of LOCALES) expect(TopicLabels.labels[locale][topic]).not.toBe(topic);
    expect(TopicLabels.labels.es.counter_trafficking).toBe('Lucha contra la trata');
  });
});
