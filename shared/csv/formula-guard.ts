/**
 * Spreadsheets run a cell that starts with = + - @ (or a tab or carriage return before one) as a
 * formula. An export prefixes such a cell with an apostrophe, which spreadsheets show as text;
 * an import takes one apostrophe off again. Cells that already start with apostrophes before
 * such a character get one more, so that the round trip gives back exactly what was stored.
 */
const NEEDS_GUARD = /^'*[=+\-@\t\r]/;
const GUARDED = /^'+[=+\-@\t\r]/;

export const guardFormula = (cell: string): string => (NEEDS_GUARD.test(cell) ? `'${cell}` : cell);

export const unguardFormula = (cell: string): string => (GUARDED.test(cell) ? cell.slice(1) : cell);
