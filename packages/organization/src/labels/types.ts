import type { Labels } from '@iom/core';
import type { FigureMeasure, InterimKind, PostKind, UnitKind } from '../codes.js';
import type { GenderedText } from '../gender.js';

/** The labels of `@iom/organization` in one locale; a missing entry fails to compile. */
export interface OrganizationLabels {
  /** The name of each unit kind. */
  readonly unitKinds: Labels<UnitKind>;
  /** The title of each post kind, with its gendered forms where the language has them. */
  readonly postKinds: { readonly [K in PostKind]: GenderedText };
  /** How an interim title is written; `{title}` is the title. */
  readonly interim: { readonly [K in InterimKind]: GenderedText };
  /** The name of each dated figure. */
  readonly figures: Labels<FigureMeasure>;
}
