import type { CountryCode, PartialDate } from '@iom/core';
import type { CaseStatus, DataSource } from './codes.js';
import type {
  Assistance,
  Consent,
  Control,
  Exploitation,
  Movement,
  Perpetrator,
  Person,
  Recruitment,
  VictimContext,
} from './model.js';
import type { PersonV1 } from './schema-v1.js';

/**
 * The fields of a trafficking case record: the type `TraffickingCase`, declared apart from the schema
 * so that the cross-field rules and derivations can name it without importing the schema that runs them
 * (no import cycle). Docs show it in place of its name.
 *
 * @inline
 */
export type TraffickingCaseRecord = {
  /** `iom.trafficking-case@2`, optional. */
  $kind?: 'iom.trafficking-case@2' | undefined;
  /** The case id in the case management system. */
  id?: string | undefined;
  /** CTDC: the kind of source (case management or hotline). */
  dataSource?: DataSource | undefined;
  /** When the victim was registered, identified or assisted, as given. */
  registrationDate?: PartialDate | undefined;
  /** The country where the person was identified or assisted (CTDC's proxy for country of exploitation). */
  identificationCountry?: CountryCode | undefined;
  /** Case status (`cas_Status`). */
  status?: CaseStatus | undefined;
  /** Reason for closing the case, free text (`cas_ReasonForCaseClosure`). */
  closureReason?: string | undefined;
  /** The case worker who owns the case (`cas_CaseOwner`). */
  owner?: string | undefined;
  /** The victim. */
  person?: Person | undefined;
  /** The victim context. */
  victim?: VictimContext | undefined;
  /** Exploitation. */
  exploitation?: Exploitation | undefined;
  /** Recruitment. */
  recruitment?: Recruitment | undefined;
  /** Means of control. */
  control?: Control | undefined;
  /** Movement. */
  movement?: Movement | undefined;
  /** Assistance and referrals. */
  assistance?: Assistance | undefined;
  /** Perpetrators. */
  perpetrators?: Perpetrator[] | undefined;
  /** Consent. */
  consent?: Consent | undefined;
  /** Fields (see the classification table) the source never collects: distinct from an unknown answer. */
  notCollected?: string[] | undefined;
};

/**
 * The fields of a trafficking case record of version 1 (`iom.trafficking-case@1`): the type
 * `TraffickingCaseV1`, declared here for the reason given above. Those of version 2, but the person's
 * mailing address.
 *
 * @inline
 */
export type TraffickingCaseV1Record = Omit<TraffickingCaseRecord, '$kind' | 'person'> & {
  /** `iom.trafficking-case@1`, optional. */
  $kind?: 'iom.trafficking-case@1' | undefined;
  /** The victim. */
  person?: PersonV1 | undefined;
};

/**
 * A trafficking case record of either version of the kind (`TraffickingCase` or `TraffickingCaseV1`): what
 * the cross-field rules, the derivations, the exports and the privacy functions take, so that records
 * stored before version 2 are read, exported and redacted as well.
 */
export type TraffickingCaseAnyVersion = TraffickingCaseRecord | TraffickingCaseV1Record;
