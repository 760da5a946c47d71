import { CrmError } from '../../../../shared/errors';
import type { TimelineEntry, TimelineKind } from '../../../../shared/timeline/contract';

/** A position inside one source: entries strictly beyond (at, id) in the list's order. */
export interface SourceBound {
  at: number;
  id: number;
}

/** Where a newest-first source starts when no bound is given: after nothing, before everything. */
export const NEWEST: SourceBound = { at: Number.MAX_SAFE_INTEGER, id: Number.MAX_SAFE_INTEGER };
/** Where an oldest-first source (a work order's thread) starts when no bound is given. */
const OLDEST: SourceBound = { at: Number.MIN_SAFE_INTEGER, id: 0 };

/** Newest first (timelines) or oldest first (a work order's thread). */
export type FeedOrder = 'newestFirst' | 'oldestFirst';

/**
 * A module's entries about one subject (a contact, a company, a work order), in the feed's order
 * by (at, then id), strictly beyond `after`, at most `limit`.
 */
export type FeedSource<Entry> = (subjectId: number, after: SourceBound | null, limit: number) => Entry[];

export type TimelineSource = FeedSource<TimelineEntry>;

/**
 * An oldest-first source (a work order's thread) over a statement taking
 * `subject = ? AND (at > ? OR (at = ? AND id > ?)) ORDER BY at, id LIMIT ?`.
 */
export function oldestFirstSource<Row, Entry>(
  rows: { all(...params: [number, number, number, number, number]): Row[] },
  toEntry: (row: Row) => Entry,
): FeedSource<Entry> {
  return (subjectId, after, limit) => {
    const bound = after ?? OLDEST;
    return rows.all(subjectId, bound.at, bound.at, bound.id, limit).map(toEntry);
  };
}

export interface FeedPage<Entry> {
  items: Entry[];
  nextCursor: string | null;
}

export type TimelinePage = FeedPage<TimelineEntry>;

/** Where an entry sits in the merged list; `source` is the key its module registered. */
interface Position {
  at: number;
  source: string;
  id: number;
}

/** Entries sort by (at, source, id) in the feed's order; the source only breaks ties between sources. */
function ascending(a: Position, b: Position): number {
  if (a.at !== b.at) return a.at - b.at;
  if (a.source !== b.source) return a.source < b.source ? -1 : 1;
  return a.id - b.id;
}

/**
 * What a source must return after the merged list's `cursor`: at an equal time, a source whose
 * key sorts after the cursor's in the feed's order still has all its entries to come, one that
 * sorts before has given them already.
 */
function boundFor(order: FeedOrder, source: string, cursor: Position): SourceBound {
  if (source === cursor.source) return { at: cursor.at, id: cursor.id };
  const comesLater = order === 'oldestFirst' ? source > cursor.source : source < cursor.source;
  const everything = order === 'oldestFirst' ? 0 : Number.MAX_SAFE_INTEGER;
  return { at: cursor.at, id: comesLater ? everything : Number.MAX_SAFE_INTEGER - everything };
}

const encodeCursor = (p: Position) =>
  Buffer.from(JSON.stringify([p.at, p.source, p.id])).toString('base64url');

function decodeCursor(text: string): Position {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 3) {
      const [at, source, id] = parsed as unknown[];
      if (Number.isInteger(at) && typeof source === 'string' && Number.isInteger(id)) {
        return { at: at as number, source, id: id as number };
      }
    }
  } catch {
    // falls through to the error below
  }
  throw new CrmError('VALIDATION', 'This list position is not valid any more; start from the top.', {
    issues: [{ path: ['cursor'], message: 'invalid cursor' }],
  });
}

/**
 * A list merged from the sources modules register, paged by one cursor: the registration point
 * through which modules add entries to another's list without knowing each other.
 */
export function createFeed<Entry extends { at: number; id: number }, Key extends string = string>(
  order: FeedOrder,
) {
  const sources = new Map<Key, FeedSource<Entry>>();
  const compare = order === 'oldestFirst' ? ascending : (a: Position, b: Position) => ascending(b, a);
  return {
    register(key: Key, source: FeedSource<Entry>): void {
      if (sources.has(key)) throw new Error(`feed source "${key}" is registered twice`);
      sources.set(key, source);
    },
    /** One page of every source's entries about `subjectId`, merged in the feed's order. */
    page(subjectId: number, cursor: string | null, limit: number): FeedPage<Entry> {
      const after = cursor ? decodeCursor(cursor) : null;
      // limit + 1 from each source tells whether anything is left after this page.
      const merged = [...sources].flatMap(([source, read]) =>
        read(subjectId, after && boundFor(order, source, after), limit + 1).map((entry) => ({
          entry,
          position: { at: entry.at, source, id: entry.id },
        })),
      );
      merged.sort((a, b) => compare(a.position, b.position));
      const taken = merged.slice(0, limit);
      const last = taken.at(-1);
      return {
        items: taken.map(({ entry }) => entry),
        nextCursor: merged.length > limit && last ? encodeCursor(last.position) : null,
      };
    },
  };
}

export type Feed<Entry extends { at: number; id: number }, Key extends string = string> = ReturnType<
  typeof createFeed<Entry, Key>
>;

/** The contact and company timelines: modules add sources, nobody knows the others. */
export function createTimeline() {
  const contacts = createFeed<TimelineEntry, TimelineKind>('newestFirst');
  const companies = createFeed<TimelineEntry, TimelineKind>('newestFirst');
  return {
    register: contacts.register,
    registerForCompany: companies.register,
    forContact: contacts.page,
    forCompany: companies.page,
  };
}

export type Timeline = ReturnType<typeof createTimeline>;
