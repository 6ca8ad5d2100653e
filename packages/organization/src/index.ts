/**
 * The organisational structure of IOM over time, modelled after the W3C Organization Ontology
 * (ORG) and Popolo: units with dated parent links, posts, memberships (who held which post when,
 * acting or ad interim), sites and dated figures; a validator that checks the units form one tree
 * at every date; queries by date; titles in English, French and Spanish in the holder's
 * grammatical form; export to ORG JSON-LD and Popolo JSON. IOM's own structure is data, in the
 * `@iom/organization/data` entry point.
 *
 * @packageDocumentation
 */

export {
  FIGURE_MEASURES,
  FigureMeasure,
  INTERIM_KINDS,
  InterimKind,
  POST_KINDS,
  PostKind,
  UNIT_KINDS,
  UnitKind,
} from './codes.js';
export { organizationConverters } from './converters.js';
export { coverageAt, coverageListAt, coveragePeriod } from './coverage.js';
export { ORG_CONTEXT, ORG_CONTEXT_URL } from './export/org-context.js';
export { type JsonLdDocument, type JsonLdNode, type OrgJsonLdOptions, toOrgJsonLd } from './export/org-jsonld.js';
export {
  type PopoloExport,
  type PopoloLink,
  type PopoloMembership,
  type PopoloOptions,
  type PopoloOrganization,
  type PopoloOtherName,
  type PopoloPerson,
  type PopoloPost,
  toPopolo,
} from './export/popolo.js';
export { type StructureFact, structureFacts } from './facts.js';
export { GenderedText, GrammaticalGender, LocalizedTitle, pickForm, TitleForms } from './gender.js';
export { orgStructureKind } from './kind.js';
export type { OrganizationLabels } from './labels/types.js';
export {
  FigureMeasureLabels,
  figureMeasureLabel,
  interimTitle,
  organizationLabels,
  postKindTitle,
  UnitKindLabels,
} from './labels.js';
export { type OrganizationIssueCode, organizationIssues } from './messages/index.js';
export {
  CoverageList,
  DatedFigure,
  Membership,
  ORG_STRUCTURE_KIND,
  Organization,
  type OrgStructureInput,
  OrgStructureShape,
  OrgUnit,
  Person,
  Post,
  type PostInput,
  Site,
  UnitLink,
} from './model.js';
export { membershipTitle, type PostTitleOptions, postTitle, unitName } from './post-title.js';
export {
  ancestors,
  children,
  type Holder,
  holderOf,
  holdersOf,
  parentOf,
  regionalOfficeFor,
  unitAt,
  unitsAt,
} from './queries.js';
export { LocalId, Source, Sources } from './source.js';
export { OrgStructure } from './structure.js';
export { type ValidateStructureOptions, validateStructure } from './validate.js';
export {
  BEGINNING,
  changePoints,
  END,
  isOutOfOrder,
  isValidAt,
  nextDay,
  overlapStart,
  overlaps,
  sweepOverlaps,
  Validity,
} from './validity.js';
