import { Button, Card, Group, Title } from '@mantine/core';
import { IconPlus, IconReceipt } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../shared/contacts/contract';
import { mayCall } from '../app/access';
import { useSession } from '../auth/authStore';
import { call } from '../bridge/call';
import { onEvent } from '../bridge/events';
import { PagedListContent } from '../ui/PagedListContent';
import { usePagedList } from '../ui/usePagedList';
import { OrderDialog } from './OrderDialog';
import { OrdersTable } from './OrdersTable';
import { useOrdersAccess } from './useOrdersAccess';

function OrdersCard({ contact, writable }: { contact: Contact; writable: boolean }) {
  const { t } = useTranslation();
  const [creating, setCreating] = useState(false);
  const list = usePagedList(String(contact.id), (cursor) =>
    call('orders.list', { contactId: contact.id, cursor, limit: 10 }),
  );
  const { reload } = list;
  useEffect(() => onEvent('order.changed', reload), [reload]);
  return (
    <Card withBorder radius="lg" padding="lg" component="section" aria-label={t('orders.card.title')}>
      <Group justify="space-between" mb="sm">
        <Title order={2} fz="md">
          {t('orders.card.title')}
        </Title>
        {writable && (
          <Button
            size="xs"
            variant="light"
            leftSection={<IconPlus size={14} />}
            onClick={() => setCreating(true)}
          >
            {t('orders.list.new')}
          </Button>
        )}
      </Group>
      <PagedListContent
        list={list}
        empty={{
          icon: IconReceipt,
          title: t('orders.card.emptyTitle'),
          description: t('orders.card.emptyText'),
        }}
      >
        {(orders) => <OrdersTable orders={orders} withCustomer={false} label={t('orders.card.title')} />}
      </PagedListContent>
      <OrderDialog
        opened={creating}
        order={null}
        contact={{ id: contact.id, name: contact.name, companyId: contact.companyId }}
        onClose={() => setCreating(false)}
      />
    </Card>
  );
}

/** A customer's sales orders, newest first; absent where the licence has no order management. */
export function ContactOrdersCard({ contact }: { contact: Contact }) {
  const { user } = useSession();
  const access = useOrdersAccess();
  if (access !== 'open' && access !== 'readOnly') return null;
  const writable = access === 'open' && contact.deletedAt === null && mayCall(user.role, 'orders.create');
  return <OrdersCard contact={contact} writable={writable} />;
}
