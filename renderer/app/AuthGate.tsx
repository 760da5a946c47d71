import { useEffect } from 'react';
import { LoginScreen } from '../auth/LoginScreen';
import { SetupScreen } from '../auth/SetupScreen';
import { useAuthStore } from '../auth/authStore';
import { FullScreenLoader } from '../ui/FullScreenLoader';
import { SignedInApp } from './SignedInApp';
import { UnreachableScreen } from './UnreachableScreen';

/** First run, sign-in, or the app: whichever the company and the session call for. */
export function AuthGate() {
  const state = useAuthStore((store) => store.state);
  const check = useAuthStore((store) => store.check);

  useEffect(() => {
    void check();
  }, [check]);

  switch (state.phase) {
    case 'checking':
      return <FullScreenLoader />;
    case 'unreachable':
      return <UnreachableScreen error={state.error} onRetry={() => void check()} />;
    case 'setup':
      return <SetupScreen />;
    case 'signIn':
      return <LoginScreen />;
    case 'signedIn':
      return <SignedInApp />;
  }
}
