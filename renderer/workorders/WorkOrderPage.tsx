import { Anchor, Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconEdit } from '@tabler/icons-react';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { WorkOrder } from '../../shared/workorders/contract';
import { call } from '../bridge/call';
import { formatDateTime } from '../i18n/formatDate';
import { RecordContent, RecordPage } from '../ui/RecordPage';
import { useRecord } from '../ui/useRecord';
import { AssigneeSelect } from './AssigneeSelect';
import { AttachmentsCard } from './attachments/AttachmentsCard';
import { isOverdue } from './queueFilter';
import { StatusActions } from './StatusActions';
import { Thread } from './Thread';
import { ScheduleInstallationButton } from '../installation/ScheduleInstallationButton';
import { WorkOrderProductsCard } from '../inventory/WorkOrderProductsCard';
import { RemoteHelpButton } from '../remote/RemoteHelpButton';
import { useNow } from '../ui/useNow';
import { PriorityBadge, StatusBadge } from './WorkOrderBadges';
import { announceWorkOrderChanged, onWorkOrderIdChanged } from './workOrderChanges';
import { WorkOrderEditor } from './WorkOrderEditor';
import { hideWorkOrderNotices } from './useWorkOrderNotices';
import { useSlaFacts } from './sla/SlaFacts';

const loadWorkOrder = (id: number) => call('workorders.get', { id });

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text fz="xs" c="dimmed" fw={600} tt="uppercase">
        {label}
      </Text>
      <Text fz="sm" component="div">
        {children}
      </Text>
    </Stack>
  );
}

function Facts({ workOrder }: { workOrder: WorkOrder }) {
  const { t, i18n } = useTranslation();
  const slaFacts = useSlaFacts(workOrder);
  const none = (
    <Text span c="dimmed" fz="sm">
      —
    </Text>
  );
  return (
    <Stack gap="lg">
      {workOrder.description && (
        <Text fz="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {workOrder.description}
        </Text>
      )}
      <SimpleGrid cols={{ base: 2, md: 4 }} spacing="lg">
        <Fact label={t('workorders.fields.customer')}>
          {workOrder.contactId !== null && (
            <Anchor component={Link} to={`/contacts/${workOrder.contactId}`} fz="sm">
              {workOrder.contactName}
            </Anchor>
          )}
          {workOrder.contactId !== null && workOrder.companyId !== null && ' · '}
          {workOrder.companyId !== null && (
            <Anchor component={Link} to={`/companies/${workOrder.companyId}`} fz="sm">
              {workOrder.companyName}
            </Anchor>
          )}
          {workOrder.contactId === null && workOrder.companyId === null && none}
        </Fact>
        <Fact label={t('workorders.fields.category')}>{workOrder.category ?? none}</Fact>
        <Fact label={t('workorders.fields.channel')}>{t(`workorders.channels.${workOrder.channel}`)}</Fact>
        <Fact label={t('workorders.fields.due')}>
          {workOrder.dueAt === null ? none : formatDateTime(workOrder.dueAt, i18n.language)}
        </Fact>
        {slaFacts.map((fact) => (
          <Fact key={fact.key} label={fact.label}>
            {fact.value}
          </Fact>
        ))}
        <Fact label={t('workorders.fields.watchers')}>
          {workOrder.watchers.length === 0
            ? none
            : workOrder.watchers.map((watcher) => watcher.name).join(', ')}
        </Fact>
        <Fact label={t('workorders.fields.created')}>
          {t('workorders.detail.createdBy', {
            name: workOrder.createdByName,
            at: formatDateTime(workOrder.createdAt, i18n.language),
          })}
        </Fact>
        <Fact label={t('workorders.fields.updated')}>
          {formatDateTime(workOrder.updatedAt, i18n.language)}
        </Fact>
      </SimpleGrid>
    </Stack>
  );
}

function WorkOrderDetail({ workOrder }: { workOrder: WorkOrder }) {
  const { t } = useTranslation();
  const now = useNow();
  const [editing, setEditing] = useState(false);
  const overdue = isOverdue(workOrder, now);

  return (
    <Stack gap="xl">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={6} miw={0}>
          <Group gap="xs">
            <Text ff="monospace" c="dimmed" fz="sm">
              {workOrder.number}
            </Text>
            <StatusBadge status={workOrder.status} />
            <PriorityBadge priority={workOrder.priority} />
            {overdue && (
              <Badge color="red" variant="filled" tt="none">
                {t('workorders.list.overdue')}
              </Badge>
            )}
          </Group>
          <Title order={1} fz="h2">
            {workOrder.subject}
          </Title>
        </Stack>
        {!editing && (
          <Button variant="default" leftSection={<IconEdit size={16} />} onClick={() => setEditing(true)}>
            {t('common.edit')}
          </Button>
        )}
      </Group>
      <Group justify="space-between" align="flex-end">
        <StatusActions workOrder={workOrder} />
        <Group gap="sm" align="flex-end">
          <ScheduleInstallationButton
            prefill={{
              workOrderId: workOrder.id,
              title: workOrder.subject,
              companyId: workOrder.companyId,
              ...(workOrder.contactId !== null && {
                contact: {
                  id: workOrder.contactId,
                  name: workOrder.contactName ?? '',
                  companyId: workOrder.companyId,
                },
              }),
            }}
          />
          <RemoteHelpButton
            subject={{ workOrderId: workOrder.id, contactId: workOrder.contactId ?? undefined }}
          />
          <AssigneeSelect workOrder={workOrder} />
        </Group>
      </Group>
      <Card withBorder radius="md" padding="lg">
        {editing ? (
          <WorkOrderEditor
            workOrder={workOrder}
            onDone={(saved) => {
              setEditing(false);
              if (saved) announceWorkOrderChanged(saved.id);
            }}
          />
        ) : (
          <Facts workOrder={workOrder} />
        )}
      </Card>
      <WorkOrderProductsCard workOrderId={workOrder.id} />
      <AttachmentsCard workOrderId={workOrder.id} />
      <Thread workOrderId={workOrder.id} />
    </Stack>
  );
}

/** One work order, kept current when it changes here or on another seat. */
function LoadedWorkOrder({ id }: { id: number }) {
  const { state, reload } = useRecord(id, loadWorkOrder, onWorkOrderIdChanged);
  // Once it is open, its notices have done their job.
  useEffect(() => hideWorkOrderNotices(id), [id]);
  return (
    <RecordContent state={state} onRetry={reload}>
      {(workOrder) => <WorkOrderDetail workOrder={workOrder} />}
    </RecordContent>
  );
}

/** `/workorders/:id`: a work order, its status and assignee, its fields and its thread. */
export function WorkOrderPage() {
  const { t } = useTranslation();
  return (
    <RecordPage back={{ to: '/workorders', label: t('workorders.detail.back') }}>
      {(id) => <LoadedWorkOrder id={id} />}
    </RecordPage>
  );
}
