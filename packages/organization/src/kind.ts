import { definePayloadKind, type Issue, type Locale, validate } from '@iom/core';
import { ORG_STRUCTURE_KIND, OrgStructure } from './model.js';
import { validateStructure } from './validate-structure.js';

/**
 * The payload kind `iom.org-structure` version 1: an organisation's structure over time. Its rules are
 * {@link validateStructure}'s (references, one tree at every date, single holders, regional coverage),
 * so the registry and the `iom` command check the whole structure, as {@link parseStructure} does.
 */
export const orgStructureKind = definePayloadKind({
  id: ORG_STRUCTURE_KIND,
  package: '@iom/organization',
  version: 1,
  title: {
    en: 'Organisation structure over time',
    fr: 'Structure d’une organisation dans le temps',
    es: 'Estructura de una organización en el tiempo',
  },
  schema: OrgStructure,
  rules: (structure, locale) => validateStructure(structure, { locale }),
});

/** The result of {@link parseStructure}. */
export type StructureParse =
  | { readonly success: true; readonly data: OrgStructure; readonly issues: readonly [] }
  | { readonly success: false; readonly data?: OrgStructure; readonly issues: readonly Issue[] };

/**
 * Validates `input` as an organisation structure: first each record against {@link OrgStructure},
 * then the whole with {@link validateStructure}. Never throws for bad input; `data` is present when
 * the records are well-formed, even if the whole has issues.
 */
export function parseStructure(input: unknown, options: { readonly locale?: Locale } = {}): StructureParse {
  const locale = options.locale ?? 'en';
  const records = validate(OrgStructure, input, locale);
  if (!records.success) return { success: false, issues: records.issues };
  const issues = validateStructure(records.data, { locale });
  return issues.length === 0
    ? { success: true, data: records.data, issues: [] }
    : { success: false, data: records.data, issues };
}
