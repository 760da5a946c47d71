import { ftsQueries, queryWords } from '../contacts/search-text';

const CJK_RUN = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+$/u;

/** Words too common to say what a problem is about; they would suggest every article. */
const COMMON_WORDS = new Set(
  'the and for with from not does doesn this that are was can cannot has have will when how why what after into its our you your'.split(
    ' ',
  ),
);

/**
 * The terms a work order's subject is matched by, and the FTS5 expression matching any of them.
 * A subject is a sentence, not a query: an article needs only some of its words. Latin words of
 * three letters or more that say something count, the last also as a beginning; a CJK run
 * (written without spaces) counts by each pair of neighbouring characters.
 */
export function suggestionTerms(subject: string): { words: string[]; match: string | null } {
  const all = queryWords(subject);
  const words: string[] = [];
  const expressions: string[] = [];
  all.forEach((word, index) => {
    if (CJK_RUN.test(word)) {
      const characters = [...word];
      const pairs =
        characters.length === 1 ? characters : characters.slice(1).map((c, i) => characters[i] + c);
      for (const pair of pairs) {
        words.push(pair);
        expressions.push(ftsQueries(pair)[0]!);
      }
    } else if (word.length >= 3 && !COMMON_WORDS.has(word)) {
      const [whole, prefix] = ftsQueries(word);
      words.push(word);
      expressions.push(index === all.length - 1 ? (prefix ?? whole!) : whole!);
    }
  });
  const unique = [...new Set(expressions)];
  return { words, match: unique.length > 0 ? unique.join(' OR ') : null };
}
