import { useCallback, useEffect, useRef, useState } from 'react';
import { STOCKTAKE_COUNT_BATCH_MAX, type StocktakeLine } from '../../../shared/inventory/stocktake';
import { call } from '../../bridge/call';
import { parseCount } from './quantities';

/** How long typing may pause before what was typed is saved. */
const SAVE_AFTER_MS = 700;

/** A count as typed, and the count the line had when typing began. */
interface Draft {
  text: string;
  was: number | null;
}

/**
 * Counts as typed on a stocktake's sheet, saved in batches (`stocktakes.count`) when typing
 * pauses or a field is left. A draft stays until the server has what it says, so a reload of
 * the sheet (someone else counted) never wipes what is being typed. The sheet shows its lines
 * page by page, so what this window saved is kept here over the lines as they were loaded,
 * until the lines are loaded again (`linesKey` changes, or `forgetSavedUpTo` after a refresh).
 */
export function useCounting(stocktakeId: number, linesKey: string, onSaved: () => void) {
  const [drafts, setDrafts] = useState<Record<number, Draft>>({});
  // Each saved count with the stocktake's version once it was saved.
  const [saved, setSaved] = useState<{
    linesKey: string;
    counts: Record<number, { counted: number | null; version: number }>;
  }>({
    linesKey,
    counts: {},
  });
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const draftsRef = useRef(drafts);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef({ stocktakeId, linesKey, onSaved });
  /** The stocktake's version after this window's last save: a newer one is someone else's count. */
  const ownVersion = useRef<number | null>(null);
  useEffect(() => {
    draftsRef.current = drafts;
    latest.current = { stocktakeId, linesKey, onSaved };
  });
  const savedCounts = saved.linesKey === linesKey ? saved.counts : {};

  /** The line's count as this window knows it: what it saved last, else as loaded. */
  const countedOf = (line: StocktakeLine): number | null =>
    line.id in savedCounts ? savedCounts[line.id]!.counted : line.counted;

  const flush = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const { stocktakeId: id, linesKey: key } = latest.current;
    const batch = Object.entries(draftsRef.current).flatMap(([lineId, draft]) => {
      const counted = parseCount(draft.text);
      return counted === 'invalid' ? [] : [{ lineId: Number(lineId), counted, draft }];
    });
    if (batch.length === 0) return;
    const changed = batch.filter((line) => line.counted !== line.draft.was);
    setSaving(true);
    try {
      for (let start = 0; start < changed.length; start += STOCKTAKE_COUNT_BATCH_MAX) {
        const part = changed.slice(start, start + STOCKTAKE_COUNT_BATCH_MAX);
        const header = await call('stocktakes.count', {
          id,
          lines: part.map(({ lineId, counted }) => ({ lineId, counted })),
        });
        ownVersion.current = header.version;
      }
      const version = ownVersion.current ?? 0;
      setSaved((now) => {
        const counts = now.linesKey === key ? { ...now.counts } : {};
        for (const line of batch) counts[line.lineId] = { counted: line.counted, version };
        return { linesKey: key, counts };
      });
      // Drafts typed on while this was saving stay, to be saved next.
      setDrafts((now) => {
        const rest = { ...now };
        for (const line of batch) if (rest[line.lineId]?.text === line.draft.text) delete rest[line.lineId];
        return rest;
      });
      setError(null);
      if (changed.length > 0) latest.current.onSaved();
    } catch (caught) {
      setError(caught);
    } finally {
      setSaving(false);
    }
  }, []);

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  const type = (line: StocktakeLine, text: string) => {
    setDrafts((now) => ({ ...now, [line.id]: { text, was: now[line.id]?.was ?? countedOf(line) } }));
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), SAVE_AFTER_MS);
  };

  /** What the line's field shows: the draft, else the count as known. */
  const textOf = (line: StocktakeLine): string => {
    const counted = countedOf(line);
    return drafts[line.id]?.text ?? (counted === null ? '' : String(counted));
  };

  const pending = Object.keys(drafts).length > 0;
  /** Whether the stocktake at `version` holds counts saved elsewhere since this window's last save. */
  const savedElsewhere = (version: number) => ownVersion.current === null || version > ownVersion.current;

  /** Lines loaded again at `version` or later show what was saved up to it; later saves stay over them. */
  const forgetSavedUpTo = (version: number) =>
    setSaved((now) => ({
      linesKey: now.linesKey,
      counts: Object.fromEntries(Object.entries(now.counts).filter(([, count]) => count.version > version)),
    }));

  return { countedOf, textOf, type, flush, saving, pending, error, savedElsewhere, forgetSavedUpTo };
}
