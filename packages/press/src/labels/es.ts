import type { PressCatalog } from './types.js';

/** Spanish labels of `@iom/press`. */
export const es = {
  kinds: {
    press_release: 'Comunicado de prensa',
    news: 'Noticia',
    statement: 'Declaración',
    press_briefing_note: 'Nota informativa para la prensa',
  },
  scopes: { global: 'Global', local: 'Local' },
  partnerRoles: { organiser: 'Organizador', funder: 'Financiador', participant: 'Participante' },
  topics: {
    counter_trafficking: 'Lucha contra la trata',
    return_reintegration: 'Retorno voluntario asistido y reintegración',
    humanitarian_emergencies: 'Emergencias humanitarias',
    resettlement: 'Reasentamiento',
    migration_health: 'Migración y salud',
    labour_migration: 'Migración laboral',
    migration_development: 'Migración y desarrollo',
    climate_environment: 'Migración, medio ambiente y cambio climático',
    border_management: 'Gestión de fronteras',
    displacement_data: 'Datos sobre desplazamientos (DTM)',
    missing_migrants: 'Migrantes desaparecidos',
  },
  sourceFormats: { manual: 'Escrito a mano', legacy_text: 'Texto antiguo extraído de la web', ninjs: 'IPTC ninjs' },
} as const satisfies PressCatalog;
