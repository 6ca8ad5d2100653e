/**
 * The parts of `iom validate` that need no Node API, for apps and pages that validate JSON text
 * themselves (the docs site's playground runs them in a browser): reading the records of a JSON
 * document, a JSON array or NDJSON with their lines; locating a syntax error, or an issue's path, at
 * a line and column; the command's messages in English, French and Spanish. `@iom/cli` exports the same.
 *
 * @packageDocumentation
 */
export { formatPath } from '../format.js';
export { type ArrayElement, type ArrayStructureError, JsonArraySplitter } from '../json-array-splitter.js';
export { type JsonSyntaxError, type JsonSyntaxProblem, locateJsonError, positionAt } from '../json-location.js';
export { type JsonPathLocation, locateJsonPaths } from '../json-path-location.js';
export { CLI_MESSAGES } from '../messages/index.js';
export type { CliMessages } from '../messages/types.js';
export {
  type InputFormat,
  type InputRecord,
  type ReadRecordsOptions,
  type RecordBatch,
  readRecordBatches,
  readRecords,
} from '../records.js';
