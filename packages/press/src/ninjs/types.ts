/** The ninjs versions {@link toNinjs} writes and `fromNinjs` reads best. */
export type NinjsVersion = '2.2' | '3.1';

/** A ninjs document: a JSON object whose only required property is `uri`. */
export interface NinjsDocument {
  /** The document's identifier. */
  readonly uri: string;
  /** Every other ninjs property. */
  readonly [property: string]: unknown;
}

/** The URIs of the official IPTC JSON Schemas of each version. */
export const NINJS_SCHEMA_URIS: { readonly [V in NinjsVersion]: string } = {
  '2.2': 'http://www.iptc.org/std/ninjs/ninjs-schema_2.2.json#',
  '3.1': 'http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#',
};
