import { CountryCode, kindField, LocalizedText, PartialDate } from '@iom/core';
import * as z from 'zod';
import { FigureMeasure, InterimKind, PostKind, UnitKind } from './codes.js';
import { GrammaticalGender, LocalizedTitle } from './gender.js';
import { LocalId, Sources } from './source.js';
import { Validity } from './validity.js';

/** The organisation a structure describes (ORG `org:FormalOrganization`, Popolo `organization`). */
export const Organization = z.object({
  /** A stable id: `IOM`. */
  id: LocalId,
  /** The name in each language. */
  name: LocalizedText,
  /** The acronym in each language: IOM, OIM. */
  acronym: LocalizedText.optional(),
  /** The founding date, as far as it is known. */
  foundingDate: PartialDate.optional(),
  /** The site of the headquarters. */
  headquartersSiteId: LocalId.optional(),
  /** Where the facts come from. */
  sources: Sources.optional(),
});
/** The organisation a structure describes. */
export type Organization = {
  /** A stable id: `IOM`. */
  id: LocalId;
  /** The name in each language. */
  name: LocalizedText;
  /** The acronym in each language: IOM, OIM. */
  acronym?: LocalizedText | undefined;
  /** The founding date, as far as it is known. */
  foundingDate?: PartialDate | undefined;
  /** The site of the headquarters. */
  headquartersSiteId?: LocalId | undefined;
  /** Where the facts come from. */
  sources?: Sources | undefined;
};

/**
 * The countries a regional office covers over a period, as public sources list them. `asOf` is the
 * date the sources give the list for (for an undated page: the day it was read, its `checkedOn`);
 * `validFrom`/`validUntil` are the period the list is applied to, within the office's own validity
 * (absent: the office's whole validity). A list marked `partial` names only the countries a source
 * was found for: the office may cover others.
 */
export const CoverageList = Validity.extend({
  /** The countries covered (ISO 3166-1 alpha-2), each an assigned code. */
  countries: z.array(CountryCode).min(1),
  /** The date (or month, or year) the sources give the list for. */
  asOf: PartialDate,
  /** `true` when the sources name only some of the countries the office covers. */
  partial: z.boolean().optional(),
  /** Where the list comes from: at least one public source. */
  sources: Sources.min(1),
});
/**
 * The countries a regional office covers over a period.
 *
 * @interface
 */
export type CoverageList = Validity & {
  /** The countries covered (ISO 3166-1 alpha-2), each an assigned code. */
  countries: CountryCode[];
  /** The date (or month, or year) the sources give the list for. */
  asOf: PartialDate;
  /** `true` when the sources name only some of the countries the office covers. */
  partial?: boolean | undefined;
  /** Where the list comes from: at least one public source. */
  sources: Sources;
};

/**
 * A unit of the organisation (ORG `org:OrganizationalUnit`), valid from `validFrom` to `validUntil`.
 * Where it sits in the tree is given by {@link UnitLink}s, which have dates of their own.
 */
export const OrgUnit = Validity.extend({
  /** A stable id: `RO_PTY`, `CO_EC`. */
  id: LocalId,
  /** What kind of unit it is. */
  kind: UnitKind,
  /** The name in English, French and Spanish. */
  name: LocalizedText,
  /** A short name or acronym: `OPAC`, `MAC`. */
  acronym: z.string().min(1).optional(),
  /** The country the unit is in (for a country office, the country it serves). */
  country: CountryCode.optional(),
  /** Its primary site (ORG `org:hasPrimarySite`). */
  siteId: LocalId.optional(),
  /** For a regional office: the region it covers, as named by IOM. */
  region: LocalizedText.optional(),
  /**
   * For a regional office: the countries it covers, as dated lists with their sources (one list in
   * force at a time). A country is covered by at most one regional office on any day.
   */
  coverage: z.array(CoverageList).optional(),
  /** The units this one took over (a merger: ORG `org:ChangeEvent`). */
  replaces: z.array(LocalId).optional(),
  /** Where the facts come from. */
  sources: Sources.optional(),
});
/**
 * A unit of the organisation.
 *
 * @interface
 */
export type OrgUnit = Validity & {
  /** A stable id: `RO_PTY`, `CO_EC`. */
  id: LocalId;
  /** What kind of unit it is. */
  kind: UnitKind;
  /** The name in English, French and Spanish. */
  name: LocalizedText;
  /** A short name or acronym: `OPAC`, `MAC`. */
  acronym?: string | undefined;
  /** The country the unit is in (for a country office, the country it serves). */
  country?: CountryCode | undefined;
  /** Its primary site (ORG `org:hasPrimarySite`). */
  siteId?: LocalId | undefined;
  /** For a regional office: the region it covers, as named by IOM. */
  region?: LocalizedText | undefined;
  /**
   * For a regional office: the countries it covers, as dated lists with their sources (one list in
   * force at a time). A country is covered by at most one regional office on any day.
   */
  coverage?: CoverageList[] | undefined;
  /** The units this one took over (a merger: ORG `org:ChangeEvent`). */
  replaces?: LocalId[] | undefined;
  /** Where the facts come from. */
  sources?: Sources | undefined;
};

