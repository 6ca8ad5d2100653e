import { createRequire } from 'node:module';
import type { DateFnsApi } from './date-fns.js';

// The Node build's date-fns: loaded on the first `nextDay`, not at import. date-fns is many small
// modules, which Node loads one file at a time; a bundler reads date-fns.ts.
let api: DateFnsApi | undefined;

/** The date-fns functions `nextDay` uses, loaded on first use. */
export function dateFns(): DateFnsApi {
  if (api === undefined) {
    const require = createRequire(import.meta.url);
    api = {
      addDays: require('date-fns/addDays').addDays,
      lightFormat: require('date-fns/lightFormat').lightFormat,
    };
  }
  return api;
}
