import { IconFilterOff, IconInbox } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useShallow } from 'zustand/react/shallow';
import { CenteredLoader } from '../ui/CenteredLoader';
import { ErrorState } from '../ui/ErrorState';
import { NoticeState } from '../ui/NoticeState';
import { VirtualList } from '../ui/VirtualList';
import { filterCount, isOverdue } from './queueFilter';
import { useQueueStore } from './queueStore';
import { useNow } from '../ui/useNow';
import { useSlaRowClass } from './sla/SlaRowBadge';
import classes from './WorkOrderList.module.css';
import { WorkOrderListHeader, WorkOrderRow } from './WorkOrderRow';

const ROW_HEIGHT = 57;

/** The queue's content in each state: loading, failed, empty (why), or the rows. */
export function WorkOrderListBody() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const now = useNow();
  const slaRowClass = useSlaRowClass();
  const list = useQueueStore(
    useShallow((store) => ({
      queue: store.queue,
      filter: store.filter,
      status: store.status,
      items: store.items,
      error: store.error,
      nextCursor: store.nextCursor,
      loadingMore: store.loadingMore,
      moreError: store.moreError,
      load: store.load,
      loadMore: store.loadMore,
    })),
  );

  if (list.status === 'error') return <ErrorState error={list.error} onRetry={() => void list.load()} />;
  if (list.status === 'loading') return <CenteredLoader />;
  if (list.items.length === 0) {
    const filtered = filterCount(list.filter) > 0 || list.filter.text.trim() !== '';
    return filtered ? (
      <NoticeState
        icon={IconFilterOff}
        title={t('workorders.empty.filteredTitle')}
        description={t('workorders.empty.filtered')}
        py="xl"
      />
    ) : (
      <NoticeState
        icon={IconInbox}
        title={t(`workorders.empty.titles.${list.queue}`)}
        description={t(`workorders.empty.texts.${list.queue}`)}
        py="xl"
      />
    );
  }
  return (
    <>
      <WorkOrderListHeader />
      <VirtualList
        items={list.items}
        rowHeight={ROW_HEIGHT}
        idPrefix="workorder-row"
        label={t(`workorders.queues.${list.queue}`)}
        hasMore={list.nextCursor !== null}
        loadingMore={list.loadingMore}
        moreError={list.moreError}
        loadingMoreText={t('workorders.list.loadingMore')}
        onLoadMore={() => void list.loadMore()}
        onOpen={(workOrder) => void navigate(`/workorders/${workOrder.id}`)}
        keyOf={(workOrder) => workOrder.id}
        rowClassName={(workOrder) =>
          `${classes.columns} ${isOverdue(workOrder, now) ? (classes.overdue ?? '') : slaRowClass(workOrder, now)}`
        }
        renderRow={(workOrder) => (
          <WorkOrderRow workOrder={workOrder} now={now} overdue={isOverdue(workOrder, now)} />
        )}
      />
    </>
  );
}
