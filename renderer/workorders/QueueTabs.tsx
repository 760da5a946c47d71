import { Badge, Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { WORK_ORDER_QUEUES, type WorkOrderQueue } from '../../shared/workorders/contract';
import { useQueueStore } from './queueStore';

/** The queues, each with how many work orders it holds now. */
export function QueueTabs() {
  const { t } = useTranslation();
  const queue = useQueueStore((store) => store.queue);
  const counts = useQueueStore((store) => store.counts);
  const showQueue = useQueueStore((store) => store.showQueue);
  return (
    <Tabs value={queue} onChange={(value) => value && showQueue(value as WorkOrderQueue)} px="lg">
      <Tabs.List aria-label={t('workorders.queues.label')}>
        {WORK_ORDER_QUEUES.map((name) => (
          <Tabs.Tab
            key={name}
            value={name}
            rightSection={
              counts && (
                <Badge
                  size="sm"
                  variant={name === 'overdue' && counts[name] > 0 ? 'filled' : 'light'}
                  color={name === 'overdue' && counts[name] > 0 ? 'red' : 'gray'}
                  data-testid={`queue-count-${name}`}
                >
                  {counts[name]}
                </Badge>
              )
            }
          >
            {t(`workorders.queues.${name}`)}
          </Tabs.Tab>
        ))}
      </Tabs.List>
    </Tabs>
  );
}
