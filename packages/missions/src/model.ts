import { ContactPoint } from '@iom/contact';
import { CountryCode, type IsoDate, kindField, LocalizedText, PartialDate, SubdivisionCode } from '@iom/core';
import { GrammaticalGender, InterimKind, LocalId, PostKind, Sources, UnitKind, Validity } from '@iom/organization';
import * as z from 'zod';

/** The kinds of office a mission has: its main office (the country office) and its sub-offices. */
export const MissionOfficeKind = UnitKind.extract(['country_office', 'sub_office']);
/** The kind of a mission's office: the two `UnitKind`s of `@iom/organization` a mission has. */
export type MissionOfficeKind = Extract<UnitKind, 'country_office' | 'sub_office'>;

/** An office of a country mission: the main office or a sub-office, in a city, over a period. */
export const MissionOffice = Validity.extend({
  /** A stable id: `CO_EC`, `SO_EC_GYE`. */
  id: LocalId,
  /** Main office (`country_office`) or `sub_office`. */
  kind: MissionOfficeKind,
  /** The city, in one or more languages. */
  city: LocalizedText,
  /** The ISO 3166-2 subdivision of the city, when known (`EC-P`). */
  subdivision: SubdivisionCode.optional(),
  /** The office's name, when it has its own. */
  name: LocalizedText.optional(),
  /** The id of the matching unit in an `@iom/organization` structure. */
  unitId: LocalId.optional(),
  /** How to reach the office. */
  contactPoints: z.array(ContactPoint).optional(),
  /** Where the facts come from. */
  sources: Sources.optional(),
});
/**
 * An office of a country mission.
 *
 * @interface
 */
export type MissionOffice = Validity & {
  /** A stable id: `CO_EC`, `SO_EC_GYE`. */
  id: LocalId;
  /** Main office (`country_office`) or `sub_office`. */
  kind: MissionOfficeKind;
  /** The city, in one or more languages. */
  city: LocalizedText;
  /** The ISO 3166-2 subdivision of the city, when known (`EC-P`). */
  subdivision?: SubdivisionCode | undefined;
  /** The office's name, when it has its own. */
  name?: LocalizedText | undefined;
  /** The id of the matching unit in an `@iom/organization` structure. */
  unitId?: LocalId | undefined;
  /** How to reach the office. */
  contactPoints?: ContactPoint[] | undefined;
  /** Where the facts come from. */
  sources?: Sources | undefined;
};

/** The roles of the head of a mission. */
export const MissionHeadRole = PostKind.extract(['chief_of_mission', 'officer_in_charge']);
/** The role of the head of a mission: the two `PostKind`s of `@iom/organization` that head one. */
export type MissionHeadRole = Extract<PostKind, 'chief_of_mission' | 'officer_in_charge'>;

/**
 * Who headed the mission from `validFrom` (required: a term without a known first day belongs in
 * `mentions`) to `validUntil`.
 */
export const ChiefOfMissionTerm = Validity.extend({
  /** The first day of the term. */
  validFrom: z.iso.date(),
  /** The name as the public source writes it. */
  name: z.string().trim().min(1).max(300),
  /** Chief of Mission, or Officer in Charge. */
  role: MissionHeadRole.default('chief_of_mission'),
  /** `acting` or `ad_interim` when so held. */
  interim: InterimKind.optional(),
  /** The form of the title in French and Spanish, as the source states it. */
  grammaticalGender: GrammaticalGender.optional(),
  /** Where the facts come from: at least one source. */
  sources: Sources.min(1),
});
/**
 * Who headed the mission over a period (the parsed form: `role` present).
 *
 * @interface
 */
