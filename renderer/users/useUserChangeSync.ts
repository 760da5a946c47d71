import { useEffect } from 'react';
import { useAuthStore } from '../auth/authStore';
import { onEvent } from '../bridge/events';
import { useUsersStore } from './usersStore';

/**
 * Keeps the users page, owner pickers and filters current when an account is added, renamed or
 * deactivated, and the signed-in user's own role when someone changes it.
 */
export function useUserChangeSync(): void {
  useEffect(
    () =>
      onEvent('user.changed', ({ id }) => {
        void useUsersStore.getState().load();
        const { state, refreshSession } = useAuthStore.getState();
        if (state.phase === 'signedIn' && state.session.user.id === id) void refreshSession();
      }),
    [],
  );
}
