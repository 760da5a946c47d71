/**
 * Text as the full-text index sees it. Han, kana and hangul have no spaces between words,
 * so each such character becomes a token of its own and a query matches them as a phrase:
 * `张伟` finds 张伟 and 张伟明, and `伟` finds both as well.
 */

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const CJK_GLOBAL = new RegExp(CJK.source, 'gu');

const NON_ASCII = /[^\x20-\x7e]/;
const MAY_HOLD_CJK = /[\u2e80-\uffff]/;

export function normalize(text: string): string {
  return (NON_ASCII.test(text) ? text.normalize('NFKC') : text).toLowerCase();
}

const spaceOutCjk = (text: string) => (MAY_HOLD_CJK.test(text) ? text.replace(CJK_GLOBAL, ' $& ') : text);

/** Words of the given fields, joined for the index; CJK characters spaced apart. */
export function indexWords(fields: readonly (string | null | undefined)[]): string {
  return fields
    .filter((field): field is string => !!field)
    .map((field) => spaceOutCjk(normalize(field)))
    .join(' ');
}

/** Words of a query: runs of letters and digits, as the unicode61 tokenizer splits them. */
export function queryWords(query: string): string[] {
  return normalize(query).match(/[\p{L}\p{N}\p{M}]+/gu) ?? [];
}

type Prefixes = 'none' | 'last' | 'all';

function term(word: string, prefix: boolean): string {
  if (!CJK.test(word)) return prefix ? `"${word}"*` : `"${word}"`;
  const spaced = spaceOutCjk(word).trim().split(/\s+/);
  // A CJK run is a phrase of single-character tokens; only a trailing Latin part ("王xiao")
  // can be an unfinished word.
  return prefix && !CJK.test(spaced.at(-1)!) ? `"${spaced.join(' ')}"*` : `"${spaced.join(' ')}"`;
}

/**
 * FTS5 MATCH expressions for a query, cheapest first: whole words; then the last word as a
 * prefix (the word being typed); then every word as a prefix (`zha wei` finds "Zhang Wei").
 * A prefix longer than the index's prefix lengths makes FTS5 merge every matching term, so the
 * search runs the next expression only while it still lacks results. Every word is quoted:
 * no operator of the user's reaches FTS5. Empty when the query holds nothing searchable.
 */
export function ftsQueries(query: string): string[] {
  const words = queryWords(query);
  if (words.length === 0) return [];
  const expression = (prefixes: Prefixes) =>
    words
      .map((word, i) => term(word, prefixes === 'all' || (prefixes === 'last' && i === words.length - 1)))
      .join(' AND ');
  return [...new Set([expression('none'), expression('last'), expression('all')])];
}

/** Sort key of a name: case and width folded, so lists sort the way people read them. */
export function sortKey(name: string): string {
  return normalize(name).trim();
}
