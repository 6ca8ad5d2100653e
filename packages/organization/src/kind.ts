import { definePayloadKind } from '@iom/core';
import { ORG_STRUCTURE_KIND } from './model.js';
import { OrgStructure } from './structure.js';

/**
 * The payload kind `iom.org-structure` version 1: an organisation's structure over time. Its schema is
 * {@link OrgStructure}, whole-record rules included, so the registry and the `iom` command give the
 * same verdict as `OrgStructure.safeParse`.
 */
export const orgStructureKind = definePayloadKind({
  id: ORG_STRUCTURE_KIND,
  package: '@iom/organization',
  // Published by one source and read by many apps, some on older releases: readers may lag writers.
  compatibility: 'full',
  version: 1,
  title: {
    en: 'Organisation structure over time',
    fr: 'Structure d’une organisation dans le temps',
    es: 'Estructura de una organización en el tiempo',
  },
  schema: OrgStructure,
});
