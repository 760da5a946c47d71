import { z } from 'zod';

/** Keyset pagination, the same in every list: an opaque cursor in, the next one out. */
export const pageCursor = z.string().max(500).nullable().optional();
export const pageLimit = z.number().int().min(1).max(200).optional();

/** A list procedure's input: what it lists (`{ contactId }`, …), plus cursor and limit. */
export const pageInput = <S extends z.ZodRawShape>(shape: S) =>
  z.object({ ...shape, cursor: pageCursor, limit: pageLimit }).strict();

export const page = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });
