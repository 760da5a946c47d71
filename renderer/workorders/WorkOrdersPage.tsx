import { Box, Button, Group, Kbd, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconChartBar, IconClockExclamation, IconPlus, IconRoute } from '@tabler/icons-react';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { mayCall } from '../app/access';
import { useNewRecordShortcut } from '../app/newRecordStore';
import { useSession } from '../auth/authStore';
import { DesktopRemindersButton } from '../followups/DesktopRemindersButton';
import { NewWorkOrderDialog } from './NewWorkOrderDialog';
import { QueueFilters } from './QueueFilters';
import { QueueTabs } from './QueueTabs';
import { useQueueSync } from './useQueueSync';
import { SavedViews } from './views/SavedViews';
import { useViewsStore } from './views/viewsStore';
import classes from './WorkOrderList.module.css';
import { WorkOrderListBody } from './WorkOrderListBody';

/** `/workorders`: the queues with their counts, filters and the list; `n` opens a new work order. */
export function WorkOrdersPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const [creating, setCreating] = useState(false);
  const openCreate = useCallback(() => setCreating(true), []);
  useNewRecordShortcut(openCreate);
  useQueueSync();
  // Opening a saved view shows its values in the filter bar, typed fields included.
  const viewsOpened = useViewsStore((store) => store.opened);

  return (
    <Stack h="calc(100dvh - var(--app-shell-header-height, 0px))" gap={0}>
      <Group justify="space-between" align="flex-end" px="lg" pt="lg" pb="sm">
        <Box>
          <Title order={1} fz="h2">
            {t('workorders.title')}
          </Title>
          <Text c="dimmed" fz="sm">
            {t('workorders.subtitle')}
          </Text>
        </Box>
        <Group gap="xs">
          <DesktopRemindersButton />
          <Button
            variant="default"
            component={Link}
            to="/workorders/reports"
            leftSection={<IconChartBar size={16} />}
          >
            {t('workorderReports.openReports')}
          </Button>
          {mayCall(user.role, 'workorders.dispatch.save') && (
            <Button
              variant="default"
              component={Link}
              to="/workorders/dispatch"
              leftSection={<IconRoute size={16} />}
            >
              {t('workorders.dispatch.open')}
            </Button>
          )}
          {mayCall(user.role, 'workorders.sla.save') && (
            <Button
              variant="default"
              component={Link}
              to="/workorders/sla"
              leftSection={<IconClockExclamation size={16} />}
            >
              {t('sla.open')}
            </Button>
          )}
          <Tooltip
            label={
              <Group gap={6}>
                {t('workorders.new')} <Kbd size="xs">N</Kbd>
              </Group>
            }
          >
            <Button leftSection={<IconPlus size={16} />} onClick={openCreate}>
              {t('workorders.new')}
            </Button>
          </Tooltip>
        </Group>
      </Group>
      <QueueTabs />
      <SavedViews />
      <QueueFilters key={viewsOpened} />
      <div className={classes.table}>
        <WorkOrderListBody />
      </div>
      <NewWorkOrderDialog opened={creating} onClose={() => setCreating(false)} />
    </Stack>
  );
}
