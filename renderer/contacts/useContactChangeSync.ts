import { useEffect } from 'react';
import { onContactChanged } from './contactChanges';
import { useContactListStore } from './contactListStore';
import { useTagsStore } from './tagsStore';

// A burst of changes (an import, several quick edits) costs one refresh.
const REFRESH_DELAY_MS = 200;

/** Keeps the contact list and the tag counts current while the app is open. */
export function useContactChangeSync(): void {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = onContactChanged(() => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        void useContactListStore.getState().refresh();
        void useTagsStore.getState().load();
      }, REFRESH_DELAY_MS);
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, []);
}
