import { IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Call } from '../../shared/calls/contract';
import { useSession } from '../auth/authStore';
import { IconButton } from '../ui/IconButton';
import { useCallCenterStore } from './callCenterStore';
import { mayChangeEndedCall } from './callPermissions';
import { useCallsOpen } from './useCallsAccess';

/** Opens the edit form of an ended call, for whom the core lets change it. */
export function EditCallButton({ call }: { call: Call }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const open = useCallsOpen();
  if (!open || !mayChangeEndedCall(call, user)) return null;
  return (
    <IconButton
      icon={IconPencil}
      size="sm"
      label={t('calls.edit.button', { number: call.number })}
      hint={t('calls.edit.hint')}
      onClick={() => useCallCenterStore.getState().openEdit(call)}
    />
  );
}
