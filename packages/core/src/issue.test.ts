import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { formatIssues } from './format-issues.js';
import { defineIssues, renderTemplate, templatePlaceholders } from './issue.js';
import { LOCALES } from './locale.js';
import { en } from './messages/en.js';
import { es } from './messages/es.js';
import { fr } from './messages/fr.js';
import { coreIssues } from './messages/index.js';
import { CORE_ISSUE_CODES } from './messages/types.js';

const phoneIssues = defineIssues({
  en: { phone_invalid: 'Not a valid phone number in {country}' },
  fr: { phone_invalid: 'Numéro de téléphone non valide pour {country}' },
  es: { phone_invalid: 'Número de teléfono no válido para {country}' },
});

describe('defineIssues', () => {
  it('renders templates with their arguments, leaving unknown placeholders visible', () => {
    expect(renderTemplate('{a} and {b}', { a: 1 })).toBe('1 and {b}');
    expect(phoneIssues.message('phone_invalid', 'fr', { country: 'EC' })).toBe(
      'Numéro de téléphone non valide pour EC',
    );
  });

  it('renders a localized argument in the message’s own locale, in every locale of a zod issue', () => {
    const when = { en: 'on 1 January 2024', fr: 'le 1 janvier 2024', es: 'el 1 de enero de 2024' };
    const issues = defineIssues({
      en: { late: 'Late {when}' },
      fr: { late: 'En retard {when}' },
      es: { late: 'Con retraso {when}' },
    });
    expect(renderTemplate('Late {when}', { when })).toBe('Late on 1 January 2024');
    expect(renderTemplate('En retard {when}', { when }, 'fr')).toBe('En retard le 1 janvier 2024');
    expect(issues.issue('late', 'es', { args: { when } }).message).toBe('Con retraso el 1 de enero de 2024');
    const custom = issues.custom('late', { args: { when } });
    expect(custom.message).toBe('Late on 1 January 2024');
    expect(custom.params.messages.fr).toBe('En retard le 1 janvier 2024');
    expect(JSON.parse(JSON.stringify(custom.params.messages))).toEqual({
      en: 'Late on 1 January 2024',
      fr: 'En retard le 1 janvier 2024',
      es: 'Con retraso el 1 de enero de 2024',
    });
  });

  it('renders as a plain placeholder replacement would, on any template and arguments', () => {
    const reference = (template: string, args: Record<string, string | number>) =>
      template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(args, name) ? String(args[name]) : whole));
    const piece = fc.constantFrom(
      '{a}',
      '{b}',
      '{a_1}',
      '{}',
      '{',
      '}',
      '{ a}',
      'x',
      ' ',
      '{constructor}',
      '{__proto__}',
    );
    const template = fc.array(fc.oneof(piece, fc.string({ maxLength: 3 })), { maxLength: 8 }).map((p) => p.join(''));
    const args = fc.dictionary(fc.constantFrom('a', 'b', 'a_1', 'c'), fc.oneof(fc.string(), fc.integer()));
    fc.assert(
      fc.property(template, args, (t, a) => {
        expect(renderTemplate(t, a)).toBe(reference(t, a));
      }),
      { numRuns: 500 },
    );
  });

  it('gives zod an English message and formatIssues every locale, without z.config()', () => {
    const Phone = z
      .string()
      .refine((value) => value.startsWith('+'), phoneIssues.refinement('phone_invalid', { country: 'EC' }));
    const result = Phone.safeParse('02 123');
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues[0]?.message).toBe('Not a valid phone number in EC');
    expect(formatIssues(result.error, 'es')).toEqual([
      { path: [], code: 'phone_invalid', message: 'Número de teléfono no válido para EC' },
    ]);
  });

  it('places custom issues at a path below the value', () => {
    const Pair = z.object({ a: z.string() }).superRefine((_value, ctx) => {
      ctx.addIssue(phoneIssues.custom('phone_invalid', { args: { country: 'PE' }, path: ['a'] }));
    });
    const result = Pair.safeParse({ a: 'x' });
    expect(result.success ? [] : formatIssues(result.error, 'fr')).toEqual([
      { path: ['a'], code: 'phone_invalid', message: 'Numéro de téléphone non valide pour PE' },
    ]);
  });
});

describe('core catalogs', () => {
  it('have the same placeholders in every locale for every code', () => {
    for (const code of CORE_ISSUE_CODES) {
      const expected = templatePlaceholders(coreIssues.templates.en[code]);
      for (const locale of LOCALES)
        expect(templatePlaceholders(coreIssues.templates[locale][code]), `${locale} ${code}`).toEqual(expected);
    }
  });

  it('have no empty message', () => {
    for (const catalog of [en, fr, es]) {
      for (const message of Object.values(catalog.issues)) expect(message.trim()).not.toBe('');
    }
  });
});
