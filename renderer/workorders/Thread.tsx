import { Card, Stack, Title } from '@mantine/core';
import { IconMessages } from '@tabler/icons-react';
import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { isOwnThreadEntry, type LinkedThreadEntry } from '../../shared/workorders/contract';
import { call } from '../bridge/call';
import { PagedListContent } from '../ui/PagedListContent';
import { usePagedList } from '../ui/usePagedList';
import { Composer } from './Composer';
import { LINKED_ENTRY_RENDERERS, linkedRendererFor } from './linkedEntryRenderers';
import { ThreadEntryView } from './ThreadEntryView';
import { onWorkOrderChanged } from './workOrderChanges';

const PAGE = 100;

function LinkedEntryView({ entry }: { entry: LinkedThreadEntry }) {
  const { Content } = linkedRendererFor(entry.kind);
  return <Content entry={entry} />;
}

/** The conversation, oldest first, followed live, with the composer below it. */
export function Thread({ workOrderId }: { workOrderId: number }) {
  const { t } = useTranslation();
  const load = useCallback(
    (cursor: string | null) => call('workorders.thread', { id: workOrderId, cursor, limit: PAGE }),
    [workOrderId],
  );
  const list = usePagedList(String(workOrderId), load);
  const { reload } = list;
  useEffect(
    () => onWorkOrderChanged((change) => change.id === workOrderId && reload()),
    [workOrderId, reload],
  );
  useEffect(() => {
    const stops = Object.values(LINKED_ENTRY_RENDERERS).map((renderer) =>
      renderer.subscribe((changedId) => changedId === workOrderId && reload()),
    );
    return () => stops.forEach((stop) => stop());
  }, [workOrderId, reload]);

  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-label={t('workorders.thread.title')}>
      <Title order={2} fz="h4" mb="md">
        {t('workorders.thread.title')}
      </Title>
      <Stack gap="sm" mb="lg">
        <PagedListContent
          list={list}
          empty={{
            icon: IconMessages,
            title: t('workorders.thread.emptyTitle'),
            description: t('workorders.thread.emptyText'),
          }}
        >
          {(entries) =>
            entries.map((entry) =>
              isOwnThreadEntry(entry) ? (
                <ThreadEntryView key={entry.id} entry={entry} />
              ) : (
                <LinkedEntryView key={`${entry.kind}:${entry.id}`} entry={entry} />
              ),
            )
          }
        </PagedListContent>
      </Stack>
      <Composer workOrderId={workOrderId} />
    </Card>
  );
}
