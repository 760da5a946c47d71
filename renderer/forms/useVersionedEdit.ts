import { useState } from 'react';
import type { Rebased } from './rebase';

export interface VersionedEditOptions<R, V, F extends keyof V> {
  /** The saved record the edits apply to; null for a new one (it cannot go stale). */
  record: R;
  initialValues: () => V;
  /** The record as it is stored now. */
  fetchLatest(original: NonNullable<R>): Promise<NonNullable<R>>;
  /** The typed values moved onto `latest`, and the fields both sides changed. */
  rebase(original: NonNullable<R>, latest: NonNullable<R>, values: V): Rebased<V, F>;
  onError(error: unknown): void;
}

/**
 * A form's edits of a versioned record, and the way back from a stale save (CONFLICT): the
 * save is refused, the user loads the newer version and keeps what they typed on top of it.
 */
export function useVersionedEdit<R, V, F extends keyof V>({
  record,
  initialValues,
  fetchLatest,
  rebase,
  onError,
}: VersionedEditOptions<R, V, F>) {
  /** The saved version the edits apply to; replaced when the user loads a newer one. */
  const [original, setOriginal] = useState<R>(record);
  const [values, setValues] = useState(initialValues);
  const [clashes, setClashes] = useState<F[]>([]);
  const [conflict, setConflict] = useState(false);
  const [reloading, setReloading] = useState(false);

  const loadLatest = async () => {
    if (!original) return;
    setReloading(true);
    try {
      const latest = await fetchLatest(original);
      const rebased = rebase(original, latest, values);
      setOriginal(latest);
      setValues(rebased.values);
      setClashes(rebased.clashes);
    } catch (error) {
      onError(error);
    } finally {
      setReloading(false);
      setConflict(false);
    }
  };

  return {
    original,
    values,
    setValues,
    clashes,
    /** A save was refused as stale: the conflict dialog opens. */
    staleSave: () => setConflict(true),
    conflict: {
      opened: conflict,
      reloading,
      loadLatest: () => void loadLatest(),
      keepEditing: () => setConflict(false),
    },
  };
}
