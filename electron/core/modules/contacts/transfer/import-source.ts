import type { RowError } from '../../../../../shared/contacts/transfer-contract';
import {
  customTargetId,
  isCustomTarget,
  proposeMapping,
  type ImportTarget,
} from '../../../../../shared/contacts/transfer-fields';
import type { CustomFieldDef } from '../../../../../shared/custom-fields/contract';
import { contactDraftFromCells } from './csv-cells';
import { sniffDelimiter, type CsvDelimiter } from '../../../../../shared/csv/csv-delimiter';
import { csvRecords, type CsvRecord } from './csv-records';
import { mappingFromColumnMap, type ColumnMap } from './column-map';
import { decodeImportBytes, type TextEncoding } from './decode-text';
import { ImportFileError } from './import-file-error';
import type { ImportRecord } from './import-record';
import { vcardRecords } from './vcard-read';

interface SourceBase {
  encoding: TextEncoding;
  /** Length of the decoded text; records' `end` counts towards it. */
  size: number;
  records(): Generator<ImportRecord>;
  /** The custom fields the file's columns fill, by id. */
  customFields: ReadonlyMap<string, CustomFieldDef>;
}

export interface CsvSource extends SourceBase {
  format: 'csv';
  delimiter: CsvDelimiter;
  headers: string[];
  /** The field each column fills; null leaves it out. */
  mapping: (ImportTarget | null)[];
}

export interface VcardSource extends SourceBase {
  format: 'vcard';
}

export type ImportSource = CsvSource | VcardSource;

const isBlank = (record: CsvRecord) => record.cells.every((cell) => cell.trim() === '');
const mapsName = (mapping: readonly (ImportTarget | null)[]) =>
  mapping.some((field) => field === 'name' || field === 'firstName' || field === 'lastName');

function* csvImportRecords(
  records: Iterator<CsvRecord>,
  headerCount: number,
  mapping: readonly (ImportTarget | null)[],
): Generator<ImportRecord> {
  for (let next = records.next(); !next.done; next = records.next()) {
    const record = next.value;
    if (isBlank(record)) continue;
    const { row, cells } = record;
    const errors: RowError[] = [];
    if (record.unterminated) {
      errors.push({
        row,
        field: null,
        message: 'a quoted cell has no closing quote; the rest of the file is in it',
      });
    }
    if (cells.slice(headerCount).some((cell) => cell.trim() !== '')) {
      errors.push({
        row,
        field: null,
        message: `the row has ${cells.length} cells but the header has ${headerCount}`,
      });
    }
    yield { row, draft: contactDraftFromCells(cells, mapping), errors, end: record.end };
  }
}

/** Columns named by header (the command line), or each column's field in order (the wizard). */
export type ColumnChoice = ColumnMap | readonly (ImportTarget | null)[];

function chosenMapping(headers: readonly string[], choice: ColumnChoice): (ImportTarget | null)[] {
  if (!Array.isArray(choice)) return mappingFromColumnMap(headers, choice as ColumnMap);
  if (choice.length !== headers.length) {
    throw new ImportFileError(
      'wrong-mapping',
      `The mapping names ${choice.length} columns but the file has ${headers.length}; preview the file again.`,
    );
  }
  return [...choice];
}

/** The live fields the mapping fills, by id; a mapping naming any other field is refused. */
function mappedCustomFields(
  mapping: readonly (ImportTarget | null)[],
  liveFields: readonly CustomFieldDef[],
): Map<string, CustomFieldDef> {
  const fields = new Map<string, CustomFieldDef>();
  for (const target of mapping) {
    if (target === null || !isCustomTarget(target)) continue;
    const field = liveFields.find((def) => def.id === customTargetId(target));
    if (!field) {
      throw new ImportFileError(
        'wrong-mapping',
        `No contact field in use is ${target}; it may have been archived. Map the column again.`,
      );
    }
    fields.set(String(field.id), field);
  }
  return fields;
}

function openCsv(
  text: string,
  encoding: TextEncoding,
  columnMap: ColumnChoice | null,
  liveFields: readonly CustomFieldDef[],
): CsvSource {
  const delimiter = sniffDelimiter(text);
  const records = csvRecords(text, delimiter);
  let header = records.next();
  while (!header.done && isBlank(header.value)) header = records.next();
  if (header.done) throw new ImportFileError('empty', 'The file is empty.');
  const headers = header.value.cells.map((cell) => cell.trim());
  const mapping = columnMap ? chosenMapping(headers, columnMap) : proposeMapping(headers, liveFields);
  const customFields = mappedCustomFields(mapping, liveFields);
  if (!mapsName(mapping)) {
    throw new ImportFileError(
      'no-name-column',
      `No column holds the contact's name; name one "Name" (or 姓名), or map one to name. Columns: ${headers.join(', ')}.`,
    );
  }
  let used = false;
  return {
    format: 'csv',
    encoding,
    size: text.length,
    delimiter,
    headers,
    mapping,
    customFields,
    records() {
      // The header was read from the one parser there is; its rows can be walked once.
      if (used) throw new Error('the rows of an import source are read once');
      used = true;
      return csvImportRecords(records, headers.length, mapping);
    },
  };
}

const VCARD_START = /^\s*BEGIN:VCARD/i;

/** A vCard file, by its name or its first line. */
export const isVcard = (text: string, fileName: string): boolean =>
  /\.(vcf|vcard)$/i.test(fileName) || VCARD_START.test(text);

/**
 * An import file opened: decoded, its format told by its name or its first line, a CSV's
 * delimiter and header read and its columns mapped (by `columnMap`, or as the wizard proposes);
 * `liveFields` are the contacts' custom fields in use, which columns may fill.
 * Rows are read lazily by `records()`; the text itself is held whole.
 */
export function openImportSource(
  bytes: Uint8Array,
  fileName: string,
  columnMap: ColumnChoice | null = null,
  liveFields: readonly CustomFieldDef[] = [],
): ImportSource {
  const { text, encoding } = decodeImportBytes(bytes);
  if (isVcard(text, fileName)) {
    return {
      format: 'vcard',
      encoding,
      size: text.length,
      customFields: new Map(),
      records: () => vcardRecords(text),
    };
  }
  return openCsv(text, encoding, columnMap, liveFields);
}
