import type { usersProcedures } from '../../../../shared/users/contract';
import type { HandlersFor } from '../../api';
import type { CoreContext } from '../../context';

export function usersHandlers(ctx: CoreContext): HandlersFor<keyof typeof usersProcedures> {
  return {
    'users.list': () => ({ items: ctx.users.list() }),
  };
}
