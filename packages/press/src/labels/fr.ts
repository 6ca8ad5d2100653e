import type { PressCatalog } from './types.js';

/** French labels of `@iom/press`. */
export const fr = {
  kinds: {
    press_release: 'Communiqué de presse',
    news: 'Actualité',
    statement: 'Déclaration',
    press_briefing_note: 'Note d’information pour la presse',
  },
  scopes: { global: 'Global', local: 'Local' },
  partnerRoles: { organiser: 'Organisateur', funder: 'Bailleur de fonds', participant: 'Participant' },
  topics: {
    counter_trafficking: 'Lutte contre la traite',
    return_reintegration: 'Aide au retour volontaire et à la réintégration',
    humanitarian_emergencies: 'Urgences humanitaires',
    resettlement: 'Réinstallation',
    migration_health: 'Migration et santé',
    labour_migration: 'Migration de main-d’œuvre',
    migration_development: 'Migration et développement',
    climate_environment: 'Migration, environnement et changement climatique',
    border_management: 'Gestion des frontières',
    displacement_data: 'Données sur les déplacements (DTM)',
    missing_migrants: 'Migrants disparus',
  },
  sourceFormats: { manual: 'Saisi à la main', legacy_text: 'Ancien texte récupéré du web', ninjs: 'IPTC ninjs' },
} as const satisfies PressCatalog;
