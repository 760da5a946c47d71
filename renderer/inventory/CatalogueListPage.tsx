import { Button, Card, Group, SegmentedControl, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconSearch, type Icon } from '@tabler/icons-react';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { mayCall } from '../app/access';
import { useSession } from '../auth/authStore';
import { onEvent } from '../bridge/events';
import type { Translatable } from '../i18n/errorMessages';
import { PagedListContent } from '../ui/PagedListContent';
import { PageFrame } from '../ui/PageFrame';
import { PageHeader } from '../ui/PageHeader';
import { usePagedList, type Page } from '../ui/usePagedList';
import { nameValues, type CatalogueNaming } from './catalogueNaming';
import type { CatalogueActions } from './CatalogueRowActions';
import { PurchasingLinks } from './purchasing/PurchasingLinks';
import { useInventoryAccess } from './useInventoryAccess';

type View = 'active' | 'archived';
/** The dialog: closed, a new record, or the record being edited. */
type Editing<T> = { opened: false } | { opened: true; item: T | null };

interface CatalogueListPageProps<T> {
  naming: CatalogueNaming<T>;
  /** This page, left out of the links to the other inventory pages. */
  path: '/inventory/products' | '/inventory/suppliers';
  /** The empty list's picture. */
  icon: Icon;
  /** Who may call it sees the New button and each row's actions (while the licence allows changes). */
  createProcedure: 'products.create' | 'suppliers.create';
  /** The event after which the list reloads. */
  changedEvent: 'product.changed' | 'supplier.changed';
  load(filter: { query: string; archived: boolean }, cursor: string | null): Promise<Page<T>>;
  setArchived(item: T, archived: boolean): Promise<T>;
  /** Why archiving or restoring was refused, in the page's words. */
  errorText(error: unknown): Translatable;
  /** The records' table; `actions` is null for those who may not change them. */
  table(items: T[], actions: CatalogueActions<T> | null): ReactNode;
  /** The dialog that adds a record (`item` null) or edits one. */
  dialog(props: { opened: boolean; item: T | null; onClose(): void }): ReactNode;
}

/** A catalogue (products, suppliers): searched, active or archived, added to, edited and archived. */
export function CatalogueListPage<T>({
  naming,
  path,
  icon,
  createProcedure,
  changedEvent,
  load,
  setArchived,
  errorText,
  table,
  dialog,
}: CatalogueListPageProps<T>) {
  const { t } = useTranslation();
  const { user } = useSession();
  const writable = useInventoryAccess() === 'open' && mayCall(user.role, createProcedure);
  const [view, setView] = useState<View>('active');
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query.trim(), 200);
  const [editing, setEditing] = useState<Editing<T>>({ opened: false });
  const archived = view === 'archived';
  const { texts } = naming;

  const list = usePagedList(`${view}:${debounced}`, (cursor) => load({ query: debounced, archived }, cursor));
  const { reload } = list;
  useEffect(() => onEvent(changedEvent, reload), [changedEvent, reload]);

  const archiveOrRestore = async (item: T, archive: boolean) => {
    try {
      const saved = await setArchived(item, archive);
      notifications.show({
        color: 'teal',
        message: t(archive ? `${texts}.archived` : `${texts}.restored`, nameValues(naming, saved)),
      });
    } catch (error) {
      notifications.show({ color: 'red', title: naming.nameOf(item), message: errorText(error)(t) });
    }
    reload();
  };

  const empty =
    debounced !== ''
      ? {
          icon: IconSearch,
          title: t(`${texts}.noMatch.title`),
          description: t(`${texts}.noMatch.description`),
        }
      : {
          icon,
          title: t(archived ? `${texts}.noArchived.title` : `${texts}.empty.title`),
          description: t(archived ? `${texts}.noArchived.description` : `${texts}.empty.description`),
        };

  return (
    <PageFrame>
      <PageHeader
        title={t(`${texts}.title`)}
        subtitle={t(`${texts}.subtitle`)}
        actions={
          <>
            <PurchasingLinks current={path} />
            {writable && (
              <Button
                leftSection={<IconPlus size={16} />}
                onClick={() => setEditing({ opened: true, item: null })}
              >
                {t(`${texts}.new`)}
              </Button>
            )}
          </>
        }
      />
      <Group mb="md" gap="md">
        <TextInput
          flex={1}
          maw={420}
          leftSection={<IconSearch size={16} />}
          placeholder={t(`${texts}.search`)}
          aria-label={t(`${texts}.search`)}
          value={query}
          onChange={(event) => setQuery(event.currentTarget.value)}
          onKeyDown={(event) => event.key === 'Escape' && query !== '' && setQuery('')}
        />
        <SegmentedControl
          value={view}
          onChange={(next) => setView(next as View)}
          data={[
            { value: 'active', label: t(`${texts}.active`) },
            { value: 'archived', label: t(`${texts}.archivedView`) },
          ]}
        />
      </Group>
      <Card withBorder radius="md" padding="xs">
        <PagedListContent list={list} empty={empty}>
          {(items) =>
            table(
              items,
              writable
                ? {
                    edit: (item) => setEditing({ opened: true, item }),
                    setArchived: (item, archive) => void archiveOrRestore(item, archive),
                  }
                : null,
            )
          }
        </PagedListContent>
      </Card>
      {dialog({
        opened: editing.opened,
        item: editing.opened ? editing.item : null,
        onClose: () => setEditing({ opened: false }),
      })}
    </PageFrame>
  );
}
