import { useEffect } from 'react';
import { onEvent } from '../bridge/events';
import { onContactChanged } from './contactChanges';
import { useContactListStore } from './contactListStore';
import { useTagsStore } from './tagsStore';

// A burst of changes (an import, several quick edits) costs one refresh.
const REFRESH_DELAY_MS = 200;

/** Keeps the contact list and the tag counts current while the app is open. */
export function useContactChangeSync(): void {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const refreshSoon = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        void useContactListStore.getState().refresh();
        void useTagsStore.getState().load();
      }, REFRESH_DELAY_MS);
    };
    const unsubscribe = [onContactChanged(refreshSoon), onEvent('contacts.changedInBulk', refreshSoon)];
    return () => {
      clearTimeout(timer);
      for (const stop of unsubscribe) stop();
    };
  }, []);
}
