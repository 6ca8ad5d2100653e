// Per-function modules: the date-fns index loads every function at import.
import { addDays } from 'date-fns/addDays';
import { format } from 'date-fns/format';
import { parseISO } from 'date-fns/parseISO';

/** What `nextDay` takes from date-fns, however it is loaded. */
export interface DateFnsApi {
  readonly addDays: typeof addDays;
  readonly format: typeof format;
  readonly parseISO: typeof parseISO;
}

// Imported with the module: what bundlers (the `module` build) and the sources use. The Node build
// takes date-fns.node.ts instead (package.json `imports`, tsup.base.ts).
const api: DateFnsApi = { addDays, format, parseISO };

/** The date-fns functions `nextDay` uses. */
export function dateFns(): DateFnsApi {
  return api;
}