export type ChiefOfMissionTerm = Omit<Validity, 'validFrom'> & {
  /** The first day of the term. */
  validFrom: IsoDate;
  /** The name as the public source writes it. */
  name: string;
  /** Chief of Mission, or Officer in Charge. */
  role: MissionHeadRole;
  /** `acting` or `ad_interim` when so held. */
  interim?: InterimKind | undefined;
  /** The form of the title in French and Spanish, as the source states it. */
  grammaticalGender?: GrammaticalGender | undefined;
  /** Where the facts come from: at least one source. */
  sources: Sources;
};
/**
 * Who headed the mission over a period, as written: `role` may be left out (Chief of Mission).
 *
 * @interface
 */
export type ChiefOfMissionTermInput = Omit<ChiefOfMissionTerm, 'role'> & {
  /** Chief of Mission, or Officer in Charge; Chief of Mission when left out. */
  role?: MissionHeadRole | undefined;
};

/**
 * A public source naming someone as head of the mission at a time, without the dates of the term:
 * "Alejandro Guidi, chef de mission de l'OIM en Equateur". Never used to answer "who was chief on
 * this date".
 */
export const ChiefOfMissionMention = z.object({
  /** The name as the source writes it. */
  name: z.string().trim().min(1).max(300),
  /** The role the source gives. */
  role: MissionHeadRole.default('chief_of_mission'),
  /** `acting` or `ad_interim` when the source says so. */
  interim: InterimKind.optional(),
  /** The form of the title, when the source states it (a Spanish `Jefe`/`Jefa`). */
  grammaticalGender: GrammaticalGender.optional(),
  /** When the source says it, as far as known (`2016-07-15`, `2014-09`, `2009`). */
  attestedOn: PartialDate.optional(),
  /** The sources: at least one. */
  sources: Sources.min(1),
});
/** A source naming someone as head of the mission, without the term's dates (parsed: `role` present). */
export type ChiefOfMissionMention = {
  /** The name as the source writes it. */
  name: string;
  /** The role the source gives. */
  role: MissionHeadRole;
  /** `acting` or `ad_interim` when the source says so. */
  interim?: InterimKind | undefined;
  /** The form of the title, when the source states it (a Spanish `Jefe`/`Jefa`). */
  grammaticalGender?: GrammaticalGender | undefined;
  /** When the source says it, as far as known (`2016-07-15`, `2014-09`, `2009`). */
  attestedOn?: PartialDate | undefined;
  /** The sources: at least one. */
  sources: Sources;
};
/**
 * A source naming someone as head of the mission, as written: `role` may be left out (Chief of Mission).
 *
 * @interface
 */
export type ChiefOfMissionMentionInput = Omit<ChiefOfMissionMention, 'role'> & {
  /** The role the source gives; Chief of Mission when left out. */
  role?: MissionHeadRole | undefined;
};

/** The payload kind id of a country mission. */
export const COUNTRY_MISSION_KIND = 'iom.country-mission';

/**
 * The fields of a country mission, without its whole-record rules: the plain object schema an app can
 * `.extend()`, `.pick()` or `.partial()` (zod refuses to extend a schema that has rules). A payload is
 * checked with {@link CountryMission}, which adds the rules to this shape.
 *
 * @example
 * const MissionWithBudget = CountryMissionShape.extend({ budgetUsd: z.number().nonnegative() });
 */
export const CountryMissionShape = Validity.extend({
  /** `iom.country-mission@1`, optional. */
  $kind: kindField(COUNTRY_MISSION_KIND, 1).optional(),
  /** A stable id: `MISSION_EC`. */
  id: LocalId,
  /** The country (ISO 3166-1 alpha-2). */
  country: CountryCode,
  /** The mission's name: IOM Ecuador, OIM Équateur, OIM Ecuador. */
  name: LocalizedText,
  /** The year IOM established its presence in the country. */
  yearEstablished: z.number().int().min(1951).max(9999).optional(),
  /** The id of the country office in an `@iom/organization` structure (`CO_EC`). */
  unitId: LocalId.optional(),
  /** The main office. */
  mainOffice: MissionOffice,
  /** The sub-offices, each with its dates. */
  subOffices: z.array(MissionOffice).default([]),
  /** The chiefs of mission (and officers in charge) with the dates of their terms. */
  chiefsOfMission: z.array(ChiefOfMissionTerm).default([]),
  /** Sources naming a head of mission without the dates of the term. */
  mentions: z.array(ChiefOfMissionMention).default([]),
  /** How to reach the mission (`ContactPoint` from `@iom/contact`). */
  contactPoints: z.array(ContactPoint).default([]),
  /** Where the facts come from. */
  sources: Sources.optional(),
});

