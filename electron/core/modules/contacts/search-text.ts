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
function queryWords(query: string): string[] {
  return normalize(query).match(/[\p{L}\p{N}\p{M}]+/gu) ?? [];
}

/**
 * An FTS5 MATCH expression that can hold no operator of the user's: every word is quoted.
 * Latin words match as prefixes (`zha wei` finds "Zhang Wei"); a CJK run matches as a phrase.
 * Returns null when the query holds nothing searchable.
 */
export function ftsQuery(query: string): string | null {
  const terms = queryWords(query).map((word) => {
    if (!CJK.test(word)) return `"${word}"*`;
    const spaced = spaceOutCjk(word).trim().split(/\s+/);
    const last = spaced.at(-1)!;
    // A trailing Latin part of a mixed word ("王xiao") still matches as a prefix.
    return CJK.test(last) ? `"${spaced.join(' ')}"` : `"${spaced.join(' ')}"*`;
  });
  return terms.length === 0 ? null : terms.join(' AND ');
}

/** Sort key of a name: case and width folded, so lists sort the way people read them. */
export function sortKey(name: string): string {
  return normalize(name).trim();
}
