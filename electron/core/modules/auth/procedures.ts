import type { authProcedures } from '../../../../shared/auth/contract';
import { CrmError } from '../../../../shared/errors';
import type { HandlersFor } from '../../api';
import type { CoreContext } from '../../context';
import { DUMMY_HASH, hashPassword, verifyPassword } from './password';
import { createThrottle } from './throttle';

/** 5 failures per 15 minutes; from the 3rd on, each attempt waits 0.25 s, 0.5 s, 1 s before its answer. */
const LOGIN_THROTTLE = {
  maxFailures: 5,
  windowMs: 15 * 60 * 1000,
  delayAfter: 2,
  firstDelayMs: 250,
  maxDelayMs: 2000,
};

const wrongField = (path: string, message: string) =>
  new CrmError('VALIDATION', 'Some fields are not valid.', { issues: [{ path: [path], message }] });

export function authHandlers(ctx: CoreContext): HandlersFor<keyof typeof authProcedures> {
  const throttle = createThrottle(LOGIN_THROTTLE, ctx.now);
  /** Starts a throttled password check and waits out its slow-down. */
  const beginAttempt = async (keys: string[]) => {
    const delayMs = throttle.begin(keys);
    if (delayMs > 0) await ctx.sleep(delayMs);
  };

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
      await beginAttempt(keys);
      const row = ctx.users.findByUsername(input.username);
      const matches = await verifyPassword(input.password, row?.password_hash ?? DUMMY_HASH);
      if (!row || !matches) throw new CrmError('UNAUTHENTICATED', 'Wrong username or password.');
      if (!row.active) throw new CrmError('FORBIDDEN', 'This account has been deactivated.');
      throttle.succeed(keys);
      const user = ctx.users.get(row.id)!;
      return { token: ctx.sessions.create(user.id), user, company: companyOrThrow() };
    },

    'auth.me': (_input, call) => ({ user: call.session!.user, company: companyOrThrow() }),

    'auth.changePassword': async (input, call) => {
      const session = call.session!;
      if (input.newPassword === input.currentPassword) {
        throw wrongField('newPassword', 'must differ from the current password');
      }
      // Shares the sign-in budget: a stolen session cannot guess the password faster than a login form.
      const keys = [`user:${session.user.username.toLowerCase()}`];
      await beginAttempt(keys);
      const row = ctx.users.findById(session.user.id)!;
      if (!(await verifyPassword(input.currentPassword, row.password_hash))) {
        throw wrongField('currentPassword', 'not your current password');
      }
      throttle.succeed(keys);
      const passwordHash = await hashPassword(input.newPassword);
      const user = ctx.db.transaction(() => {
        ctx.sessions.endAllOf(row.id, session);
        return ctx.users.update(row.id, undefined, { passwordHash }, ctx.now());
      })();
      ctx.events.emit('user.changed', { id: user.id, action: 'updated', version: user.version });
      return { ok: true as const };
    },

    'auth.logout': (_input, call) => {
      ctx.sessions.end(call.session!);
      return { ok: true as const };
    },
  };
}
