import { useEffect } from 'react';
import { onEvent } from '../bridge/events';
import { useUsersStore } from './usersStore';

/** Keeps owner pickers and filters current when an account is added, renamed or deactivated. */
export function useUserChangeSync(): void {
  useEffect(() => onEvent('user.changed', () => void useUsersStore.getState().load()), []);
}
