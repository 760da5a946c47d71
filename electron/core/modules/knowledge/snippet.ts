import type { TextRange } from '../../../../shared/knowledge/contract';

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Characters of context before the first match, and the snippet's length. */
const LEAD = 60;
const LENGTH = 220;

/**
 * Where the query's words occur in `text`, in order, overlapping ones joined. A Latin word
 * matches at a word's start (the last one typed may be its beginning: "print" in "printer");
 * CJK has no word boundaries, so it matches anywhere, as the index does.
 */
export function highlightRanges(text: string, words: readonly string[]): TextRange[] {
  const found: TextRange[] = [];
  for (const word of new Set(words)) {
    const pattern = new RegExp(
      CJK.test(word) ? escape(word) : `(?<![\\p{L}\\p{N}\\p{M}])${escape(word)}`,
      'giu',
    );
    for (const match of text.matchAll(pattern)) found.push([match.index, match.index + match[0].length]);
  }
  found.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const ranges: TextRange[] = [];
  for (const [start, end] of found) {
    const last = ranges.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else ranges.push([start, end]);
  }
  return ranges;
}

/** Up to LENGTH characters of `text` around its first match of `words`, cut at spaces, with the matches. */
export function snippetOf(text: string, words: readonly string[]): { snippet: string; ranges: TextRange[] } {
  const first = highlightRanges(text, words)[0]?.[0] ?? 0;
  let start = Math.max(0, first - LEAD);
  if (start > 0) {
    const space = text.indexOf(' ', start);
    if (space !== -1 && space < first) start = space + 1;
  }
  let end = Math.min(text.length, start + LENGTH);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > first) end = space;
  }
  const snippet = `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
  return { snippet, ranges: highlightRanges(snippet, words) };
}
