import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Contact } from '../../../shared/contacts/contract';
import { call } from '../../bridge/call';
import { errorMessage } from '../../i18n/errorMessages';
import { announceContactChanged } from '../contactChanges';
import { UndoMessage } from './UndoMessage';

const UNDO_MS = 8000;

/** Move to trash (with an undo offer) and restore, each telling the user how it went. */
export function useTrashActions() {
  const { t } = useTranslation();
  const navigate = useNavigate();

  const failed = (error: unknown) => {
    notifications.show({ color: 'red', title: t('errors.title'), message: errorMessage(error)(t) });
  };

  const restore = async (contact: Contact) => {
    try {
      await call('contacts.restore', { id: contact.id });
      announceContactChanged(contact.id);
      notifications.show({ color: 'teal', message: t('contacts.trash.restored', { name: contact.name }) });
    } catch (error) {
      failed(error);
    }
  };

  const moveToTrash = async (contact: Contact) => {
    try {
      await call('contacts.delete', { id: contact.id });
    } catch (error) {
      failed(error);
      return;
    }
    announceContactChanged(contact.id);
    void navigate('/contacts');
    const id = `trashed-${contact.id}`;
    notifications.show({
      id,
      autoClose: UNDO_MS,
      message: (
        <UndoMessage
          text={t('contacts.trash.moved', { name: contact.name })}
          undoLabel={t('contacts.trash.undo')}
          onUndo={() => {
            notifications.hide(id);
            void restore(contact);
          }}
        />
      ),
    });
  };

  return { moveToTrash, restore };
}