/**
 * IOM's mission in a country (parsed: every list present). It exists from `validFrom`, or else from
 * 1 January of `yearEstablished`, until `validUntil`. An explicit type (not `z.infer`), so that
 * apps using it never instantiate zod's types (`model.test-d.ts` holds it equal to what the schema
 * infers). An object type rather than an interface, so that it still converts to
 * `Record<string, unknown>` as the inferred type did.
 */
export type CountryMissionRecord = {
  /** The first day the fact holds (ISO date); absent when it holds since before any recorded date. */
  validFrom?: IsoDate | undefined;
  /** The last day the fact holds (ISO date, included); absent while it still holds. */
  validUntil?: IsoDate | undefined;
  /** `iom.country-mission@1`, optional. */
  $kind?: 'iom.country-mission@1' | undefined;
  /** A stable id: `MISSION_EC`. */
  id: LocalId;
  /** The country (ISO 3166-1 alpha-2). */
  country: CountryCode;
  /** The mission's name: IOM Ecuador, OIM Équateur, OIM Ecuador. */
  name: LocalizedText;
  /** The year IOM established its presence in the country. */
  yearEstablished?: number | undefined;
  /** The id of the country office in an `@iom/organization` structure (`CO_EC`). */
  unitId?: LocalId | undefined;
  /** The main office. */
  mainOffice: MissionOffice;
  /** The sub-offices, each with its dates. */
  subOffices: MissionOffice[];
  /** The chiefs of mission (and officers in charge) with the dates of their terms. */
  chiefsOfMission: ChiefOfMissionTerm[];
  /** Sources naming a head of mission without the dates of the term. */
  mentions: ChiefOfMissionMention[];
  /** How to reach the mission (`ContactPoint` from `@iom/contact`). */
  contactPoints: ContactPoint[];
  /** Where the facts come from. */
  sources?: Sources | undefined;
};
/**
 * IOM's mission in a country, as written (empty lists may be left out, a head's role too).
 *
 * @interface
 */
export type CountryMissionInput = Validity & {
  /** `iom.country-mission@1`, optional. */
  $kind?: 'iom.country-mission@1' | undefined;
  /** A stable id: `MISSION_EC`. */
  id: LocalId;
  /** The country (ISO 3166-1 alpha-2). */
  country: CountryCode;
  /** The mission's name: IOM Ecuador, OIM Équateur, OIM Ecuador. */
  name: LocalizedText;
  /** The year IOM established its presence in the country. */
  yearEstablished?: number | undefined;
  /** The id of the country office in an `@iom/organization` structure (`CO_EC`). */
  unitId?: LocalId | undefined;
  /** The main office. */
  mainOffice: MissionOffice;
  /** The sub-offices, each with its dates; none when left out. */
  subOffices?: MissionOffice[] | undefined;
  /** The chiefs of mission (and officers in charge) with the dates of their terms; none when left out. */
  chiefsOfMission?: ChiefOfMissionTermInput[] | undefined;
  /** Sources naming a head of mission without the dates of the term; none when left out. */
  mentions?: ChiefOfMissionMentionInput[] | undefined;
  /** How to reach the mission (`ContactPoint` from `@iom/contact`); none when left out. */
  contactPoints?: ContactPoint[] | undefined;
  /** Where the facts come from. */
  sources?: Sources | undefined;
};
