import { useCallback, useEffect, useRef, useState } from 'react';
import { STOCKTAKE_COUNT_BATCH_MAX, type Stocktake } from '../../../shared/inventory/stocktake';
import { call } from '../../bridge/call';
import { parseCount } from './quantities';

/** How long typing may pause before what was typed is saved. */
const SAVE_AFTER_MS = 700;

/**
 * Counts as typed on a stocktake's sheet, saved in batches (`stocktakes.count`) when typing
 * pauses or a field is left. A draft stays until the server has what it says, so a reload of
 * the sheet (someone else counted) never wipes what is being typed.
 */
export function useCounting(stocktake: Stocktake, onSaved: (saved: Stocktake) => void) {
  const [drafts, setDrafts] = useState<Record<number, string>>({});
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const draftsRef = useRef(drafts);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef({ stocktake, onSaved });
  useEffect(() => {
    draftsRef.current = drafts;
    latest.current = { stocktake, onSaved };
  });

  const flush = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const { stocktake: current } = latest.current;
    const countedNow = new Map(current.lines.map((line) => [line.id, line.counted]));
    const batch = Object.entries(draftsRef.current).flatMap(([lineId, text]) => {
      const counted = parseCount(text);
      return counted === 'invalid' ? [] : [{ lineId: Number(lineId), counted, text }];
    });
    if (batch.length === 0) return;
    setSaving(true);
    try {
      let saved = current;
      for (let start = 0; start < batch.length; start += STOCKTAKE_COUNT_BATCH_MAX) {
        const part = batch.slice(start, start + STOCKTAKE_COUNT_BATCH_MAX);
        const changed = part.filter((line) => countedNow.get(line.lineId) !== line.counted);
        if (changed.length === 0) continue;
        saved = await call('stocktakes.count', {
          id: current.id,
          lines: changed.map(({ lineId, counted }) => ({ lineId, counted })),
        });
      }
      latest.current.onSaved(saved);
      setError(null);
      // Drafts typed on while this was saving stay, to be saved next.
      setDrafts((now) => {
        const rest = { ...now };
        for (const line of batch) if (rest[line.lineId] === line.text) delete rest[line.lineId];
        return rest;
      });
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

  const type = (lineId: number, text: string) => {
    setDrafts((now) => ({ ...now, [lineId]: text }));
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), SAVE_AFTER_MS);
  };

  const pending = Object.keys(drafts).length > 0;
  return { drafts, type, flush, saving, pending, error };
}
