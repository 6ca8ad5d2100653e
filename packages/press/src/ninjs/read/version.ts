import type { NinjsVersion } from '../types.js';
import { isNinjsObject, type NinjsObject } from './properties.js';

// Properties whose spelling differs between the versions: when `standard` is missing, their presence tells.
const SPELLED_3 = [
  'versionCreated',
  'firstCreated',
  'pubStatus',
  'embargoedUntil',
  'altIds',
  'infoSources',
  'copyrightHolder',
  'representationType',
];
const SPELLED_2 = [
  'versioncreated',
  'firstcreated',
  'pubstatus',
  'embargoed',
  'altids',
  'infosources',
  'copyrightholder',
  'representationtype',
];

/**
 * The ninjs version a document is written in, from `standard.version` (1.x documents read as 2.2, which
 * spells properties the same way) or else from how its properties are spelled; `undefined` when neither tells.
 */
export function detectNinjsVersion(document: NinjsObject): NinjsVersion | undefined {
  const standard = document.standard;
  if (isNinjsObject(standard) && typeof standard.version === 'string') {
    if (standard.version.startsWith('3')) return '3.1';
    if (standard.version.startsWith('2') || standard.version.startsWith('1')) return '2.2';
  }
  if (SPELLED_3.some((key) => Object.hasOwn(document, key))) return '3.1';
  if (SPELLED_2.some((key) => Object.hasOwn(document, key))) return '2.2';
  return undefined;
}
