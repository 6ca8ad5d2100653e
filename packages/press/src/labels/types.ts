import type { Labels } from '@iom/core';
import type { PartnerRoleCode, ReleaseKindCode, ReleaseScopeCode, SourceFormatCode, TopicCode } from '../codes.js';

/** The labels of `@iom/press`'s code lists in one locale (its issue messages are in `messages/`). */
export interface PressCatalog {
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
