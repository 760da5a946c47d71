import type { CsvDelimiter } from '../../../../../shared/csv/csv-delimiter';

export interface CsvRecord {
  cells: string[];
  /** 1-based, counting records (not lines: a quoted cell may hold line breaks). */
  row: number;
  /** Where the record ends in the text, for progress. */
  end: number;
  /** A quoted cell ran to the end of the file without its closing quote. */
  unterminated: boolean;
}

const QUOTE = 34;
const CR = 13;
const LF = 10;

/**
 * The records of CSV text, one at a time: RFC 4180 quoting (a doubled quote inside quotes),
 * cells that may hold delimiters and CRLF or LF line breaks. Lenient where files are sloppy:
 * a quote inside an unquoted cell is kept as text, and text after a closing quote is appended.
 */
export function* csvRecords(text: string, delimiter: CsvDelimiter): Generator<CsvRecord> {
  const separator = delimiter.charCodeAt(0);
  const length = text.length;
  let position = 0;
  let row = 0;
  while (position < length) {
    const cells: string[] = [];
    let unterminated = false;
    let recordDone = false;
    while (!recordDone) {
      let cell = '';
      if (text.charCodeAt(position) === QUOTE) {
        position++;
        for (;;) {
          const close = text.indexOf('"', position);
          if (close === -1) {
            cell += text.slice(position);
            position = length;
            unterminated = true;
            break;
          }
          cell += text.slice(position, close);
          position = close + 1;
          if (text.charCodeAt(position) !== QUOTE) break;
          cell += '"';
          position++;
        }
      }
      const start = position;
      while (position < length) {
        const code = text.charCodeAt(position);
        if (code === separator || code === LF || code === CR) break;
        position++;
      }
      cell += text.slice(start, position);
      cells.push(cell);
      const code = text.charCodeAt(position);
      position++;
      if (code === separator) continue;
      if (code === CR && text.charCodeAt(position) === LF) position++;
      recordDone = true;
    }
    row++;
    yield { cells, row, end: Math.min(position, length), unterminated };
  }
}
