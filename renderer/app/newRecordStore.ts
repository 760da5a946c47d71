import { useEffect } from 'react';
import { create } from 'zustand';

interface NewRecordStore {
  /** What `n` creates on the page shown now; null means a new contact, the app's default record. */
  create: (() => void) | null;
}

export const useNewRecordStore = create<NewRecordStore>()(() => ({ create: null }));

/** While the calling page is shown, `n` runs `create` (a new deal on the pipeline, …). */
export function useNewRecordShortcut(create: () => void): void {
  useEffect(() => {
    useNewRecordStore.setState({ create });
    return () => {
      if (useNewRecordStore.getState().create === create) useNewRecordStore.setState({ create: null });
    };
  }, [create]);
}
