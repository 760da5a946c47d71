import type { authProcedures } from '../../../../shared/auth/contract';
import { CrmError } from '../../../../shared/errors';
import type { HandlersFor } from '../../api';
import type { CoreContext } from '../../context';
import { DUMMY_HASH, hashPassword, verifyPassword } from './password';
import { createThrottle } from './throttle';

const LOGIN_THROTTLE = { maxFailures: 5, windowMs: 15 * 60 * 1000 };

export function authHandlers(ctx: CoreContext): HandlersFor<keyof typeof authProcedures> {
  const throttle = createThrottle(LOGIN_THROTTLE, ctx.now);

  const companyOrThrow = () => {
    const company = ctx.company.get();
    if (!company) throw new CrmError('UNAUTHENTICATED', 'This company has not been set up yet.');
    return company;
  };

  return {
    'auth.status': () => ({ setupDone: ctx.company.get() !== null }),

    'auth.setup': async (input) => {
      if (ctx.company.get())
        throw new CrmError('SETUP_DONE', 'This company is already set up. Please sign in.');
      const passwordHash = await hashPassword(input.password);
      return ctx.db.transaction(() => {
        if (ctx.company.get())
          throw new CrmError('SETUP_DONE', 'This company is already set up. Please sign in.');
        const at = ctx.now();
        const company = ctx.company.create(input.companyName, at);
        const user = ctx.users.create(
          { username: input.username, displayName: input.ownerName, role: 'owner', passwordHash },
          at,
        );
        return { token: ctx.sessions.create(user.id), user, company };
      })();
    },

    'auth.login': async (input, call) => {
      const keys = [
        `user:${input.username.toLowerCase()}`,
        ...(call.remoteAddress ? [`addr:${call.remoteAddress}`] : []),
      ];
      throttle.check(keys);
      const row = ctx.users.findByUsername(input.username);
      const matches = await verifyPassword(input.password, row?.password_hash ?? DUMMY_HASH);
      if (!row || !matches) {
        throttle.fail(keys);
        throw new CrmError('UNAUTHENTICATED', 'Wrong username or password.');
      }
      if (!row.active) throw new CrmError('FORBIDDEN', 'This account has been deactivated.');
      throttle.succeed(keys);
      const user = ctx.users.get(row.id)!;
      return { token: ctx.sessions.create(user.id), user, company: companyOrThrow() };
    },

    'auth.me': (_input, call) => ({ user: call.session!.user, company: companyOrThrow() }),

    'auth.logout': (_input, call) => {
      ctx.sessions.end(call.session!);
      return { ok: true as const };
    },
  };
}
