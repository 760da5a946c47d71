import { Button, Card, Group, SegmentedControl, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconBoxSeam, IconPlus, IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Product } from '../../shared/inventory/contract';
import { mayCall } from '../app/access';
import { useSession } from '../auth/authStore';
import { call } from '../bridge/call';
import { onEvent } from '../bridge/events';
import { PagedListContent } from '../ui/PagedListContent';
import { PageFrame } from '../ui/PageFrame';
import { PageHeader } from '../ui/PageHeader';
import { usePagedList } from '../ui/usePagedList';
import { productErrorText } from './inventoryErrors';
import { ProductDialog } from './ProductDialog';
import { ProductTable } from './ProductTable';
import { PurchasingLinks } from './purchasing/PurchasingLinks';
import { useInventoryAccess } from './useInventoryAccess';

type View = 'active' | 'archived';
/** The dialog: closed, a new product, or the product being edited. */
type Editing = { opened: false } | { opened: true; product: Product | null };

/** `/inventory/products`: the catalogue, searched by SKU or name, with its active and archived products. */
export function ProductsPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const writable = useInventoryAccess() === 'open' && mayCall(user.role, 'products.create');
  const [view, setView] = useState<View>('active');
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query.trim(), 200);
  const [editing, setEditing] = useState<Editing>({ opened: false });
  const archived = view === 'archived';

  const list = usePagedList(`${view}:${debounced}`, (cursor) =>
    call('products.list', { filter: { query: debounced, archived }, cursor, limit: 50 }),
  );
  const { reload } = list;
  useEffect(() => onEvent('product.changed', reload), [reload]);

  const setArchived = async (product: Product, archive: boolean) => {
    try {
      const saved = await call('products.setArchived', {
        id: product.id,
        version: product.version,
        archived: archive,
      });
      notifications.show({
        color: 'teal',
        message: t(archive ? 'inventory.products.archived' : 'inventory.products.restored', {
          sku: saved.sku,
        }),
      });
    } catch (error) {
      notifications.show({ color: 'red', title: product.sku, message: productErrorText(error)(t) });
    }
    reload();
  };

  const empty =
    debounced !== ''
      ? {
          icon: IconSearch,
          title: t('inventory.products.noMatch.title'),
          description: t('inventory.products.noMatch.description'),
        }
      : archived
        ? {
            icon: IconBoxSeam,
            title: t('inventory.products.noArchived.title'),
            description: t('inventory.products.noArchived.description'),
          }
        : {
            icon: IconBoxSeam,
            title: t('inventory.products.empty.title'),
            description: t('inventory.products.empty.description'),
          };

  return (
    <PageFrame>
      <PageHeader
        title={t('inventory.products.title')}
        subtitle={t('inventory.products.subtitle')}
        actions={
          <>
            <PurchasingLinks current="/inventory/products" />
            {writable && (
              <Button
                leftSection={<IconPlus size={16} />}
                onClick={() => setEditing({ opened: true, product: null })}
              >
                {t('inventory.products.new')}
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
          placeholder={t('inventory.products.search')}
          aria-label={t('inventory.products.search')}
          value={query}
          onChange={(event) => setQuery(event.currentTarget.value)}
          onKeyDown={(event) => event.key === 'Escape' && query !== '' && setQuery('')}
        />
        <SegmentedControl
          value={view}
          onChange={(next) => setView(next as View)}
          data={[
            { value: 'active', label: t('inventory.products.active') },
            { value: 'archived', label: t('inventory.products.archivedView') },
          ]}
        />
      </Group>
      <Card withBorder radius="md" padding="xs">
        <PagedListContent list={list} empty={empty}>
          {(products) => (
            <ProductTable
              products={products}
              actions={
                writable
                  ? {
                      edit: (product) => setEditing({ opened: true, product }),
                      setArchived: (product, archive) => void setArchived(product, archive),
                    }
                  : null
              }
            />
          )}
        </PagedListContent>
      </Card>
      <ProductDialog
        opened={editing.opened}
        product={editing.opened ? editing.product : null}
        onClose={() => setEditing({ opened: false })}
      />
    </PageFrame>
  );
}
