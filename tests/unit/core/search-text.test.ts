import { describe, expect, test } from 'vitest';
import { ftsQueries, indexWords } from '../../../electron/core/modules/contacts/search-text';

describe('full-text query expressions', () => {
  test('whole words come first, then the word being typed as a prefix, then every word as a prefix', () => {
    expect(ftsQueries('Zhang Wei')).toEqual([
      '"zhang" AND "wei"',
      '"zhang" AND "wei"*',
      '"zhang"* AND "wei"*',
    ]);
  });

  test('a single word gives its whole form and its prefix form once each', () => {
    expect(ftsQueries('smith')).toEqual(['"smith"', '"smith"*']);
  });

  test('a CJK run is a phrase of single characters and never a prefix', () => {
    expect(ftsQueries('张伟')).toEqual(['"张 伟"']);
    expect(ftsQueries('王xiao')).toEqual(['"王 xiao"', '"王 xiao"*']);
  });

  test('operators and quotes of the user never reach FTS5', () => {
    expect(ftsQueries('a" OR b* NEAR(c)')).toEqual([
      '"a" AND "or" AND "b" AND "near" AND "c"',
      '"a" AND "or" AND "b" AND "near" AND "c"*',
      '"a"* AND "or"* AND "b"* AND "near"* AND "c"*',
    ]);
    expect(ftsQueries('*** ()')).toEqual([]);
  });

  test('indexed words space CJK characters apart and fold case and width', () => {
    expect(indexWords(['张伟明', 'ＡＢＣ Co', null])).toBe(' 张  伟  明  abc co');
  });
});
