import type { NewsArticle, WithContext } from 'schema-dts';
import { describe, expect, it } from 'vitest';
import { exampleReleases } from '../test/helpers.js';
import { toJsonLd } from './json-ld.js';

const { fr, es } = exampleReleases();

describe('toJsonLd', () => {
  it('writes schema.org NewsArticle JSON-LD that type-checks against schema-dts', () => {
    const article: WithContext<NewsArticle> = toJsonLd({
      ...fr,
      dateline: { place: 'Quito', country: 'EC', date: '2024-06-12' },
      publishedAt: '2024-06-12T08:00:00-05:00',
    });
    expect(article['@type']).toBe('NewsArticle');
    expect(article).toMatchObject({
      '@context': 'https://schema.org',
      '@id': 'urn:iom:press:ec-trinational-trafficking-meeting:fr',
      headline: fr.title,
      inLanguage: 'fr',
      genre: 'Communiqué de presse',
      datePublished: '2024-06-12T08:00:00-05:00',
      dateline: 'Quito, Équateur – 12 juin 2024',
      locationCreated: { '@type': 'Place', name: 'Quito, Équateur', address: { addressCountry: 'EC' } },
      keywords: ['Lutte contre la traite'],
      funder: [
        {
          '@type': 'Organization',
          name: 'Agence des États-Unis pour le développement international',
          alternateName: 'USAID',
        },
      ],
      workTranslation: [
        { '@id': 'urn:iom:press:ec-trinational-trafficking-meeting:en', inLanguage: 'en' },
        { '@id': 'urn:iom:press:ec-trinational-trafficking-meeting:es', inLanguage: 'es' },
      ],
    });
    expect(article.articleBody).toBe(fr.body.join('\n\n'));
  });

  it('names partners, speakers, countries and media contacts in the release’s language', () => {
    const article = toJsonLd(es);
    expect(article.translationOfWork).toEqual({
      '@type': 'NewsArticle',
      '@id': 'urn:iom:press:ec-trinational-trafficking-meeting:fr',
      inLanguage: 'fr',
    });
    expect(article.contentLocation?.map((country) => country.name)).toEqual([
      'Colombia',
      'Ecuador',
      'Perú',
      'Venezuela (República Bolivariana de)',
      'Bélgica',
    ]);
    expect(article.mentions).toContainEqual(
      expect.objectContaining({
        '@type': 'Organization',
        name: 'Organización Internacional del Trabajo',
        alternateName: 'OIT',
      }),
    );
    expect(article.mentions).toContainEqual({
      '@type': 'Person',
      name: 'Alejandro Guidi',
      jobTitle: 'Jefe de Misión de la OIM en Ecuador',
      affiliation: { '@type': 'Organization', name: 'OIM' },
    });
    expect(article.publisher.contactPoint).toEqual([
      {
        '@type': 'ContactPoint',
        contactType: 'media',
        name: 'Nadia Zelisko',
        areaServed: 'OIM Ecuador',
        telephone: '+5932444928',
        email: 'nzelisko@iom.org.ec',
      },
    ]);
    expect(JSON.stringify(article)).not.toContain('undefined');
  });
});
