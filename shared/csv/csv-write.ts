import type { CsvDelimiter } from './csv-delimiter';
import { guardFormula } from './formula-guard';

export const CSV_LINE_END = '\r\n';
export const UTF8_BOM = '\uFEFF';

function quoted(cell: string, delimiter: CsvDelimiter): string {
  const needsQuotes =
    cell.includes(delimiter) ||
    cell.includes('"') ||
    cell.includes('\n') ||
    cell.includes('\r') ||
    cell.trim() !== cell;
  return needsQuotes ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/** One CSV line for a spreadsheet: quoted where needed, formulas neutralised, CRLF at the end. */
export function csvLine(cells: readonly string[], delimiter: CsvDelimiter = ','): string {
  return cells.map((cell) => quoted(guardFormula(cell), delimiter)).join(delimiter) + CSV_LINE_END;
}
