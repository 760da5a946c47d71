import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../ui/AppModal';
import { EndSessionForm } from './EndSessionForm';
import { useRemoteLaunchStore } from './remoteLaunchStore';
import { RunningSession } from './RunningSession';
import { StartSessionForm } from './StartSessionForm';

/**
 * Remote help, mounted once in the shell: the start form, then the running session until it is
 * ended with its outcome and notes. Hiding a running session leaves it running; its log on the
 * customer's page can end it later.
 */
export function RemoteSessionDialog() {
  const { t } = useTranslation();
  const state = useRemoteLaunchStore((store) => store.state);
  const close = useRemoteLaunchStore((store) => store.close);
  const showRunning = useRemoteLaunchStore((store) => store.showRunning);
  const [ending, setEnding] = useState(false);

  const hide = () => {
    setEnding(false);
    close();
  };
  let title = t('remote.start.title');
  if (state.mode === 'running') title = t(ending ? 'remote.end.title' : 'remote.running.title');

  return (
    <AppModal opened={state.mode !== 'closed'} onClose={hide} title={title} size="lg">
      {state.mode === 'start' && (
        <StartSessionForm subject={state.subject} onStarted={showRunning} onCancel={hide} />
      )}
      {state.mode === 'running' &&
        (ending ? (
          <EndSessionForm session={state.session} onDone={hide} onCancel={() => setEnding(false)} />
        ) : (
          <RunningSession
            session={state.session}
            since={state.since}
            onEnd={() => setEnding(true)}
            onHide={hide}
          />
        ))}
    </AppModal>
  );
}
