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
export { formatIssueLines, formatPath } from './format.js';
export type { CliIo, CliOutput } from './io.js';
export { type ArrayElement, type ArrayStructureError, JsonArraySplitter } from './json-array-splitter.js';
export { type JsonSyntaxError, type JsonSyntaxProblem, locateJsonError, positionAt } from './json-location.js';
export { type JsonPathLocation, locateJsonPaths } from './json-path-location.js';
export { type MainOptions, main, USAGE } from './main.js';
export { CLI_MESSAGES } from './messages/index.js';
export { MIGRATE_MESSAGES, type MigrateMessages } from './messages/migrate.js';
export type { CliMessages } from './messages/types.js';
export { OlderVersionNotes } from './migrate/notes.js';
export { MigratedFile } from './migrate/output.js';
export { ProgressBar } from './progress.js';
export {
  type InputFormat,
  type InputRecord,
  type ReadRecordsOptions,
  type RecordBatch,
  readRecordBatches,
  readRecords,
} from './records.js';
