import type { LabelCatalog } from '@iom/core';
import { traffickingLabels } from '../labels/index.js';
import { squash } from './fields.js';

/** How a value read from an HTCDS cell was matched. */
export type Match =
  | { readonly kind: 'name'; readonly values: readonly string[] }
  | { readonly kind: 'label'; readonly values: readonly string[] }
  | { readonly kind: 'legacy'; readonly values: readonly string[]; readonly legacy: string; readonly version: string }
  | { readonly kind: 'ambiguous'; readonly values: readonly string[]; readonly legacy: string };

interface Legacy {
  readonly to: readonly string[];
  readonly version: string;
  readonly ambiguous?: boolean;
}

/** A vocabulary of one HTCDS picklist: value names, labels (any spelling) and legacy values. */
export class Vocabulary {
  readonly #names = new Map<string, string>();
  readonly #labels = new Map<string, string>();
  readonly #legacy = new Map<string, Legacy & { readonly name: string }>();

  /** A vocabulary from a label catalog, with extra label spellings and legacy values. */
  constructor(
    catalog: LabelCatalog<string>,
    extra: Readonly<Record<string, string>> = {},
    legacy: Readonly<Record<string, Legacy>> = {},
  ) {
    for (const code of catalog.codes) {
      this.#names.set(code, code);
      this.#labels.set(squash(code), code);
      for (const locale of ['en', 'fr', 'es'] as const) {
        const text = catalog.labels[locale][code];
        if (text !== undefined && !this.#labels.has(squash(text))) this.#labels.set(squash(text), code);
      }
    }
    for (const [spelling, code] of Object.entries(extra)) this.#labels.set(squash(spelling), code);
    for (const [name, entry] of Object.entries(legacy)) this.#legacy.set(squash(name), { ...entry, name });
  }

  /** The value names of the vocabulary. */
  get names(): string[] {
    return [...this.#names.keys()];
  }

  /** Matches one token: exact value name, then any label or spelling, then a legacy value. */
  match(token: string): Match | undefined {
    const trimmed = token.trim();
    const exact = this.#names.get(trimmed);
    if (exact !== undefined) return { kind: 'name', values: [exact] };
    const key = squash(trimmed);
    if (key === '') return undefined;
    const labelled = this.#labels.get(key);
    if (labelled !== undefined) return { kind: 'label', values: [labelled] };
    const legacy = this.#legacy.get(key);
    if (legacy === undefined) return undefined;
    return legacy.ambiguous === true
      ? { kind: 'ambiguous', values: legacy.to, legacy: legacy.name }
      : { kind: 'legacy', values: legacy.to, legacy: legacy.name, version: legacy.version };
  }
}

const V02 = '0.2';

/** The vocabularies of the HTCDS picklist columns, with the official toolkit's label spellings and legacy values. */
export const VOCABULARIES = {
  prs_Gender: new Vocabulary(
    traffickingLabels.gender,
    { 'Non Conforming': 'NonConforming' },
    {
      Male: { to: ['Masculine'], version: V02 },
      Female: { to: ['Feminine'], version: V02 },
      'Transgender/NonConforming': { to: ['NonConforming'], version: V02, ambiguous: true },
      Unknown: { to: ['NonSpecifiedUnknown'], version: V02 },
    },
  ),
  prs_MaritalStatus: new Vocabulary(traffickingLabels.maritalStatus),
  prs_HighestLevelOfEducation: new Vocabulary(traffickingLabels.educationLevel),
  vic_TraffickingStatus: new Vocabulary(traffickingLabels.traffickingStatus),
  vic_TraffickingStatusDecisionMakingOrg: new Vocabulary(traffickingLabels.decisionMakingOrg),
  vic_RelationshipToTrafficker: new Vocabulary(traffickingLabels.relationshipToTrafficker, {
    Unacquainted: 'Unaquainted',
  }),
  vic_RecruitmentWebsitesAndApps: new Vocabulary(traffickingLabels.platform),
  vic_ExploitationWebsitesAndApps: new Vocabulary(traffickingLabels.platform),
  vic_MethodOfRecruitment: new Vocabulary(
    traffickingLabels.recruitmentMethod,
    {},
    {
      EducationalFacility: { to: ['AtAnEducationalInstitution'], version: V02 },
      'Educational Facility': { to: ['AtAnEducationalInstitution'], version: V02 },
      Work: { to: ['AtWork'], version: V02 },
      Unknown: { to: [], version: V02 },
      InternetSocialMediaOnlineAdvertisement: { to: ['Other'], version: V02, ambiguous: true },
      'Internet (social media, online advertisement)': { to: ['Other'], version: V02, ambiguous: true },
      PublicArea: { to: ['Other'], version: V02, ambiguous: true },
      Shelter: { to: ['Other'], version: V02, ambiguous: true },
    },
  ),
  vic_MethodsOfControl: new Vocabulary(traffickingLabels.controlMethod, {
    Threats: 'PhysicalThreats',
    ThreatOfLawEnforcement: 'ThreatsLawEnforcement',
    PsychoactiveSubstances: 'PsychoactiveSubstance',
  }),
  vic_TypeOfExploitation: new Vocabulary(
    traffickingLabels.exploitationType,
    {},
    {
      ForcedMilitaryService: { to: ['ForcedMilitaryByNonStateActors'], version: V02 },
      'Forced military service': { to: ['ForcedMilitaryByNonStateActors'], version: V02 },
      IllegalAdoption: { to: ['ForcedAdoption'], version: V02 },
      'Illegal adoption': { to: ['ForcedAdoption'], version: V02 },
      IllicitActivities: { to: ['ForcedLabour'], version: V02 },
      'Illicit activities': { to: ['ForcedLabour'], version: V02 },
    },
  ),
  vic_ForcedLabourIndustry: new Vocabulary(
    traffickingLabels.industry,
    Object.fromEntries(traffickingLabels.industry.codes.map((code) => [code.slice(0, 1), code])),
  ),
  vic_TypeOfSexExploitation: new Vocabulary(traffickingLabels.sexExploitationType),
  cas_Status: new Vocabulary(traffickingLabels.caseStatus),
  cas_ReasonForIncomingReferral: new Vocabulary(traffickingLabels.referralReason),
  cas_ReasonForOutgoingReferral: new Vocabulary(traffickingLabels.referralReason),
} as const;

/** An HTCDS column read with a vocabulary. */
export type VocabularyColumn = keyof typeof VOCABULARIES;

/** The result of reading a multi-select cell. */
export interface MultiReading {
  /** The matches, in cell order. */
  readonly matches: Match[];
  /** How many pieces matched nothing. */
  readonly unknown: number;
  /** The separator used when it was not `;`. */
  readonly separator?: 'space' | 'comma';
}

const MAX_JOIN = 4;

function greedy(
  vocabulary: Vocabulary,
  parts: readonly string[],
  joiner: string,
): { matches: Match[]; rest: string[] } {
  const matches: Match[] = [];
  const rest: string[] = [];
  let index = 0;
  while (index < parts.length) {
    let matched = false;
    // Longest first, bounded, so labels that contain the separator ("Water supply; sewerage, …") still match.
    for (let length = Math.min(MAX_JOIN, parts.length - index); length >= 1; length -= 1) {
      const candidate = parts.slice(index, index + length).join(joiner);
      const match = vocabulary.match(candidate);
      if (match !== undefined) {
        matches.push(match);
        index += length;
        matched = true;
        break;
      }
    }
    if (!matched) {
      const part = parts[index]?.trim() ?? '';
      if (part !== '') rest.push(part);
      index += 1;
    }
  }
  return { matches, rest };
}

/**
 * Reads a multi-select cell: values separated by `;` (Excel template), by spaces (ODK/Kobo XLSForm) or
 * by commas, written as value names, labels or legacy values. Linear in the cell's length.
 */
export function readMulti(vocabulary: Vocabulary, cell: string): MultiReading {
  const whole = vocabulary.match(cell);
  if (whole !== undefined) return { matches: [whole], unknown: 0 };
  const first = greedy(vocabulary, cell.split(';'), ';');
  const matches = [...first.matches];
  let unknown = 0;
  let separator: 'space' | 'comma' | undefined;
  for (const piece of first.rest) {
    const byComma = greedy(vocabulary, piece.split(','), ',');
    if (byComma.rest.length === 0 && byComma.matches.length > 1) {
      matches.push(...byComma.matches);
      separator ??= 'comma';
      continue;
    }
    const bySpace = greedy(vocabulary, piece.split(/\s+/), ' ');
    if (bySpace.matches.length > 0) {
      matches.push(...bySpace.matches);
      unknown += bySpace.rest.length;
      separator ??= 'space';
      continue;
    }
    unknown += 1;
  }
  return separator === undefined ? { matches, unknown } : { matches, unknown, separator };
}
