import { Modal } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Contact } from '../../../shared/contacts/contract';
import { useSession } from '../../auth/authStore';
import { CustomFieldsReady } from '../../custom-fields/CustomFieldsReady';
import { announceContactChanged } from '../contactChanges';
import { useContactEditorStore } from '../contactEditorStore';
import { ContactForm } from './ContactForm';

/** The one contact form of the app, opened from the list, a detail page, `n` or the menu. */
export function ContactEditor() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { user } = useSession();
  const target = useContactEditorStore((store) => store.target);
  const close = useContactEditorStore((store) => store.close);
  const editing = target?.kind === 'edit' ? target.contact : null;
  const draft = target?.kind === 'create' ? target.draft : undefined;

  const saved = (contact: Contact, created: boolean) => {
    close();
    if (created) draft?.onCreated(contact);
    announceContactChanged(contact.id);
    notifications.show({
      color: 'teal',
      message: created
        ? t('contacts.form.created', { name: contact.name })
        : t('contacts.form.saved', { name: contact.name }),
    });
    if (created) void navigate(`/contacts/${contact.id}`);
  };

  return (
    <Modal
      opened={target !== null}
      onClose={close}
      title={editing ? t('contacts.form.editTitle') : t('contacts.form.createTitle')}
      size="xl"
      radius="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
      styles={{ title: { fontWeight: 650, fontSize: 'var(--mantine-font-size-lg)' } }}
    >
      {target && (
        <CustomFieldsReady entity="contact">
          <ContactForm
            key={editing ? `edit-${editing.id}-${editing.version}` : 'create'}
            contact={editing}
            defaultOwnerId={user.id}
            phones={draft?.phones}
            onSaved={saved}
            onCancel={close}
          />
        </CustomFieldsReady>
      )}
    </Modal>
  );
}
