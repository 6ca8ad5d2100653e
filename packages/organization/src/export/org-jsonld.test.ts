import jsonld from 'jsonld';
import { describe, expect, it } from 'vitest';
import { iomStructure } from '../data/index.js';
import { ORG_CONTEXT, ORG_CONTEXT_URL } from './org-context.js';
import { toOrgJsonLd } from './org-jsonld.js';

const ORG = 'http://www.w3.org/ns/org#';
const TIME = 'http://www.w3.org/2006/time#';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';

/** Serves the package's context and nothing else: the test never goes online. */
const documentLoader = async (url: string) => {
  if (url === ORG_CONTEXT_URL)
    return { contextUrl: undefined, documentUrl: url, document: { '@context': ORG_CONTEXT } };
  throw new Error(`offline test: refusing to load ${url}`);
};

async function quads(doc: object): Promise<Set<string>> {
  const nquads = (await jsonld.toRDF(doc as jsonld.JsonLdDocument, {
    format: 'application/n-quads',
    documentLoader: documentLoader as never,
  })) as unknown as string;
  return new Set(nquads.split('\n').filter((line) => line.length > 0));
}

describe('toOrgJsonLd', () => {
  it('expands with the context served offline into the ORG triples expected', async () => {
    const doc = toOrgJsonLd(iomStructure, { context: 'reference' });
    expect(doc['@context']).toBe(ORG_CONTEXT_URL);
    const expanded = await jsonld.expand(doc as never, { documentLoader: documentLoader as never });
    expect(expanded.length).toBeGreaterThan(50);

    const triples = await quads(doc);
    const has = (s: string, p: string, o: string) => triples.has(`<${s}> <${p}> ${o} .`);
    const unit = (id: string) => `urn:iom:unit:${id}`;
    expect(has(unit('CO_EC'), `${ORG}subOrganizationOf`, `<${unit('RO_PTY')}>`)).toBe(true);
    expect(has(unit('CO_EC'), `${ORG}subOrganizationOf`, `<${unit('RO_BUE')}>`)).toBe(true);
    expect(has(unit('RO_PTY'), `${ORG}hasSubOrganization`, `<${unit('CO_EC')}>`)).toBe(true);
    expect(has(unit('ODG'), `${ORG}unitOf`, '<urn:iom:org:IOM>')).toBe(true);
    expect(has('urn:iom:org:IOM', `${ORG}hasUnit`, `<${unit('OCOS')}>`)).toBe(true);
    expect(has('urn:iom:post:DG', RDF_TYPE, `<${ORG}Post>`)).toBe(true);
    expect(has('urn:iom:post:DG', `${ORG}postIn`, `<${unit('ODG')}>`)).toBe(true);
    expect(has('urn:iom:person:amy-pope', `${ORG}holds`, '<urn:iom:post:DG>')).toBe(true);
    expect(has('urn:iom:person:amy-pope', `${ORG}memberOf`, `<${unit('ODG')}>`)).toBe(true);
    expect(has('urn:iom:post:DG', `${ORG}heldBy`, '<urn:iom:person:amy-pope>')).toBe(true);
    expect(has('urn:iom:membership:DG-pope', `${ORG}member`, '<urn:iom:person:amy-pope>')).toBe(true);
    expect(
      has(unit('RO_PTY'), 'http://www.w3.org/2004/02/skos/core#prefLabel', '"Bureau régional pour les Amériques"@fr'),
    ).toBe(true);

    // The membership interval: org:memberDuring → time:Interval with dated beginning and end.
    const during = [...triples].filter(
      (t) => t.startsWith('<urn:iom:membership:DG-vitorino>') && t.includes(`${ORG}memberDuring`),
    );
    expect(during).toHaveLength(1);
    const interval = during[0]?.split(' ')[2] ?? '';
    expect(triples.has(`${interval} <${RDF_TYPE}> <${TIME}Interval> .`)).toBe(true);
    const dates = [...triples].filter((t) => t.includes(`${TIME}inXSDDate`)).join('\n');
    expect(dates).toContain('"2018-10-01"^^<http://www.w3.org/2001/XMLSchema#date>');
    expect(dates).toContain('"2023-09-30"^^<http://www.w3.org/2001/XMLSchema#date>');

    // The 2024 merger as an org:ChangeEvent.
    expect(has('urn:iom:change:RO_PTY', `${ORG}originalOrganization`, `<${unit('RO_SJO')}>`)).toBe(true);
    expect(has('urn:iom:change:RO_PTY', `${ORG}resultingOrganization`, `<${unit('RO_PTY')}>`)).toBe(true);
  });

  it('gives a strict tree in a snapshot, and the same triples inline or by reference', async () => {
    const snapshot = toOrgJsonLd(iomStructure, { at: '2020-01-01' });
    const ecuador = snapshot['@graph'].find((node) => node.id === 'urn:iom:unit:CO_EC');
    expect(ecuador?.subOrganizationOf).toEqual(['urn:iom:unit:RO_BUE']);
    expect(snapshot['@graph'].some((node) => node.id === 'urn:iom:unit:RO_PTY')).toBe(false);
    const inline = await quads(toOrgJsonLd(iomStructure));
    const referenced = await quads(toOrgJsonLd(iomStructure, { context: 'reference' }));
    expect(inline).toEqual(referenced);
  });
});
