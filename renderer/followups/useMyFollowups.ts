import { useEffect, useState } from 'react';
import type { ProcedureOutput } from '../../shared/contract';
import { call } from '../bridge/call';
import { onFollowupChanged } from './followupChanges';

type Mine = ProcedureOutput<'followups.mine'>;
export type MyFollowupsState =
  { status: 'loading' } | { status: 'ready'; mine: Mine } | { status: 'error'; error: unknown };

/** Overdue follow-ups move out of "today" as the clock passes them; the sections are asked for again. */
const REFRESH_MS = 60_000;

/** The signed-in user's open follow-ups by their own day, kept current. */
export function useMyFollowups(): { state: MyFollowupsState; reload(): void } {
  const [state, setState] = useState<MyFollowupsState>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let cancelled = false;
    const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    call('followups.mine', { timeZone, limit: 200 }).then(
      (mine) => !cancelled && setState({ status: 'ready', mine }),
      (error: unknown) => !cancelled && setState({ status: 'error', error }),
    );
    return () => {
      cancelled = true;
    };
  }, [generation]);

  useEffect(() => {
    const reload = () => setGeneration((count) => count + 1);
    const timer = window.setInterval(reload, REFRESH_MS);
    const unsubscribe = onFollowupChanged(reload);
    return () => {
      window.clearInterval(timer);
      unsubscribe();
    };
  }, []);

  return { state, reload: () => setGeneration((count) => count + 1) };
}
