import { Button, Loader } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../../shared/contacts/contract';
import { errorMessage } from '../../i18n/errorMessages';
import classes from './ContactList.module.css';
import { ContactRow } from './ContactRow';

const ROW_HEIGHT = 57;
/** Start fetching the next page this many rows before the end comes into view. */
const PREFETCH_ROWS = 15;
const PAGE_KEYS_STEP = 10;

interface ContactListProps {
  contacts: Contact[];
  hasMore: boolean;
  loadingMore: boolean;
  moreError: unknown;
  label: string;
  onLoadMore(): void;
  onOpen(contact: Contact): void;
}

function nextIndex(key: string, current: number, count: number): number | null {
  const last = count - 1;
  switch (key) {
    case 'ArrowDown':
      return Math.min(last, current + 1);
    case 'ArrowUp':
      return Math.max(0, current - 1);
    case 'PageDown':
      return Math.min(last, current + PAGE_KEYS_STEP);
    case 'PageUp':
      return Math.max(0, current - PAGE_KEYS_STEP);
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return null;
  }
}

/** The virtualized contact rows: only what is on screen is rendered, pages load on scroll. */
export function ContactList({
  contacts,
  hasMore,
  loadingMore,
  moreError,
  label,
  onLoadMore,
  onOpen,
}: ContactListProps) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const [activeIndex, setActiveIndex] = useState(-1);
  const [now] = useState(() => Date.now());
  const showFooter = hasMore || loadingMore || moreError !== null;
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render on purpose
  const virtualizer = useVirtualizer({
    count: contacts.length + (showFooter ? 1 : 0),
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });
  const rows = virtualizer.getVirtualItems();
  const lastShown = rows.at(-1)?.index ?? -1;
  const active = Math.min(activeIndex, contacts.length - 1);

  useEffect(() => {
    if (hasMore && !loadingMore && moreError === null && lastShown >= contacts.length - PREFETCH_ROWS)
      onLoadMore();
  }, [hasMore, loadingMore, moreError, lastShown, contacts.length, onLoadMore]);

  // Arrow keys work at once on a fresh page, but focus is never taken from a field or a dialog.
  useEffect(() => {
    if (document.activeElement === document.body) scrollRef.current?.focus({ preventScroll: true });
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Enter' && contacts[active]) {
      event.preventDefault();
      onOpen(contacts[active]);
      return;
    }
    const next = nextIndex(event.key, active, contacts.length);
    if (next === null || contacts.length === 0) return;
    event.preventDefault();
    setActiveIndex(next);
    virtualizer.scrollToIndex(next);
  };

  const rowId = (index: number) => `contact-row-${index}`;

  return (
    <div
      ref={scrollRef}
      className={classes.scroller}
      role="listbox"
      aria-label={label}
      tabIndex={0}
      aria-activedescendant={active >= 0 ? rowId(active) : undefined}
      onKeyDown={onKeyDown}
    >
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {rows.map((row) => {
          const contact = contacts[row.index];
          const style = { height: row.size, transform: `translateY(${row.start}px)` };
          if (!contact) {
            return (
              <div key="footer" className={classes.footerRow} style={style} role="presentation">
                {moreError !== null ? (
                  <>
                    {errorMessage(moreError)(t)}
                    <Button size="compact-sm" variant="light" onClick={onLoadMore}>
                      {t('common.retry')}
                    </Button>
                  </>
                ) : (
                  <>
                    <Loader size="xs" />
                    {t('contacts.list.loadingMore')}
                  </>
                )}
              </div>
            );
          }
          return (
            <ContactRow
              key={contact.id}
              id={rowId(row.index)}
              contact={contact}
              active={row.index === active}
              now={now}
              style={style}
              onOpen={() => {
                setActiveIndex(row.index);
                onOpen(contact);
              }}
            />
          );
        })}
      </div>
    </div>
  );
}
