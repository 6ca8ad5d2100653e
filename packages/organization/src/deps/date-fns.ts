// Per-function modules: the date-fns index loads every function at import.
import { addDays } from 'date-fns/addDays';
import { lightFormat } from 'date-fns/lightFormat';

/** What `nextDay` takes from date-fns, however it is loaded. */
export interface DateFnsApi {
  readonly addDays: typeof addDays;
  readonly lightFormat: typeof lightFormat;
}

// Imported with the module: what bundlers (the `module` build) and the sources use. The Node build
// takes date-fns.node.ts instead (package.json `imports`, tsup.base.ts).
// lightFormat, not format: format brings date-fns's locale machinery into every bundle of a structure's
// schema, whose rules ask for the day after a date.
const api: DateFnsApi = { addDays, lightFormat };

/** The date-fns functions `nextDay` uses. */
export function dateFns(): DateFnsApi {
  return api;
}
