import type { PressCatalog } from './types.js';

/** English labels of `@iom/press`. */
export const en = {
  kinds: {
    press_release: 'Press release',
    news: 'News',
    statement: 'Statement',
    press_briefing_note: 'Press briefing note',
  },
  scopes: { global: 'Global', local: 'Local' },
  partnerRoles: { organiser: 'Organiser', funder: 'Funder', participant: 'Participant' },
  topics: {
    counter_trafficking: 'Counter-trafficking',
    return_reintegration: 'Assisted voluntary return and reintegration',
    humanitarian_emergencies: 'Humanitarian emergencies',
    resettlement: 'Resettlement',
    migration_health: 'Migration health',
    labour_migration: 'Labour migration',
    migration_development: 'Migration and development',
    climate_environment: 'Migration, environment and climate change',
    border_management: 'Border management',
    displacement_data: 'Displacement data (DTM)',
    missing_migrants: 'Missing migrants',
  },
  sourceFormats: { manual: 'Written by hand', legacy_text: 'Scraped legacy text', ninjs: 'IPTC ninjs' },
} as const satisfies PressCatalog;
