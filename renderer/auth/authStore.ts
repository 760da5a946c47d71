import { create } from 'zustand';
import type { ProcedureInput, ProcedureOutput } from '../../shared/contract';
import { call, onSessionEnded } from '../bridge/call';
import { isCallError } from '../bridge/CallError';

type Session = ProcedureOutput<'auth.me'>;

export type AuthState =
  | { phase: 'checking' }
  | { phase: 'unreachable'; error: unknown }
  | { phase: 'setup' }
  | { phase: 'signIn' }
  | { phase: 'signedIn'; session: Session };

interface AuthStore {
  state: AuthState;
  /** Finds out whether the company exists and whether this window still has a session. */
  check(): Promise<void>;
  /** Throws the CallError for the screen to show; on success the app opens. */
  setUp(input: ProcedureInput<'auth.setup'>): Promise<void>;
  signIn(input: ProcedureInput<'auth.login'>): Promise<void>;
  signOut(): Promise<void>;
  /** Reads the signed-in account again, e.g. after someone changed its role. */
  refreshSession(): Promise<void>;
}

/**
 * Signing in or setting up from the home address opens the customer list, the day's work; the
 * home page is the first entry of the navigation. A sign-in elsewhere (a session that expired on
 * a contact's page) stays there.
 */
function leaveHomeForCustomers(): void {
  if (['', '#', '#/'].includes(window.location.hash)) window.location.hash = '#/contacts';
}

export const useAuthStore = create<AuthStore>()((set) => ({
  state: { phase: 'checking' },

  async check() {
    set({ state: { phase: 'checking' } });
    try {
      const { setupDone } = await call('auth.status', {});
      if (!setupDone) return set({ state: { phase: 'setup' } });
      const session = await call('auth.me', {});
      set({ state: { phase: 'signedIn', session } });
    } catch (error) {
      const signedOut = isCallError(error) && error.code === 'UNAUTHENTICATED';
      set({ state: signedOut ? { phase: 'signIn' } : { phase: 'unreachable', error } });
    }
  },

  async setUp(input) {
    const { user, company } = await call('auth.setup', input);
    leaveHomeForCustomers();
    set({ state: { phase: 'signedIn', session: { user, company } } });
  },

  async signIn(input) {
    const { user, company } = await call('auth.login', input);
    leaveHomeForCustomers();
    set({ state: { phase: 'signedIn', session: { user, company } } });
  },

  async signOut() {
    try {
      await call('auth.logout', {});
    } catch {
      // The transport forgets the session whatever the host answered.
    }
    set({ state: { phase: 'signIn' } });
  },

  async refreshSession() {
    try {
      const session = await call('auth.me', {});
      if (useAuthStore.getState().state.phase === 'signedIn') set({ state: { phase: 'signedIn', session } });
    } catch {
      // A session that ended is handled by onSessionEnded; anything else keeps what is shown.
    }
  },
}));

onSessionEnded(() => {
  if (useAuthStore.getState().state.phase === 'signedIn')
    useAuthStore.setState({ state: { phase: 'signIn' } });
});

/** The signed-in session; only for components rendered inside the signed-in app. */
export function useSession(): Session {
  const state = useAuthStore((store) => store.state);
  if (state.phase !== 'signedIn') throw new Error('useSession outside the signed-in app');
  return state.session;
}
