/**
 * IOM's own structure as data, with the public source of each fact: import it from
 * `@iom/organization/data` so that the main entry point stays small.
 *
 * @packageDocumentation
 */
export { iomFigures, iomStructure } from './iom-structure.js';
