import { Button, Loader } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../i18n/errorMessages';
import classes from './VirtualList.module.css';

/** Start fetching the next page this many rows before the end comes into view. */
const PREFETCH_ROWS = 15;
const PAGE_KEYS_STEP = 10;

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

interface VirtualListProps<T> {
  items: T[];
  rowHeight: number;
  /** Names the rows' element ids (`<idPrefix>-<index>`) and the list for assistive technology. */
  idPrefix: string;
  label: string;
  hasMore: boolean;
  loadingMore: boolean;
  moreError: unknown;
  /** Said beside the loader while the next page loads. */
  loadingMoreText: string;
  onLoadMore(): void;
  onOpen(item: T): void;
  keyOf(item: T): string | number;
  /** One row's content; the row itself (position, selection, click) is this list's. */
  renderRow(item: T): ReactNode;
  /** Extra class names of a row, e.g. its grid columns or a highlight. */
  rowClassName?(item: T): string;
  /** A key the list does not use itself (Space, Escape…), with the row the keyboard is on. */
  onOtherKey?(event: KeyboardEvent<HTMLDivElement>, activeItem: T | undefined): void;
}

/**
 * A virtualized list of rows: only what is on screen is rendered, the next page loads on
 * scroll, arrow keys (and Page Up/Down, Home, End) move and Enter opens.
 */
export function VirtualList<T>({
  items,
  rowHeight,
  idPrefix,
  label,
  hasMore,
  loadingMore,
  moreError,
  loadingMoreText,
  onLoadMore,
  onOpen,
  keyOf,
  renderRow,
  rowClassName,
  onOtherKey,
}: VirtualListProps<T>) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const [activeIndex, setActiveIndex] = useState(-1);
  const showFooter = hasMore || loadingMore || moreError !== null;
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render on purpose
  const virtualizer = useVirtualizer({
    count: items.length + (showFooter ? 1 : 0),
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 8,
  });
  const rows = virtualizer.getVirtualItems();
  const lastShown = rows.at(-1)?.index ?? -1;
  const active = Math.min(activeIndex, items.length - 1);

  useEffect(() => {
    if (hasMore && !loadingMore && moreError === null && lastShown >= items.length - PREFETCH_ROWS)
      onLoadMore();
  }, [hasMore, loadingMore, moreError, lastShown, items.length, onLoadMore]);

  // Arrow keys work at once on a fresh page, but focus is never taken from a field or a dialog.
  useEffect(() => {
    if (document.activeElement === document.body) scrollRef.current?.focus({ preventScroll: true });
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Enter' && items[active]) {
      event.preventDefault();
      onOpen(items[active]);
      return;
    }
    const next = nextIndex(event.key, active, items.length);
    if (next === null) {
      onOtherKey?.(event, items[active]);
      return;
    }
    if (items.length === 0) return;
    event.preventDefault();
    setActiveIndex(next);
    virtualizer.scrollToIndex(next);
  };

  const rowId = (index: number) => `${idPrefix}-${index}`;

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
          const item = items[row.index];
          const style = { height: row.size, transform: `translateY(${row.start}px)` };
          if (item === undefined) {
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
                    {loadingMoreText}
                  </>
                )}
              </div>
            );
          }
          return (
            <div
              key={keyOf(item)}
              id={rowId(row.index)}
              role="option"
              aria-selected={row.index === active}
              className={`${classes.row} ${rowClassName?.(item) ?? ''}`}
              style={style}
              onClick={() => {
                setActiveIndex(row.index);
                onOpen(item);
              }}
            >
              {renderRow(item)}
            </div>
          );
        })}
      </div>
    </div>
  );
}
