/**
 * Names of the ISO 3166-2 subdivisions, from the maintained `iso-3166` package. They sit behind an
 * entry of their own because the whole table weighs about 60 kB in a browser bundle (min+gzip), while
 * `@iom/core`'s `SubdivisionCode` checks the same codes from a packed list of about 8 kB.
 *
 * @packageDocumentation
 */
export { subdivisionName } from '../subdivision-name.js';
