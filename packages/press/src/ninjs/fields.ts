/** Where a field of a press release goes in ninjs. */
export interface NinjsField {
  /** The field's path in the release: dotted, `[]` for every element of a list (`quotes[].speaker.name`). */
  readonly path: string;
  /** The ninjs 3.1 property it is written to (2.2 writes it in lowercase; `embargoedUntil` is `embargoed`). */
  readonly property: string;
  /** Which entries of the property, when it holds more than this field (`role main`). */
  readonly entries?: string;
}

/**
 * The fields {@link toNinjs} carries into ninjs, and where: the one list the docs site's model reference
 * reads, and a test holds to what `toNinjs` writes. Fields not listed are not carried (quote texts,
 * speakers' roles, the dateline's date, the source's format).
 */
export const NINJS_FIELDS: readonly NinjsField[] = [
  { path: 'id', property: 'uri' },
  { path: 'kind', property: 'genres', entries: 'literal = the kind' },
  { path: 'scope', property: 'genres', entries: 'literal = scope:global or scope:local' },
  { path: 'language', property: 'language' },
  { path: 'translations', property: 'associations', entries: 'rel translation (3.1)' },
  { path: 'translations[].language', property: 'associations', entries: 'language' },
  { path: 'translations[].id', property: 'associations', entries: 'uri' },
  { path: 'title', property: 'headlines', entries: 'role main' },
  { path: 'subtitle', property: 'headlines', entries: 'role sub' },
  { path: 'summary', property: 'descriptions', entries: 'role summary' },
  { path: 'dateline', property: 'located' },
  { path: 'dateline.place', property: 'located' },
  { path: 'dateline.country', property: 'located' },
  { path: 'publishedAt', property: 'firstCreated' },
  { path: 'updatedAt', property: 'versionCreated' },
  { path: 'embargoUntil', property: 'embargoedUntil' },
  { path: 'body', property: 'bodies', entries: 'text/plain and text/html' },
  { path: 'quotes', property: 'people', entries: 'rel quoted' },
  { path: 'quotes[].speaker.name', property: 'people', entries: 'name, rel quoted' },
  { path: 'countries', property: 'places', entries: 'IPTC iso3166-1a2 URIs' },
  { path: 'missions', property: 'organisations', entries: 'rel iomMission' },
  { path: 'partners', property: 'organisations', entries: 'rel = the role' },
  { path: 'partners[].id', property: 'organisations', entries: 'literal' },
  { path: 'partners[].role', property: 'organisations', entries: 'rel' },
  { path: 'topics', property: 'subjects', entries: 'literal = the topic' },
  { path: 'mediaContacts', property: 'people', entries: 'rel contact, with contactInfo' },
  { path: 'source.url', property: 'altIds', entries: 'role sourceUrl' },
];
