import { Button, EmptyState } from '@mantine/core';
import { IconFilterOff, IconPlus, IconTrash, IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useContactEditorStore } from '../contactEditorStore';
import { useContactListStore } from '../contactListStore';

/** Nothing to list: says why, and offers the next step. */
export function ContactsEmptyState() {
  const { t } = useTranslation();
  const query = useContactListStore((store) => store.query);
  const clearFilters = useContactListStore((store) => store.clearFilters);
  const openCreate = useContactEditorStore((store) => store.openCreate);
  const filtered = query.tag !== null || query.ownerId !== null;

  if (filtered) {
    return (
      <EmptyState
        icon={<IconFilterOff size={28} />}
        withIndicatorBackground
        title={t('contacts.empty.filteredTitle')}
        description={t('contacts.empty.filteredDescription')}
        py={64}
      >
        <EmptyState.Actions>
          <Button variant="default" onClick={() => void clearFilters()}>
            {t('contacts.filter.clear')}
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    );
  }
  if (query.view === 'trash') {
    return (
      <EmptyState
        icon={<IconTrash size={28} />}
        withIndicatorBackground
        title={t('contacts.empty.trashTitle')}
        description={t('contacts.empty.trashDescription')}
        py={64}
      />
    );
  }
  return (
    <EmptyState
      icon={<IconUsers size={28} />}
      variant="light"
      title={t('contacts.empty.title')}
      description={t('contacts.empty.description')}
      py={64}
    >
      <EmptyState.Actions>
        <Button leftSection={<IconPlus size={16} />} onClick={openCreate}>
          {t('contacts.new')}
        </Button>
      </EmptyState.Actions>
    </EmptyState>
  );
}
