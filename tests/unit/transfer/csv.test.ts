import { describe, expect, test } from 'vitest';
import { sniffDelimiter } from '../../../shared/csv/csv-delimiter';
import { csvRecords } from '../../../electron/core/modules/contacts/transfer/csv-records';
import { csvLine } from '../../../shared/csv/csv-write';
import { guardFormula, unguardFormula } from '../../../shared/csv/formula-guard';

const cellsOf = (text: string, delimiter: ',' | ';' | '\t' | '|' = ',') =>
  [...csvRecords(text, delimiter)].map((record) => record.cells);

describe('delimiter', () => {
  test.each([
    ['comma', 'Name,Company,Phone\nAnn,Acme,123\n', ','],
    ['semicolon (European Excel)', 'Name;Company;Phone\nAnn;"Acme, Inc.";123\n', ';'],
    ['tab', 'Name\tCompany\tNotes\nAnn\tAcme\t"a, b; c"\n', '\t'],
    ['pipe', 'Name|Company\nAnn|Acme\n', '|'],
  ] as const)('%s', (_, text, delimiter) => {
    expect(sniffDelimiter(text)).toBe(delimiter);
  });

  test('delimiters inside quotes do not count, even over several lines', () => {
    expect(sniffDelimiter('Name;Notes\n"Ann";"one, two,\nthree, four, five"\nBob;x\n')).toBe(';');
  });

  test('a single column gets a comma', () => {
    expect(sniffDelimiter('Name\nAnn\nBob\n')).toBe(',');
  });
});

describe('records', () => {
  test('quoted cells hold delimiters, doubled quotes and line breaks (LF and CRLF)', () => {
    const text = 'Name,Notes\r\n"Ann ""Nan"" Lee","first line\r\nsecond, with comma"\r\nBob,"a\nb"\r\n';
    expect(cellsOf(text)).toEqual([
      ['Name', 'Notes'],
      ['Ann "Nan" Lee', 'first line\r\nsecond, with comma'],
      ['Bob', 'a\nb'],
    ]);
  });

  test('row numbers count records, not lines; the last line needs no line break', () => {
    const records = [...csvRecords('a,b\n"x\ny",1\nz,2', ',')];
    expect(records.map((r) => [r.row, r.cells])).toEqual([
      [1, ['a', 'b']],
      [2, ['x\ny', '1']],
      [3, ['z', '2']],
    ]);
    expect(records.at(-1)!.end).toBe('a,b\n"x\ny",1\nz,2'.length);
  });

  test('empty cells, trailing delimiters and blank lines', () => {
    expect(cellsOf('a,,c,\n\n,\n')).toEqual([['a', '', 'c', ''], [''], ['', '']]);
  });

  test('a missing closing quote takes the rest of the file and is flagged', () => {
    const records = [...csvRecords('a,b\n"open,1\nnext,2\n', ',')];
    expect(records[1]).toMatchObject({ cells: ['open,1\nnext,2\n'], unterminated: true });
  });

  test('sloppy quoting is kept as text', () => {
    expect(cellsOf('say "hi",x\n"quoted"tail,y\n')).toEqual([
      ['say "hi"', 'x'],
      ['quotedtail', 'y'],
    ]);
  });
});

describe('writing CSV for spreadsheets', () => {
  test('quotes where needed and ends lines with CRLF', () => {
    expect(csvLine(['plain', 'a,b', 'say "hi"', 'two\nlines', ' padded', ''])).toBe(
      'plain,"a,b","say ""hi""","two\nlines"," padded",\r\n',
    );
  });

  test('cells a spreadsheet would run as formulas are neutralised', () => {
    expect(csvLine(['=HYPERLINK("http://evil")', '+1 555', '-2', '@SUM(A1)', '\tx', '\r=1', 'a=b'])).toBe(
      `"'=HYPERLINK(""http://evil"")",'+1 555,'-2,'@SUM(A1),'\tx,"'\r=1",a=b\r\n`,
    );
  });

  test('the guard comes off on import and the round trip keeps every value', () => {
    for (const value of ['=1+1', '+86 138', "'=already quoted", "''+two", "'plain", 'plain', '-', '']) {
      expect(unguardFormula(guardFormula(value))).toBe(value);
    }
    expect(cellsOf(csvLine(['=1', "'=x"]))[0]!.map(unguardFormula)).toEqual(['=1', "'=x"]);
  });
});
