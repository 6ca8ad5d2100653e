// Builds formatters at import: what intlBuiltAtImport must catch.
export const dates = new Intl.DateTimeFormat('fr-FR');
export const lists = new Intl.ListFormat('es-ES');
