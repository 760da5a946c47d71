import { CrmError } from '../../../../shared/errors';
import type { TimelineEntry, TimelineKind } from '../../../../shared/timeline/contract';

/** A position inside one source: entries strictly before (at, id), in (at, id) order. */
export interface SourceBound {
  at: number;
  id: number;
}

/**
 * A module's entries for a contact (or, registered for companies, a company), newest first
 * (at, then id, descending), at most `limit`.
 */
export type TimelineSource = (
  subjectId: number,
  before: SourceBound | null,
  limit: number,
) => TimelineEntry[];

export interface TimelinePage {
  items: TimelineEntry[];
  nextCursor: string | null;
}

interface Position {
  at: number;
  kind: string;
  id: number;
}

/** Entries sort by (at, kind, id), newest first; the kind only breaks ties between sources. */
function compare(a: Position, b: Position): number {
  if (a.at !== b.at) return b.at - a.at;
  if (a.kind !== b.kind) return a.kind < b.kind ? 1 : -1;
  return b.id - a.id;
}

/**
 * What a source with `kind` must return after the merged list's `cursor`: at an equal time, a
 * kind that sorts below the cursor's still comes after it, one that sorts above already came.
 */
function boundFor(kind: string, cursor: Position): SourceBound {
  if (kind === cursor.kind) return { at: cursor.at, id: cursor.id };
  return { at: cursor.at, id: kind < cursor.kind ? Number.MAX_SAFE_INTEGER : 0 };
}

const encodeCursor = (p: Position) => Buffer.from(JSON.stringify([p.at, p.kind, p.id])).toString('base64url');

function decodeCursor(text: string): Position {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 3) {
      const [at, kind, id] = parsed as unknown[];
      if (Number.isInteger(at) && typeof kind === 'string' && Number.isInteger(id)) {
        return { at: at as number, kind, id: id as number };
      }
    }
  } catch {
    // falls through to the error below
  }
  throw new CrmError('VALIDATION', 'This list position is not valid any more; start from the top.', {
    issues: [{ path: ['cursor'], message: 'invalid cursor' }],
  });
}

type Sources = Map<TimelineKind, TimelineSource>;

function addSource(sources: Sources, kind: TimelineKind, source: TimelineSource): void {
  if (sources.has(kind)) throw new Error(`timeline source "${kind}" is registered twice`);
  sources.set(kind, source);
}

/** One page of every source's entries for `subjectId`, merged newest first. */
function mergedPage(sources: Sources, subjectId: number, cursor: string | null, limit: number): TimelinePage {
  const after = cursor ? decodeCursor(cursor) : null;
  // limit + 1 from each source tells whether anything is left after this page.
  const merged = [...sources].flatMap(([kind, source]) =>
    source(subjectId, after && boundFor(kind, after), limit + 1),
  );
  merged.sort(compare);
  const items = merged.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: merged.length > limit && last ? encodeCursor(last) : null };
}

/**
 * The registration point of the contact and company timelines: modules add sources, nobody
 * knows the others.
 */
export function createTimeline() {
  const contactSources: Sources = new Map();
  const companySources: Sources = new Map();
  return {
    register: (kind: TimelineKind, source: TimelineSource): void => addSource(contactSources, kind, source),
    registerForCompany: (kind: TimelineKind, source: TimelineSource): void =>
      addSource(companySources, kind, source),

    forContact: (contactId: number, cursor: string | null, limit: number): TimelinePage =>
      mergedPage(contactSources, contactId, cursor, limit),
    forCompany: (companyId: number, cursor: string | null, limit: number): TimelinePage =>
      mergedPage(companySources, companyId, cursor, limit),
  };
}

export type Timeline = ReturnType<typeof createTimeline>;
