import { createRequire } from 'node:module';
import type { DateFnsApi } from './date-fns.js';

// The Node build's date-fns: loaded on the first formatDate, not at import. Its format and locales are
// some sixty modules, which Node loads one file at a time (about 30 ms); a bundler reads date-fns.ts.
let api: DateFnsApi | undefined;

/** date-fns and its time-zone companion, for `formatDate`, loaded on first use. */
export function dateFns(): DateFnsApi {
  if (api === undefined) {
    const require = createRequire(import.meta.url);
    api = {
      format: require('date-fns/format').format,
      TZDate: require('@date-fns/tz').TZDate,
      locales: {
        en: require('date-fns/locale/en-GB').enGB,
        fr: require('date-fns/locale/fr').fr,
        es: require('date-fns/locale/es').es,
      },
    };
  }
  return api;
}
