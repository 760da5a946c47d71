import { useEffect } from 'react';
import { onEvent } from '../bridge/events';
import { useLicenseStore } from './licenseStore';

/**
 * Loads the licence and keeps it current: an activation anywhere changes modules and locks,
 * and creating or deactivating a user changes the seats in use.
 */
export function useLicenseSync(): void {
  useEffect(() => {
    const load = () => void useLicenseStore.getState().load();
    load();
    const unsubscribers = [onEvent('license.changed', load), onEvent('user.changed', load)];
    return () => unsubscribers.forEach((unsubscribe) => unsubscribe());
  }, []);
}
