import { CrmError } from '../../../../shared/errors';
import type { UserRepository } from '../users/repository';

/** A customer's owner must be a user of the company: a clear VALIDATION, not a foreign-key failure. */
export function checkOwner(users: UserRepository, ownerId: number | null | undefined, path: string[]): void {
  if (typeof ownerId === 'number' && !users.get(ownerId)) {
    throw new CrmError('VALIDATION', 'Some fields are not valid.', {
      issues: [{ path, message: 'no such user' }],
    });
  }
}
