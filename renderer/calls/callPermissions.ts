import type { Call } from '../../shared/calls/contract';
import type { User } from '../../shared/auth/contract';
import { roleAtLeast } from '../../shared/roles';

/**
 * Whether `user` may change an ended call (its notes, contact and recording), as the core decides:
 * its agent, an admin or the owner. A call still running is ended first, not edited.
 */
export const mayChangeEndedCall = (
  call: Pick<Call, 'agentId' | 'endedAt'>,
  user: Pick<User, 'id' | 'role'>,
) => call.endedAt !== null && (call.agentId === user.id || roleAtLeast(user.role, 'admin'));
