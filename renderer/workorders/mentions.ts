import type { User } from '../../shared/auth/contract';

/** The characters a username may hold (shared/auth/contract.ts), as typed after `@`. */
const USERNAME_CHARS = /[\p{L}\p{N}._@-]/u;
export const MENTION_SUGGESTIONS = 6;

export interface MentionQuery {
  /** Where the `@` stands. */
  start: number;
  /** What follows it up to the caret. */
  query: string;
}

/**
 * The `@name` being typed at the caret, if any: an `@` that does not follow a username's
 * character (as the core reads mentions, so the `@` of `a@b.com` is not one).
 */
export function mentionAt(text: string, caret: number): MentionQuery | null {
  let start = caret;
  while (start > 0 && USERNAME_CHARS.test(text[start - 1]!) && text[start - 1] !== '@') start--;
  const at = start - 1;
  if (at < 0 || text[at] !== '@') return null;
  if (at > 0 && USERNAME_CHARS.test(text[at - 1]!)) return null;
  return { start: at, query: text.slice(start, caret) };
}

/** Active users whose username or name starts with the query, usernames first. */
export function mentionSuggestions(users: readonly User[], query: string, selfId: number): User[] {
  const wanted = query.toLocaleLowerCase();
  const matches = (text: string) => text.toLocaleLowerCase().startsWith(wanted);
  return users
    .filter((user) => user.active && user.id !== selfId)
    .filter((user) => matches(user.username) || user.displayName.split(/\s+/).some(matches))
    .sort((a, b) => Number(matches(b.username)) - Number(matches(a.username)))
    .slice(0, MENTION_SUGGESTIONS);
}

/** The text with the `@query` at `mention` replaced by `@username `, and where the caret goes. */
export function insertMention(
  text: string,
  mention: MentionQuery,
  caret: number,
  username: string,
): { text: string; caret: number } {
  const inserted = `@${username} `;
  const after = text.slice(caret).replace(/^\s/, '');
  return {
    text: text.slice(0, mention.start) + inserted + after,
    caret: mention.start + inserted.length,
  };
}
