import { ActionIcon, Badge, Button, Group, Menu, Text, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconBookmarkPlus, IconDots, IconUsers } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { roleAtLeast } from '../../../shared/roles';
import type { SavedView } from '../../../shared/workorders/views';
import { useSession } from '../../auth/authStore';
import { call } from '../../bridge/call';
import { onEvent } from '../../bridge/events';
import { filterOf } from '../queueFilter';
import { useQueueStore } from '../queueStore';
import { DeleteViewDialog } from './DeleteViewDialog';
import { filterValuesOf } from './viewQuery';
import { ViewNameDialog, type ViewNameValues } from './ViewNameDialog';
import { useViewsStore } from './viewsStore';

/** Opens a view: its queue, filter and sort, the filter bar showing them. */
function openView(view: SavedView, missingCustomerText: string) {
  const { values, missingCustomer } = filterValuesOf(view);
  useQueueStore.getState().showView({ queue: view.queue, filter: values, sort: view.sort });
  useViewsStore.getState().markOpened();
  if (missingCustomer) notifications.show({ color: 'yellow', message: missingCustomerText });
}

/**
 * The saved views beside the queues, without counts: a view may filter on anything, and counting
 * each one's matches on every change would read much of the table each time.
 */
export function SavedViews() {
  const { t } = useTranslation();
  const { user } = useSession();
  const views = useViewsStore((store) => store.views);
  const [naming, setNaming] = useState<{ view: SavedView | null } | null>(null);
  const [deleting, setDeleting] = useState<SavedView | null>(null);
  const mayShare = roleAtLeast(user.role, 'admin');

  useEffect(() => {
    const { load } = useViewsStore.getState();
    void load();
    return onEvent('workorderView.changed', () => void load());
  }, []);

  const save = async ({ name, shared }: ViewNameValues): Promise<SavedView> => {
    const renaming = naming?.view;
    if (renaming) {
      const patch = mayShare ? { name, shared } : { name };
      return call('workorders.views.update', { id: renaming.id, version: renaming.version, patch });
    }
    const { queue, filter, sort } = useQueueStore.getState();
    return call('workorders.views.create', { name, queue, filter: filterOf(filter), sort, shared });
  };

  return (
    <Group gap={6} px="lg" pt="xs" wrap="wrap" aria-label={t('workorderViews.label')} role="group">
      <Text fz="sm" c="dimmed" mr={4}>
        {t('workorderViews.label')}
      </Text>
      {views.length === 0 && (
        <Text fz="sm" c="dimmed" fs="italic">
          {t('workorderViews.none')}
        </Text>
      )}
      {views.map((view) => (
        <Group key={view.id} gap={0} wrap="nowrap">
          <Button
            size="compact-sm"
            variant="light"
            onClick={() => openView(view, t('workorderViews.missingCustomer'))}
            rightSection={
              view.shared && (
                <Tooltip label={t('workorderViews.sharedBy', { name: view.ownerName })}>
                  <Badge size="xs" variant="outline" leftSection={<IconUsers size={10} />}>
                    {t('workorderViews.shared')}
                  </Badge>
                </Tooltip>
              )
            }
          >
            {view.name}
          </Button>
          {(view.ownerId === user.id || (view.shared && mayShare)) && (
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <ActionIcon
                  variant="subtle"
                  size="sm"
                  aria-label={t('workorderViews.actions', { name: view.name })}
                >
                  <IconDots size={14} />
                </ActionIcon>
              </Menu.Target>
              <Menu.Dropdown>
                {view.ownerId === user.id && (
                  <Menu.Item onClick={() => setNaming({ view })}>{t('workorderViews.rename')}</Menu.Item>
                )}
                <Menu.Item color="red" onClick={() => setDeleting(view)}>
                  {t('workorderViews.delete')}
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          )}
        </Group>
      ))}
      <Button
        size="compact-sm"
        variant="subtle"
        leftSection={<IconBookmarkPlus size={14} />}
        onClick={() => setNaming({ view: null })}
      >
        {t('workorderViews.saveCurrent')}
      </Button>
      {naming && (
        <ViewNameDialog
          key={naming.view?.id ?? 'new'}
          opened
          view={naming.view}
          mayShare={mayShare}
          save={save}
          onClose={() => setNaming(null)}
        />
      )}
      <DeleteViewDialog view={deleting} onClose={() => setDeleting(null)} />
    </Group>
  );
}