/**
 * A dated parent relation: `child` reports to `parent` from `validFrom` to `validUntil`
 * (ORG `org:subOrganizationOf`, Popolo `parent_id`). A country office can move from one regional
 * office to another: each period is its own link.
 */
export const UnitLink = Validity.extend({
  /** The unit below. */
  child: LocalId,
  /** The unit above. */
  parent: LocalId,
  /** Where the facts come from. */
  sources: Sources.optional(),
});
/**
 * A dated parent relation.
 *
 * @interface
 */
export type UnitLink = Validity & {
  /** The unit below. */
  child: LocalId;
  /** The unit above. */
  parent: LocalId;
  /** Where the facts come from. */
  sources?: Sources | undefined;
};

/** A post in a unit (ORG `org:Post`, Popolo `post`): a position a person holds. */
export const Post = Validity.extend({
  /** A stable id: `DG`, `DDG_OPS`. */
  id: LocalId,
  /** What kind of post it is; its title unless `title` says more. */
  kind: PostKind,
  /** The unit it belongs to (ORG `org:postIn`). */
  unitId: LocalId,
  /** The full title when the kind alone does not say it (Deputy Director General for Operations). */
  title: LocalizedTitle.optional(),
  /** Whether one person at a time holds it (the default); posts with several holders say `false`. */
  singleHolder: z.boolean().default(true),
  /** The post it reports to (ORG `org:reportsTo`). */
  reportsTo: LocalId.optional(),
  /** Where the facts come from. */
  sources: Sources.optional(),
});
/**
 * A post in a unit (the parsed form: `singleHolder` present).
 *
 * @interface
 */
export type Post = Validity & {
  /** A stable id: `DG`, `DDG_OPS`. */
  id: LocalId;
  /** What kind of post it is; its title unless `title` says more. */
  kind: PostKind;
  /** The unit it belongs to (ORG `org:postIn`). */
  unitId: LocalId;
  /** The full title when the kind alone does not say it (Deputy Director General for Operations). */
  title?: LocalizedTitle | undefined;
  /** Whether one person at a time holds it (the default); posts with several holders say `false`. */
  singleHolder: boolean;
  /** The post it reports to (ORG `org:reportsTo`). */
  reportsTo?: LocalId | undefined;
  /** Where the facts come from. */
  sources?: Sources | undefined;
};
/**
 * A post in a unit as written: `singleHolder` may be left out (it defaults to `true`).
 *
 * @interface
 */
export type PostInput = Omit<Post, 'singleHolder'> & {
  /**
   * Whether one person at a time holds it (the default); posts with several holders say `false`; `true` when
   * left out.
   */
  singleHolder?: boolean | undefined;
};

/** A person holding posts. Only people named by a public source belong in shared data. */
export const Person = z.object({
  /** A stable id. */
  id: LocalId,
  /** The name as the public source writes it. */
  name: z.string().trim().min(1).max(300),
  /** The form the person's titles take in French and Spanish, when stated. */
  grammaticalGender: GrammaticalGender.optional(),
  /** Where the facts come from. */
  sources: Sources.optional(),
});
/** A person holding posts. */
export type Person = {
  /** A stable id. */
  id: LocalId;
  /** The name as the public source writes it. */
  name: string;
  /** The form the person's titles take in French and Spanish, when stated. */
  grammaticalGender?: GrammaticalGender | undefined;
  /** Where the facts come from. */
  sources?: Sources | undefined;
};

/**
 * A person holding a post from `validFrom` to `validUntil` (ORG `org:Membership` with
 * `org:memberDuring`, Popolo `membership`).
 */
export const Membership = Validity.extend({
  /** A stable id. */
  id: LocalId,
  /** The person. */
  personId: LocalId,
  /** The post held. */
  postId: LocalId,
  /** `acting` or `ad_interim` when the post is not held in full. */
  interim: InterimKind.optional(),
  /** The form of the title during this membership, overriding the person's. */
  grammaticalGender: GrammaticalGender.optional(),
  /** Where the facts come from. */
  sources: Sources.optional(),
});
/**
 * A person holding a post over a period.
 *
 * @interface
 */
export type Membership = Validity & {
  /** A stable id. */
  id: LocalId;
  /** The person. */
  personId: LocalId;
  /** The post held. */
  postId: LocalId;
  /** `acting` or `ad_interim` when the post is not held in full. */
  interim?: InterimKind | undefined;
  /** The form of the title during this membership, overriding the person's. */
  grammaticalGender?: GrammaticalGender | undefined;
  /** Where the facts come from. */
  sources?: Sources | undefined;
};

