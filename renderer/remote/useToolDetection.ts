import { useEffect, useState } from 'react';
import type { RemoteToolsDetection } from '../../shared/remote/tool-test';
import { getBridge } from '../bridge/getBridge';

export type DetectionState =
  { status: 'loading' } | { status: 'failed' } | { status: 'done'; detection: RemoteToolsDetection };

/** Where this computer has each remote-help tool, looked up once per visit of the page. */
export function useToolDetection(): DetectionState {
  const [state, setState] = useState<DetectionState>({ status: 'loading' });
  useEffect(() => {
    let cancelled = false;
    getBridge()
      .detectRemoteTools()
      .then(
        (outcome) =>
          !cancelled &&
          setState(outcome.ok ? { status: 'done', detection: outcome.result } : { status: 'failed' }),
        () => !cancelled && setState({ status: 'failed' }),
      );
    return () => {
      cancelled = true;
    };
  }, []);
  return state;
}
