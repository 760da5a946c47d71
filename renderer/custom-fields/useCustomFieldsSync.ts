import { useEffect } from 'react';
import { onEvent } from '../bridge/events';
import { useCustomFieldsStore } from './customFieldsStore';

/** Keeps every screen's custom fields current when an admin changes them in any window. */
export function useCustomFieldsSync(): void {
  useEffect(
    () =>
      onEvent('customFields.changed', ({ entity }) => {
        const store = useCustomFieldsStore.getState();
        if (store.byEntity[entity].status !== 'idle') void store.load(entity);
      }),
    [],
  );
}
