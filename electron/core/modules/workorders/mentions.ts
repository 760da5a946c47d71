/** A user as `@name` may name them. */
export interface Mentionable {
  id: number;
  username: string;
  active: boolean;
}

/**
 * `@name` tokens: an `@` that does not follow a letter, digit or username character (so the
 * `@` of `a@b.com` is not one), then a username's characters.
 */
const MENTION = /(?<![\p{L}\p{N}._@-])@([\p{L}\p{N}._-]+)/gu;

/**
 * The active users named with `@username` in `body`, each once, in the order first named.
 * Usernames match without regard to case; a trailing full stop or dash ends the sentence, not
 * the name, unless a username really ends so.
 */
export function mentionedUserIds(body: string, users: readonly Mentionable[]): number[] {
  const byName = new Map(
    users.filter((user) => user.active).map((user) => [user.username.toLowerCase(), user.id]),
  );
  const ids = new Set<number>();
  for (const [, token] of body.matchAll(MENTION)) {
    const name = token!.toLowerCase();
    const id = byName.get(name) ?? byName.get(name.replace(/[._-]+$/u, ''));
    if (id !== undefined) ids.add(id);
  }
  return [...ids];
}
