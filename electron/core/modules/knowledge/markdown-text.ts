/**
 * An article's Markdown as plain words, for the search index and the snippets of its hits:
 * the text people read, without markup, link targets or HTML. Code keeps its words.
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Markup at the start of a line: headings, quotes, list and task markers, rules, table rules. */
const LINE_MARKUP = [
  /^ {0,3}(`{3,}|~{3,}).*$/gm,
  /^ {0,3}#{1,6}(\s|$)/gm,
  /^ {0,3}(>\s?)+/gm,
  /^\s*([-*+]|\d{1,9}[.)])\s+(\[[ xX]\]\s+)?/gm,
  /^ {0,3}([-*_]\s*){3,}$/gm,
  /^\s*\|?(\s*:?-+:?\s*\|)+\s*:?-*:?\s*$/gm,
  /^ {0,3}\[[^\]\n]+\]:\s*\S.*$/gm,
];

export function markdownText(markdown: string): string {
  let text = markdown.replace(/<!--[\s\S]*?-->/g, ' ');
  for (const markup of LINE_MARKUP) text = text.replace(markup, ' ');
  return (
    text
      // Images keep their description, links their text; the targets are not words anyone reads.
      .replace(/!?\[([^\]\n]*)\]\([^)\n]*\)/g, '$1')
      .replace(/\[([^\]\n]*)\]\[[^\]\n]*\]/g, '$1')
      .replace(/<((?:https?|mailto):[^>\s]+)>/g, '$1')
      .replace(/<\/?[a-zA-Z][^>]*>/g, ' ')
      .replace(/\\([\\`*_{}[\]()#+\-.!|~<>])/g, '$1')
      .replace(/[*_~`|]+/g, ' ')
      .replace(/&(#\d{1,6}|#x[\da-f]{1,6}|[a-z]+);/gi, (entity, name: string) => {
        if (name.startsWith('#')) {
          const code =
            name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
          return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ' ';
        }
        return ENTITIES[name.toLowerCase()] ?? entity;
      })
      .replace(/\s+/g, ' ')
      .trim()
  );
}
