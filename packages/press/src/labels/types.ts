import type { IssueTemplates, Labels } from '@iom/core';
import type {
  PartnerRoleCode,
  PressIssueCode,
  ReleaseKindCode,
  ReleaseScopeCode,
  SourceFormatCode,
  TopicCode,
} from '../codes.js';

/** Everything `@iom/press` says in one locale: issue messages and the labels of its code lists. */
export interface PressCatalog {
  /** Issue message templates. */
  readonly issues: IssueTemplates<PressIssueCode>;
  /** Kinds of release. */
  readonly kinds: Labels<ReleaseKindCode>;
  /** Release scopes. */
  readonly scopes: Labels<ReleaseScopeCode>;
  /** Partner roles. */
  readonly partnerRoles: Labels<PartnerRoleCode>;
  /** Topics. */
  readonly topics: Labels<TopicCode>;
  /** Source formats. */
  readonly sourceFormats: Labels<SourceFormatCode>;
}
