// Builds its formatter on first use: what intlBuiltAtImport must let pass.
let dates: Intl.DateTimeFormat | undefined;

/** Formats a date in French, with a formatter built on the first call. */
export function formatFrench(date: Date): string {
  dates ??= new Intl.DateTimeFormat('fr-FR');
  return dates.format(date);
}
