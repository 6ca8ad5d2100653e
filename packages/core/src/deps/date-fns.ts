import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns/format';
import type { Locale as DateFnsLocale } from 'date-fns/locale';
// One module per locale: the `date-fns/locale` index loads all ninety-odd locales (about 300 ms at import).
import { enGB } from 'date-fns/locale/en-GB';
import { es } from 'date-fns/locale/es';
import { fr } from 'date-fns/locale/fr';
import type { Locale } from '../locale.js';

/** What `formatDate` takes from date-fns and @date-fns/tz, however they are loaded. */
export interface DateFnsApi {
  readonly format: typeof format;
  readonly TZDate: typeof TZDate;
  /** The date-fns locale of each language (English in the UN's British style). */
  readonly locales: { readonly [L in Locale]: DateFnsLocale };
}

// Imported with the module: what bundlers (the `module` build) and the sources use. The Node build
// takes date-fns.node.ts instead (package.json `imports`, tsup.base.ts).
const api: DateFnsApi = { format, TZDate, locales: { en: enGB, fr, es } };

/** date-fns and its time-zone companion, for `formatDate`. */
export function dateFns(): DateFnsApi {
  return api;
}
