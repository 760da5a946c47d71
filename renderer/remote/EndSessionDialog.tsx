import { useTranslation } from 'react-i18next';
import type { RemoteSession } from '../../shared/remote/contract';
import { AppModal } from '../ui/AppModal';
import { EndSessionForm } from './EndSessionForm';

/** Ends a session found running in a log (e.g. after the window was closed meanwhile). */
export function EndSessionDialog({ session, onClose }: { session: RemoteSession | null; onClose(): void }) {
  const { t } = useTranslation();
  return (
    <AppModal opened={session !== null} onClose={onClose} title={t('remote.end.title')} size="lg">
      {session && <EndSessionForm key={session.id} session={session} onDone={onClose} onCancel={onClose} />}
    </AppModal>
  );
}
