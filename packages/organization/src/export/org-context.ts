/**
 * The address under which {@link ORG_CONTEXT} is referenced when {@link toOrgJsonLd} is asked for
 * `context: 'reference'`. It is a name, not a download location: serve {@link ORG_CONTEXT} for it
 * from a JSON-LD document loader.
 */
export const ORG_CONTEXT_URL = 'urn:iom:jsonld:organization-context:1';

/**
 * The JSON-LD 1.1 context of the ORG export: short terms for the W3C Organization Ontology
 * (`http://www.w3.org/ns/org#`), with SKOS labels, FOAF names, OWL-Time intervals and a few
 * schema.org and Dublin Core terms.
 */
export const ORG_CONTEXT = {
  '@version': 1.1,
  org: 'http://www.w3.org/ns/org#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  foaf: 'http://xmlns.com/foaf/0.1/',
  time: 'http://www.w3.org/2006/time#',
  schema: 'https://schema.org/',
  dcterms: 'http://purl.org/dc/terms/',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  id: '@id',
  type: '@type',
  FormalOrganization: 'org:FormalOrganization',
  OrganizationalUnit: 'org:OrganizationalUnit',
  Post: 'org:Post',
  Role: 'org:Role',
  Membership: 'org:Membership',
  Site: 'org:Site',
  ChangeEvent: 'org:ChangeEvent',
  Person: 'foaf:Person',
  Interval: 'time:Interval',
  Instant: 'time:Instant',
  Concept: 'skos:Concept',
  prefLabel: { '@id': 'skos:prefLabel', '@container': '@language' },
  altLabel: { '@id': 'skos:altLabel', '@container': '@language' },
  notation: 'skos:notation',
  name: 'foaf:name',
  identifier: 'org:identifier',
  classification: { '@id': 'org:classification', '@type': '@id' },
  hasUnit: { '@id': 'org:hasUnit', '@type': '@id' },
  unitOf: { '@id': 'org:unitOf', '@type': '@id' },
  subOrganizationOf: { '@id': 'org:subOrganizationOf', '@type': '@id' },
  hasSubOrganization: { '@id': 'org:hasSubOrganization', '@type': '@id' },
  hasPost: { '@id': 'org:hasPost', '@type': '@id' },
  postIn: { '@id': 'org:postIn', '@type': '@id' },
  heldBy: { '@id': 'org:heldBy', '@type': '@id' },
  holds: { '@id': 'org:holds', '@type': '@id' },
  reportsTo: { '@id': 'org:reportsTo', '@type': '@id' },
  memberOf: { '@id': 'org:memberOf', '@type': '@id' },
  hasMembership: { '@id': 'org:hasMembership', '@type': '@id' },
  member: { '@id': 'org:member', '@type': '@id' },
  organization: { '@id': 'org:organization', '@type': '@id' },
  role: { '@id': 'org:role', '@type': '@id' },
  memberDuring: { '@id': 'org:memberDuring' },
  hasSite: { '@id': 'org:hasSite', '@type': '@id' },
  hasPrimarySite: { '@id': 'org:hasPrimarySite', '@type': '@id' },
  siteOf: { '@id': 'org:siteOf', '@type': '@id' },
  location: 'org:location',
  originalOrganization: { '@id': 'org:originalOrganization', '@type': '@id' },
  resultingOrganization: { '@id': 'org:resultingOrganization', '@type': '@id' },
  changedBy: { '@id': 'org:changedBy', '@type': '@id' },
  resultedFrom: { '@id': 'org:resultedFrom', '@type': '@id' },
  hasBeginning: { '@id': 'time:hasBeginning' },
  hasEnd: { '@id': 'time:hasEnd' },
  inXSDDate: { '@id': 'time:inXSDDate', '@type': 'xsd:date' },
  foundingDate: { '@id': 'schema:foundingDate', '@type': 'xsd:date' },
  dissolutionDate: { '@id': 'schema:dissolutionDate', '@type': 'xsd:date' },
  date: { '@id': 'dcterms:date', '@type': 'xsd:date' },
  source: { '@id': 'dcterms:source', '@type': '@id' },
  addressCountry: 'schema:addressCountry',
} as const;