/** A place where the organisation is (ORG `org:Site`). */
export const Site = z.object({
  /** A stable id. */
  id: LocalId,
  /** The name of the site. */
  name: LocalizedText,
  /** The city. */
  city: LocalizedText,
  /** The country. */
  country: CountryCode,
  /** The postal address as printed by the organisation. */
  address: z.string().min(1).optional(),
  /** Where the facts come from. */
  sources: Sources.optional(),
});
/** A place where the organisation is. */
export type Site = {
  /** A stable id. */
  id: LocalId;
  /** The name of the site. */
  name: LocalizedText;
  /** The city. */
  city: LocalizedText;
  /** The country. */
  country: CountryCode;
  /** The postal address as printed by the organisation. */
  address?: string | undefined;
  /** Where the facts come from. */
  sources?: Sources | undefined;
};

/** A figure about the organisation as of a date: 175 member states as of 2024. */
export const DatedFigure = z.object({
  /** A stable id. */
  id: LocalId,
  /** What it counts. */
  measure: FigureMeasure,
  /** The count. */
  value: z.number().int().nonnegative(),
  /** The date (or month, or year) the source gives the count for. */
  asOf: PartialDate,
  /** Where the figure comes from. */
  sources: Sources.optional(),
});
/** A figure about the organisation as of a date. */
export type DatedFigure = {
  /** A stable id. */
  id: LocalId;
  /** What it counts. */
  measure: FigureMeasure;
  /** The count. */
  value: number;
  /** The date (or month, or year) the source gives the count for. */
  asOf: PartialDate;
  /** Where the figure comes from. */
  sources?: Sources | undefined;
};

/** The payload kind id of an organisation structure. */
export const ORG_STRUCTURE_KIND = 'iom.org-structure';

/**
 * The fields of an organisation structure, without its whole-record rules: the plain object schema an
 * app can `.extend()`, `.pick()` or `.partial()` (zod refuses to extend a schema that has rules). A
 * payload is checked with {@link OrgStructure}, which adds the rules to this shape.
 *
 * @example
 * const MyStructure = OrgStructureShape.extend({ publishedBy: z.string() });
 */
export const OrgStructureShape = z.object({
  /** `iom.org-structure@1`, optional. */
  $kind: kindField(ORG_STRUCTURE_KIND, 1).optional(),
  /** The organisation. */
  organization: Organization,
  /** Its units. */
  units: z.array(OrgUnit),
  /** The dated parent relations of the units. */
  links: z.array(UnitLink).default([]),
  /** The posts. */
  posts: z.array(Post).default([]),
  /** The people holding posts. */
  people: z.array(Person).default([]),
  /** Who held which post when. */
  memberships: z.array(Membership).default([]),
  /** The sites. */
  sites: z.array(Site).default([]),
  /** Dated figures: member states, observer states, countries with a presence. */
  figures: z.array(DatedFigure).default([]),
});

/**
 * An organisation's structure over time (the parsed form, every list present). An explicit object type,
 * so that apps using it never instantiate zod's types (`model.test-d.ts` holds it equal to what the
 * schema infers).
 */
export type OrgStructureRecord = {
  /** `iom.org-structure@1`, optional. */
  $kind?: 'iom.org-structure@1' | undefined;
  /** The organisation. */
  organization: Organization;
  /** Its units. */
  units: OrgUnit[];
  /** The dated parent relations of the units. */
  links: UnitLink[];
  /** The posts. */
  posts: Post[];
  /** The people holding posts. */
  people: Person[];
  /** Who held which post when. */
  memberships: Membership[];
  /** The sites. */
  sites: Site[];
  /** Dated figures: member states, observer states, countries with a presence. */
  figures: DatedFigure[];
};
/** An organisation's structure as written (lists that are empty may be left out). */
export type OrgStructureInput = {
  /** `iom.org-structure@1`, optional. */
  $kind?: 'iom.org-structure@1' | undefined;
  /** The organisation. */
  organization: Organization;
  /** Its units. */
  units: OrgUnit[];
  /** The dated parent relations of the units; none when left out. */
  links?: UnitLink[] | undefined;
  /** The posts; none when left out. */
  posts?: PostInput[] | undefined;
  /** The people holding posts; none when left out. */
  people?: Person[] | undefined;
  /** Who held which post when; none when left out. */
  memberships?: Membership[] | undefined;
  /** The sites; none when left out. */
  sites?: Site[] | undefined;
  /** Dated figures: member states, observer states, countries with a presence; none when left out. */
  figures?: DatedFigure[] | undefined;
};
