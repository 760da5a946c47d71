import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useShallow } from 'zustand/react/shallow';
import { customColumnsStyle, useListColumns } from '../../custom-fields/listColumns';
import { ErrorState } from '../../ui/ErrorState';
import { useContactListStore, type ContactView } from '../contactListStore';
import { ContactList } from './ContactList';
import { ContactListHeader } from './ContactListHeader';
import { ContactListSkeleton } from './ContactListSkeleton';
import { ContactsEmptyState } from './ContactsEmptyState';

/** The list's content in each state: loading, failed, empty, or the rows. */
export function ContactListBody({ view }: { view: ContactView }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const list = useContactListStore(
    useShallow((store) => ({
      items: store.items,
      status: store.status,
      error: store.error,
      nextCursor: store.nextCursor,
      loadingMore: store.loadingMore,
      moreError: store.moreError,
      reload: store.reload,
      loadMore: store.loadMore,
    })),
  );

  const customColumns = useListColumns('contact');
  const loadedIds = useMemo(() => list.items.map((contact) => contact.id), [list.items]);
  // Only live customers are exported by id, so the trash has no selection.
  const selectable = view === 'active';

  if (list.status === 'loading') return <ContactListSkeleton />;
  if (list.status === 'error') return <ErrorState error={list.error} onRetry={() => void list.reload()} />;
  if (list.items.length === 0) return <ContactsEmptyState />;
  return (
    // The custom columns' tracks reach the header and every row of the grid through this.
    <div style={{ display: 'contents', ...customColumnsStyle(customColumns) }}>
      <ContactListHeader
        view={view}
        customColumns={customColumns}
        loadedIds={selectable ? loadedIds : null}
      />
      <ContactList
        contacts={list.items}
        customColumns={customColumns}
        selectable={selectable}
        hasMore={list.nextCursor !== null}
        loadingMore={list.loadingMore}
        moreError={list.moreError}
        label={view === 'trash' ? t('contacts.views.trash') : t('contacts.title')}
        onLoadMore={() => void list.loadMore()}
        onOpen={(contact) => void navigate(`/contacts/${contact.id}`)}
      />
    </div>
  );
}
