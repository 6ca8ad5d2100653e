export { intlBuiltAtImport } from './import-work.js';
export type { LinearityMeasure, LinearityOptions } from './linear-time.js';
export { expectLinearTime, measureLinearity, timePerCall } from './linear-time.js';
export type { Flat, Mutual } from './types.js';
