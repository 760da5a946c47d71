import type { RowError } from '../../../../../shared/contacts/transfer-contract';
import { csvLine, UTF8_BOM } from '../../../../../shared/csv/csv-write';

/** Row errors as a CSV a spreadsheet opens (UTF-8 with BOM): Row, Field, Problem. */
export function rowErrorsCsv(errors: readonly RowError[]): string {
  return (
    UTF8_BOM +
    csvLine(['Row', 'Field', 'Problem']) +
    errors.map((error) => csvLine([String(error.row), error.field ?? '', error.message])).join('')
  );
}
