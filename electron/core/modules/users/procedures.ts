import type { User } from '../../../../shared/auth/contract';
import { CrmError } from '../../../../shared/errors';
import type { EventData } from '../../../../shared/events';
import type { Role } from '../../../../shared/roles';
import type { ManagedUser, usersProcedures } from '../../../../shared/users/contract';
import type { HandlersFor } from '../../api';
import type { CoreContext } from '../../context';
import { hashPassword } from '../auth/password';

const onlyOwners = (message: string) => new CrmError('FORBIDDEN', message, { required: 'owner' });

/** The rules of shared/users/contract.ts; each throws, or returns when the change is allowed. */
const rules = {
  /** Admins manage admins, agents and staff; only an owner touches an owner's account. */
  mayManage(actor: User, target: ManagedUser): void {
    if (target.role === 'owner' && actor.role !== 'owner') {
      throw onlyOwners("Only an owner can change an owner's account.");
    }
  },
  mayGrant(actor: User, role: Role): void {
    if (role === 'owner' && actor.role !== 'owner')
      throw onlyOwners('Only an owner can make someone an owner.');
  },
};

export function usersHandlers(ctx: CoreContext): HandlersFor<keyof typeof usersProcedures> {
  const changed = (user: ManagedUser, action: EventData<'user.changed'>['action']) => {
    ctx.events.emit('user.changed', { id: user.id, action, version: user.version });
    return user;
  };

  const targetOf = (id: number): ManagedUser => {
    const target = ctx.users.get(id);
    if (!target) throw new CrmError('NOT_FOUND', 'This user does not exist.', { id });
    return target;
  };

  /** The company keeps at least one active owner: the last one is neither demoted nor deactivated. */
  const keepAnOwner = (target: ManagedUser) => {
    if (target.role === 'owner' && target.active && ctx.users.countActiveOwners() === 1) {
      throw new CrmError(
        'LAST_OWNER',
        `${target.displayName} is the company's only active owner. Make another user an owner first.`,
        { id: target.id },
      );
    }
  };

  /** Runs checks and write together, so that no other call can slip in between. */
  const atomically = <T>(work: () => T): T => ctx.db.transaction(work)();

  return {
    'users.list': () => ({ items: ctx.users.list() }),

    'users.create': async (input, call) => {
      rules.mayGrant(call.session!.user, input.role);
      const passwordHash = await hashPassword(input.password);
      const user = atomically(() => {
        if (ctx.users.findByUsername(input.username)) {
          throw new CrmError('VALIDATION', 'Some fields are not valid.', {
            issues: [{ path: ['username'], message: 'already taken' }],
          });
        }
        ctx.license.assertSeatForOneMore();
        const { username, displayName, role } = input;
        return ctx.users.create({ username, displayName, role, passwordHash }, ctx.now());
      });
      return changed(user, 'created');
    },

    'users.setRole': ({ id, role, version }, call) => {
      const actor = call.session!.user;
      const user = atomically(() => {
        const target = targetOf(id);
        rules.mayManage(actor, target);
        rules.mayGrant(actor, role);
        if (role !== 'owner') keepAnOwner(target);
        return ctx.users.update(id, version, { role }, ctx.now());
      });
      return changed(user, 'updated');
    },

    'users.deactivate': ({ id, version }, call) => {
      const actor = call.session!.user;
      const user = atomically(() => {
        const target = targetOf(id);
        rules.mayManage(actor, target);
        keepAnOwner(target);
        ctx.sessions.endAllOf(id);
        return ctx.users.update(id, version, { active: false }, ctx.now());
      });
      return changed(user, 'deactivated');
    },

    'users.reactivate': ({ id, version }, call) => {
      const actor = call.session!.user;
      const user = atomically(() => {
        const target = targetOf(id);
        rules.mayManage(actor, target);
        if (!target.active) ctx.license.assertSeatForOneMore();
        return ctx.users.update(id, version, { active: true }, ctx.now());
      });
      return changed(user, 'reactivated');
    },

    'users.resetPassword': async ({ id, password, version }, call) => {
      const actor = call.session!.user;
      if (id === actor.id) {
        throw new CrmError(
          'FORBIDDEN',
          'Change your own password with your current one (auth.changePassword).',
        );
      }
      rules.mayManage(actor, targetOf(id));
      const passwordHash = await hashPassword(password);
      const user = atomically(() => {
        rules.mayManage(actor, targetOf(id));
        ctx.sessions.endAllOf(id);
        return ctx.users.update(id, version, { passwordHash }, ctx.now());
      });
      return changed(user, 'updated');
    },
  };
}
