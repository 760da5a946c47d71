import { Badge, Button, Card, Group, SegmentedControl, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import {
  IconArchive,
  IconArchiveOff,
  IconBuildingWarehouse,
  IconEdit,
  IconPlus,
  IconSearch,
} from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Supplier } from '../../../shared/inventory/purchasing';
import { mayCall } from '../../app/access';
import { useSession } from '../../auth/authStore';
import { call } from '../../bridge/call';
import { onEvent } from '../../bridge/events';
import { IconButton } from '../../ui/IconButton';
import { PagedListContent } from '../../ui/PagedListContent';
import { PageFrame } from '../../ui/PageFrame';
import { PageHeader } from '../../ui/PageHeader';
import { usePagedList } from '../../ui/usePagedList';
import { useInventoryAccess } from '../useInventoryAccess';
import { PurchasingLinks } from './PurchasingLinks';
import { supplierErrorText } from './purchasingErrors';
import { SupplierDialog } from './SupplierDialog';

type View = 'active' | 'archived';
/** The dialog: closed, a new supplier, or the supplier being edited. */
type Editing = { opened: false } | { opened: true; supplier: Supplier | null };

/** `/inventory/suppliers`: who the company buys from, searched by name, active or archived. */
export function SuppliersPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const writable = useInventoryAccess() === 'open' && mayCall(user.role, 'suppliers.create');
  const [view, setView] = useState<View>('active');
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query.trim(), 200);
  const [editing, setEditing] = useState<Editing>({ opened: false });
  const archived = view === 'archived';

  const list = usePagedList(`${view}:${debounced}`, (cursor) =>
    call('suppliers.list', { filter: { query: debounced, archived }, cursor, limit: 50 }),
  );
  const { reload } = list;
  useEffect(() => onEvent('supplier.changed', reload), [reload]);

  const setArchived = async (supplier: Supplier, archive: boolean) => {
    try {
      const saved = await call('suppliers.setArchived', {
        id: supplier.id,
        version: supplier.version,
        archived: archive,
      });
      notifications.show({
        color: 'teal',
        message: t(archive ? 'purchasing.suppliers.archived' : 'purchasing.suppliers.restored', {
          name: saved.name,
        }),
      });
    } catch (error) {
      notifications.show({ color: 'red', title: supplier.name, message: supplierErrorText(error)(t) });
    }
    reload();
  };

  const empty =
    debounced !== ''
      ? {
          icon: IconSearch,
          title: t('purchasing.suppliers.noMatch.title'),
          description: t('purchasing.suppliers.noMatch.description'),
        }
      : {
          icon: IconBuildingWarehouse,
          title: t(archived ? 'purchasing.suppliers.noArchived.title' : 'purchasing.suppliers.empty.title'),
          description: t(
            archived
              ? 'purchasing.suppliers.noArchived.description'
              : 'purchasing.suppliers.empty.description',
          ),
        };

  return (
    <PageFrame>
      <PageHeader
        title={t('purchasing.suppliers.title')}
        subtitle={t('purchasing.suppliers.subtitle')}
        actions={
          <Group gap="xs">
            <PurchasingLinks current="/inventory/suppliers" />
            {writable && (
              <Button
                leftSection={<IconPlus size={16} />}
                onClick={() => setEditing({ opened: true, supplier: null })}
              >
                {t('purchasing.suppliers.new')}
              </Button>
            )}
          </Group>
        }
      />
      <Group mb="md" gap="md">
        <TextInput
          flex={1}
          maw={420}
          leftSection={<IconSearch size={16} />}
          placeholder={t('purchasing.suppliers.search')}
          aria-label={t('purchasing.suppliers.search')}
          value={query}
          onChange={(event) => setQuery(event.currentTarget.value)}
          onKeyDown={(event) => event.key === 'Escape' && query !== '' && setQuery('')}
        />
        <SegmentedControl
          value={view}
          onChange={(next) => setView(next as View)}
          data={[
            { value: 'active', label: t('purchasing.suppliers.active') },
            { value: 'archived', label: t('purchasing.suppliers.archivedView') },
          ]}
        />
      </Group>
      <Card withBorder radius="md" padding="xs">
        <PagedListContent list={list} empty={empty}>
          {(suppliers) => (
            <Table highlightOnHover verticalSpacing="xs" aria-label={t('purchasing.suppliers.title')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('purchasing.supplierFields.name')}</Table.Th>
                  <Table.Th>{t('purchasing.supplierFields.contactPerson')}</Table.Th>
                  <Table.Th>{t('purchasing.supplierFields.phone')}</Table.Th>
                  <Table.Th>{t('purchasing.supplierFields.email')}</Table.Th>
                  {writable && <Table.Th aria-label={t('purchasing.suppliers.actions')} />}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {suppliers.map((supplier) => (
                  <Table.Tr key={supplier.id}>
                    <Table.Td>
                      <Text fz="sm" fw={500}>
                        {supplier.name}
                      </Text>
                      {supplier.address && (
                        <Text fz="xs" c="dimmed" lineClamp={1}>
                          {supplier.address}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td fz="sm">{supplier.contactPerson}</Table.Td>
                    <Table.Td fz="sm">{supplier.phone}</Table.Td>
                    <Table.Td fz="sm">{supplier.email}</Table.Td>
                    {writable && (
                      <Table.Td w={96}>
                        <Group gap={4} justify="flex-end" wrap="nowrap">
                          {supplier.archived ? (
                            <Badge variant="light" color="gray" tt="none" mr="xs">
                              {t('purchasing.suppliers.archivedBadge')}
                            </Badge>
                          ) : (
                            <IconButton
                              icon={IconEdit}
                              label={t('purchasing.suppliers.editLabel', { name: supplier.name })}
                              hint={t('purchasing.suppliers.edit')}
                              onClick={() => setEditing({ opened: true, supplier })}
                            />
                          )}
                          <IconButton
                            icon={supplier.archived ? IconArchiveOff : IconArchive}
                            color={supplier.archived ? undefined : 'red'}
                            label={t(
                              supplier.archived
                                ? 'purchasing.suppliers.restoreLabel'
                                : 'purchasing.suppliers.archiveLabel',
                              { name: supplier.name },
                            )}
                            hint={t(
                              supplier.archived
                                ? 'purchasing.suppliers.restore'
                                : 'purchasing.suppliers.archive',
                            )}
                            onClick={() => void setArchived(supplier, !supplier.archived)}
                          />
                        </Group>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </PagedListContent>
      </Card>
      <SupplierDialog
        opened={editing.opened}
        supplier={editing.opened ? editing.supplier : null}
        onClose={() => setEditing({ opened: false })}
      />
    </PageFrame>
  );
}
