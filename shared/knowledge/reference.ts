/**
 * How a work-order reply links an article: a Markdown link to the article's page, which reads
 * well as plain text too (`[Reset the printer](#/knowledge/12)`). The thread shows it as a link.
 */
export const articlePath = (id: number): string => `/knowledge/${id}`;

export function articleReference(id: number, title: string): string {
  // Brackets and line breaks would end the link text early; the title keeps its words.
  const text = title.replace(/[[\]\s]+/g, ' ').trim();
  return `[${text}](#${articlePath(id)})`;
}

const REFERENCE = /\[([^\]\r\n]{1,200})\]\(#\/knowledge\/(\d{1,15})\)/g;

export type ReplyPart = { kind: 'text'; text: string } | { kind: 'article'; id: number; title: string };

/** A reply's text cut into plain runs and article references, in order. */
export function replyParts(body: string): ReplyPart[] {
  const parts: ReplyPart[] = [];
  let from = 0;
  for (const match of body.matchAll(REFERENCE)) {
    if (match.index > from) parts.push({ kind: 'text', text: body.slice(from, match.index) });
    parts.push({ kind: 'article', id: Number(match[2]), title: match[1]! });
    from = match.index + match[0].length;
  }
  if (from < body.length) parts.push({ kind: 'text', text: body.slice(from) });
  return parts;
}
