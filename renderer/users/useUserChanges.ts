import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../shared/roles';
import type { ManagedUser } from '../../shared/users/contract';
import { call } from '../bridge/call';
import { isCallError } from '../bridge/CallError';
import { useUsersStore } from './usersStore';

/**
 * The one-click changes of the users page: role, deactivate, reactivate. Each names the version
 * it was shown, so a change made meanwhile by someone else is refused rather than overwritten;
 * a refusal stays in `error` for the page to explain.
 */
export function useUserChanges() {
  const { t } = useTranslation();
  const replace = useUsersStore((store) => store.replace);
  const load = useUsersStore((store) => store.load);
  const [error, setError] = useState<unknown>(null);
  const [busyId, setBusyId] = useState<number | null>(null);

  const run = async (user: ManagedUser, change: () => Promise<ManagedUser>, done: string) => {
    setError(null);
    setBusyId(user.id);
    try {
      replace(await change());
      notifications.show({ color: 'teal', message: done });
      return true;
    } catch (failure) {
      setError(failure);
      if (isCallError(failure) && failure.code === 'CONFLICT') void load();
      return false;
    } finally {
      setBusyId(null);
    }
  };

  return {
    error,
    busyId,
    clearError: () => setError(null),
    setRole: (user: ManagedUser, role: Role) =>
      run(
        user,
        () => call('users.setRole', { id: user.id, version: user.version, role }),
        t('users.changed.role', { name: user.displayName, role: t(`user.roles.${role}`) }),
      ),
    deactivate: (user: ManagedUser) =>
      run(
        user,
        () => call('users.deactivate', { id: user.id, version: user.version }),
        t('users.changed.deactivated', { name: user.displayName }),
      ),
    reactivate: (user: ManagedUser) =>
      run(
        user,
        () => call('users.reactivate', { id: user.id, version: user.version }),
        t('users.changed.reactivated', { name: user.displayName }),
      ),
  };
}
