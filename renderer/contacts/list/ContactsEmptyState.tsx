import { Button } from '@mantine/core';
import { IconFilterOff, IconPlus, IconTrash, IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { NoticeState } from '../../ui/NoticeState';
import { useContactEditorStore } from '../contactEditorStore';
import { useContactListStore } from '../contactListStore';

/** Nothing to list: says why, and offers the next step. */
export function ContactsEmptyState() {
  const { t } = useTranslation();
  const query = useContactListStore((store) => store.query);
  const clearFilters = useContactListStore((store) => store.clearFilters);
  const openCreate = useContactEditorStore((store) => store.openCreate);
  const filtered = query.tag !== null || query.ownerId !== null || query.custom.length > 0;

  if (filtered) {
    return (
      <NoticeState
        icon={IconFilterOff}
        title={t('contacts.empty.filteredTitle')}
        description={t('contacts.empty.filteredDescription')}
        py={64}
        action={
          <Button variant="default" onClick={() => void clearFilters()}>
            {t('contacts.filter.clear')}
          </Button>
        }
      />
    );
  }
  if (query.view === 'trash') {
    return (
      <NoticeState
        icon={IconTrash}
        title={t('contacts.empty.trashTitle')}
        description={t('contacts.empty.trashDescription')}
        py={64}
      />
    );
  }
  return (
    <NoticeState
      icon={IconUsers}
      variant="light"
      title={t('contacts.empty.title')}
      description={t('contacts.empty.description')}
      py={64}
      action={
        <Button leftSection={<IconPlus size={16} />} onClick={openCreate}>
          {t('contacts.new')}
        </Button>
      }
    />
  );
}
