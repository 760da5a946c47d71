import {
  isCustomTarget,
  isTransferField,
  TRANSFER_FIELDS,
  type ImportTarget,
} from '../../../../../shared/contacts/transfer-fields';
import { ImportFileError } from './import-file-error';

/** Columns named by the user: header → field (`custom.12` for a custom field); `Header=` leaves a column out. */
export type ColumnMap = ReadonlyMap<string, ImportTarget | null>;

const sameHeader = (a: string) => a.normalize('NFKC').trim().toLowerCase();

/** Reads `Header=field,Other header=field`; throws an Error whose message says what is wrong. */
export function parseColumnMap(text: string): ColumnMap {
  const map = new Map<string, ImportTarget | null>();
  for (const item of text.split(',')) {
    if (item.trim() === '') continue;
    const equals = item.lastIndexOf('=');
    if (equals <= 0) throw new Error(`"${item.trim()}" is not Header=field`);
    const header = item.slice(0, equals).trim();
    const field = item.slice(equals + 1).trim();
    if (field !== '' && !isTransferField(field) && !isCustomTarget(field)) {
      throw new Error(
        `"${field}" is not a contact field; fields are ${TRANSFER_FIELDS.join(', ')} and custom.<id>`,
      );
    }
    if ([...map.keys()].some((known) => sameHeader(known) === sameHeader(header))) {
      throw new Error(`column "${header}" is mapped twice`);
    }
    map.set(header, field === '' ? null : field);
  }
  if (map.size === 0) throw new Error('names no column');
  return map;
}

/** The field of each column by the user's map; the file's columns it does not name are left out. */
export function mappingFromColumnMap(headers: readonly string[], map: ColumnMap): (ImportTarget | null)[] {
  const keys = headers.map(sameHeader);
  for (const header of map.keys()) {
    if (!keys.includes(sameHeader(header))) {
      throw new ImportFileError(
        'unknown-column',
        `The file has no column "${header}"; its columns are ${headers.join(', ')}.`,
      );
    }
  }
  const byKey = new Map([...map].map(([header, field]) => [sameHeader(header), field]));
  return keys.map((key) => byKey.get(key) ?? null);
}
