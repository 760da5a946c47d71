import type { ImportPreview } from '../../../../../shared/contacts/transfer-contract';
import { proposeMapping, type TransferField } from '../../../../../shared/contacts/transfer-fields';
import type { CustomFieldDef } from '../../../../../shared/custom-fields/contract';
import { sniffDelimiter } from '../../../../../shared/csv/csv-delimiter';
import { csvRecords } from './csv-records';
import { decodeImportBytes } from './decode-text';
import { ImportFileError } from './import-file-error';
import { isVcard } from './import-source';
import { vcardRecords } from './vcard-read';

export const PREVIEW_ROWS = 5;

/** A card's fields as the preview's columns show them. */
const CARD_FIELDS = [
  'name',
  'companyName',
  'title',
  'phones',
  'emails',
] as const satisfies readonly TransferField[];

/**
 * What the wizard shows before an import: the encoding and delimiter found, the columns with
 * the mapping proposed for them (a column named as a live custom field of `liveFields` fills
 * it), and the first rows. Reads only the start of the file.
 */
export function previewImport(
  bytes: Uint8Array,
  fileName: string,
  liveFields: readonly CustomFieldDef[] = [],
): ImportPreview {
  const { text, encoding } = decodeImportBytes(bytes);
  if (isVcard(text, fileName)) {
    const rows: string[][] = [];
    for (const record of vcardRecords(text)) {
      if (rows.length === PREVIEW_ROWS) break;
      rows.push(CARD_FIELDS.map((field) => [record.draft[field]].flat().join(', ')));
    }
    return {
      fileName,
      format: 'vcard',
      encoding,
      delimiter: null,
      headers: [...CARD_FIELDS],
      mapping: [...CARD_FIELDS],
      rows,
    };
  }
  const delimiter = sniffDelimiter(text);
  const filled: string[][] = [];
  for (const record of csvRecords(text, delimiter)) {
    if (record.cells.every((cell) => cell.trim() === '')) continue;
    filled.push(record.cells);
    if (filled.length > PREVIEW_ROWS) break;
  }
  const [header, ...rows] = filled;
  if (!header) throw new ImportFileError('empty', 'The file is empty.');
  const headers = header.map((cell) => cell.trim());
  return {
    fileName,
    format: 'csv',
    encoding,
    delimiter,
    headers,
    mapping: proposeMapping(headers, liveFields),
    rows,
  };
}
