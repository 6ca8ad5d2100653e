import type { Locale } from '@iom/core';

/** The words of `iom migrate`, and of the note `iom validate` adds about older versions. */
export interface MigrateMessages {
  /** `--to` is missing. */
  readonly needTo: string;
  /** `--out` with standard input. */
  readonly outNeedsFiles: string;
  /** A record migrated, before its changes: `iom.press-release@1 → iom.press-release@2`. */
  readonly migrated: (from: string, to: string) => string;
  /** A record that could not be migrated, before its issues. */
  readonly notMigrated: (to: string) => string;
  /** A step taken, with its title. */
  readonly step: (from: string, to: string, title: string) => string;
  /** The line after a file's records. */
  readonly summary: (records: number, migrated: number, failed: number, dropped: number) => string;
  /** A file of `--out` left unwritten because some of its records could not be migrated. */
  readonly notWritten: (file: string) => string;
  /** A file written with `--out`. */
  readonly written: (file: string) => string;
  /** `iom validate`: valid records of an older version that migrate without loss. */
  readonly migratesCleanly: (count: number, from: string, to: string) => string;
  /** `iom validate`: valid records of an older version that would lose values. */
  readonly wouldLose: (count: number, from: string, to: string) => string;
}

const en: MigrateMessages = {
  needTo: 'iom migrate: give the version to migrate to, such as --to iom.press-release@2',
  outNeedsFiles: 'iom migrate: --out writes files beside the ones read; standard input has none',
  migrated: (from, to) => `${from} → ${to}`,
  notMigrated: (to) => `not migrated to ${to}`,
  step: (from, to, title) => `  ${from} → ${to}: ${title}`,
  summary: (records, migrated, failed, dropped) =>
    `${records} record(s): ${migrated} migrated, ${failed} not migrated${dropped > 0 ? `, ${dropped} value(s) dropped` : ''}`,
  notWritten: (file) => `${file} not written: some records could not be migrated`,
  written: (file) => `wrote ${file}`,
  migratesCleanly: (count, from, to) =>
    `${count} valid record(s) of ${from} migrate to ${to} without loss: iom migrate --to ${to}`,
  wouldLose: (count, from, to) =>
    `${count} valid record(s) of ${from} would lose values migrating to ${to}: iom migrate --to ${to} says which`,
};

const fr: MigrateMessages = {
  needTo: 'iom migrate : indiquez la version visée, par exemple --to iom.press-release@2',
  outNeedsFiles: 'iom migrate : --out écrit des fichiers à côté de ceux lus ; l’entrée standard n’en a pas',
  migrated: (from, to) => `${from} → ${to}`,
  notMigrated: (to) => `non migré vers ${to}`,
  step: (from, to, title) => `  ${from} → ${to} : ${title}`,
  summary: (records, migrated, failed, dropped) =>
    `${records} enregistrement(s) : ${migrated} migré(s), ${failed} non migré(s)${dropped > 0 ? `, ${dropped} valeur(s) abandonnée(s)` : ''}`,
  notWritten: (file) => `${file} non écrit : des enregistrements n’ont pas pu être migrés`,
  written: (file) => `${file} écrit`,
  migratesCleanly: (count, from, to) =>
    `${count} enregistrement(s) valide(s) de ${from} se migrent vers ${to} sans perte : iom migrate --to ${to}`,
  wouldLose: (count, from, to) =>
    `${count} enregistrement(s) valide(s) de ${from} perdraient des valeurs en passant à ${to} : iom migrate --to ${to} dit lesquelles`,
};

const es: MigrateMessages = {
  needTo: 'iom migrate: indique la versión de destino, por ejemplo --to iom.press-release@2',
  outNeedsFiles: 'iom migrate: --out escribe archivos junto a los leídos; la entrada estándar no tiene',
  migrated: (from, to) => `${from} → ${to}`,
  notMigrated: (to) => `no migrado a ${to}`,
  step: (from, to, title) => `  ${from} → ${to}: ${title}`,
  summary: (records, migrated, failed, dropped) =>
    `${records} registro(s): ${migrated} migrado(s), ${failed} no migrado(s)${dropped > 0 ? `, ${dropped} valor(es) descartado(s)` : ''}`,
  notWritten: (file) => `${file} no escrito: algunos registros no se pudieron migrar`,
  written: (file) => `${file} escrito`,
  migratesCleanly: (count, from, to) =>
    `${count} registro(s) válido(s) de ${from} se migran a ${to} sin pérdida: iom migrate --to ${to}`,
  wouldLose: (count, from, to) =>
    `${count} registro(s) válido(s) de ${from} perderían valores al pasar a ${to}: iom migrate --to ${to} indica cuáles`,
};

/** The words of `iom migrate`, per locale. */
export const MIGRATE_MESSAGES: { readonly [L in Locale]: MigrateMessages } = { en, fr, es };
