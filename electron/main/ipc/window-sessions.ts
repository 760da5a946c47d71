import type { CallResult } from '../../../shared/bridge';

/** Procedures whose successful result starts a session (their result carries the token). */
const SIGN_IN_PROCEDURES: ReadonlySet<string> = new Set(['auth.setup', 'auth.login']);
const SIGN_OUT_PROCEDURE = 'auth.logout';

/**
 * Which webContents are the app's windows, and the session token each one signed in with.
 * The token stays in the main process: the page never holds it, so a script in the page
 * cannot copy it elsewhere, and a reload keeps the user signed in.
 */
export class WindowSessions {
  /** webContents id -> session token, or null while signed out. */
  private readonly tokens = new Map<number, string | null>();

  open(contentsId: number): void {
    this.tokens.set(contentsId, null);
  }

  /** Forgets the window and its token (the window closed). */
  close(contentsId: number): void {
    this.tokens.delete(contentsId);
  }

  isAppWindow(contentsId: number): boolean {
    return this.tokens.has(contentsId);
  }

  tokenFor(contentsId: number): string | null {
    return this.tokens.get(contentsId) ?? null;
  }

  /** Updates the window's session after a call: kept from a sign-in, dropped on sign-out. */
  recordCall(contentsId: number, name: string, result: CallResult): void {
    if (!this.tokens.has(contentsId)) return;
    if (name === SIGN_OUT_PROCEDURE) {
      this.tokens.set(contentsId, null);
      return;
    }
    const token = SIGN_IN_PROCEDURES.has(name) && result.ok ? tokenOf(result.result) : null;
    if (token) this.tokens.set(contentsId, token);
  }

  /** The windows that are signed in, with their tokens. */
  signedIn(): Array<{ contentsId: number; token: string }> {
    const windows: Array<{ contentsId: number; token: string }> = [];
    for (const [contentsId, token] of this.tokens) if (token) windows.push({ contentsId, token });
    return windows;
  }
}

function tokenOf(result: unknown): string | null {
  if (typeof result !== 'object' || result === null || !('token' in result)) return null;
  return typeof result.token === 'string' && result.token !== '' ? result.token : null;
}

/** The result as the page receives it: a sign-in's token is blanked (see WindowSessions). */
export function resultForPage(name: string, result: CallResult): CallResult {
  if (!SIGN_IN_PROCEDURES.has(name) || !result.ok || tokenOf(result.result) === null) return result;
  return { ok: true, result: { ...(result.result as object), token: '' } };
}

/**
 * The windows a push event goes to: those whose signed-in user may see it. Sessions are
 * resolved at the time of the event, so an expired session or a deactivated user gets nothing.
 */
export function pushRecipients(
  sessions: WindowSessions,
  resolveUserId: (token: string) => number | null,
  canSee: (userId: number) => boolean,
): number[] {
  return sessions
    .signedIn()
    .filter(({ token }) => {
      const userId = resolveUserId(token);
      return userId !== null && canSee(userId);
    })
    .map(({ contentsId }) => contentsId);
}
