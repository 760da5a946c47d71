import type { RemoteSession } from '../../shared/remote/contract';
import { roleAtLeast } from '../../shared/roles';
import { useSession } from '../auth/authStore';
import { useRemoteOpen } from './useRemoteOpen';

/** Whether the user may end a session: a running one they started (or any, as an admin) while remote help is open. */
export function useMayEndSession(): (session: RemoteSession) => boolean {
  const { user } = useSession();
  const open = useRemoteOpen();
  return (session) =>
    open && session.endedAt === null && (session.agentId === user.id || roleAtLeast(user.role, 'admin'));
}
