/**
 * The `iom` command as a library: {@link main} runs it on injected streams, and the pieces it is
 * made of (package discovery, streaming record reader) are exported for apps that want them.
 *
 * @packageDocumentation
 */
export {
  type MigrateCommandOptions,
  type MigrateRecordResult,
  migrateCommand,
} from './commands/migrate.js';
export { type RecordResult, type ValidateOptions, validateCommand } from './commands/validate.js';
export { type CommandContext, createContext, UsageError } from './context.js';
export { readConverterOptions } from './converter-options.js';
export {
  type CodeList,
  codeListName,
  DOMAIN_PACKAGES,
  type FoundConverter,
  type FoundKind,
  findCodeLists,
  findConverters,
  findKinds,
  isConverterDescriptor,
  isLabelCatalog,
  isPayloadKind,
  type LoadedPackage,
  loadPackages,
  type SkippedPackage,
} from './discover.js';
// What needs no Node API (the records reader, locations, messages), as the `@iom/cli/records` entry has it.
export * from './entry/records.js';
export { formatIssueLines } from './format.js';
export type { CliIo, CliOutput } from './io.js';
export { type MainOptions, main, USAGE } from './main.js';
export { MIGRATE_MESSAGES, type MigrateMessages } from './messages/migrate.js';
export { type OlderVersionCount, OlderVersionNotes } from './migrate/notes.js';
export { MigratedFile } from './migrate/output.js';
export type { ParallelSettings } from './parallel/batch-runner.js';
export { ProgressBar } from './progress.js';
