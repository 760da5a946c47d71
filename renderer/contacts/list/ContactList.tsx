import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../../shared/contacts/contract';
import type { CustomFieldDef } from '../../../shared/custom-fields/contract';
import { VirtualList } from '../../ui/VirtualList';
import classes from './ContactList.module.css';
import { ContactRow } from './ContactRow';
import { useContactSelectionStore } from './contactSelectionStore';

const ROW_HEIGHT = 57;

interface ContactListProps {
  contacts: Contact[];
  /** The custom fields shown as columns. */
  customColumns: readonly CustomFieldDef[];
  /** Rows get a checkbox; Space selects the row the keyboard is on, Escape selects none. */
  selectable: boolean;
  hasMore: boolean;
  loadingMore: boolean;
  moreError: unknown;
  label: string;
  onLoadMore(): void;
  onOpen(contact: Contact): void;
}

/** The virtualized contact rows: only what is on screen is rendered, pages load on scroll. */
export function ContactList({ contacts, customColumns, selectable, ...list }: ContactListProps) {
  const { t } = useTranslation();
  const [now] = useState(() => Date.now());
  const selected = useContactSelectionStore((store) => store.selected);
  const toggle = useContactSelectionStore((store) => store.toggle);
  const clear = useContactSelectionStore((store) => store.clear);

  const onOtherKey = (event: KeyboardEvent, contact: Contact | undefined) => {
    if (event.key === ' ' && contact) {
      event.preventDefault();
      toggle(contact.id);
    } else if (event.key === 'Escape' && selected.size > 0) {
      event.preventDefault();
      clear();
    }
  };

  return (
    <VirtualList
      items={contacts}
      rowHeight={ROW_HEIGHT}
      idPrefix="contact-row"
      loadingMoreText={t('contacts.list.loadingMore')}
      keyOf={(contact) => contact.id}
      rowClassName={() => `${classes.columns} ${selectable ? classes.selectable : ''}`}
      renderRow={(contact) => (
        <ContactRow
          contact={contact}
          now={now}
          customColumns={customColumns}
          selection={
            selectable
              ? { selected: selected.has(contact.id), onToggle: () => toggle(contact.id) }
              : undefined
          }
        />
      )}
      onOtherKey={selectable ? onOtherKey : undefined}
      {...list}
    />
  );
}
