import { Box, Button, Group, SegmentedControl, Select, Stack, Text, Title } from '@mantine/core';
import { IconAdjustments, IconPlus, IconTargetArrow } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { mayCall } from '../app/access';
import { useNewRecordShortcut } from '../app/newRecordStore';
import { useSession } from '../auth/authStore';
import { CenteredLoader } from '../ui/CenteredLoader';
import { ErrorState } from '../ui/ErrorState';
import { NoticeState } from '../ui/NoticeState';
import { useUsersStore } from '../users/usersStore';
import { PipelineBoard } from './board/PipelineBoard';
import { CloseDealDialog } from './CloseDealDialog';
import { DealDialog } from './form/DealDialog';
import { useDealEditorStore } from './form/dealEditorStore';
import { DealList, DealStatusFilter } from './list/DealList';
import { useDealListStore } from './list/dealListStore';
import { usePipelineStore } from './pipelineStore';
import { StagesDialog } from './StagesDialog';
import { useDealSync } from './useDealSync';

export type PipelineView = 'board' | 'list';

export const PIPELINE_PATHS: Record<PipelineView, string> = { board: '/pipeline', list: '/pipeline/list' };

/** The pipeline: deals as a board of stages, or as a list. */
export function PipelinePage({ view }: { view: PipelineView }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { user } = useSession();
  const { board, loadError, ownerId, load, setOwner } = usePipelineStore();
  const users = useUsersStore((store) => store.users);
  const openCreate = useDealEditorStore((store) => store.openCreate);
  useNewRecordShortcut(openCreate);
  const openEdit = useDealEditorStore((store) => store.openEdit);
  const [stagesOpen, setStagesOpen] = useState(false);
  useDealSync(view);

  useEffect(() => {
    void load();
  }, [load]);

  const dealCount = board
    ? board.stages.reduce((sum, column) => sum + column.count, 0) + board.won.count + board.lost.count
    : 0;
  const ownerOptions = [
    { value: 'all', label: t('deals.filters.everyone') },
    ...users.filter((u) => u.active).map((u) => ({ value: String(u.id), label: u.displayName })),
  ];

  return (
    <Stack h="calc(100dvh - var(--app-shell-header-height, 0px))" gap={0}>
      <Group justify="space-between" align="flex-end" px="lg" pt="lg" pb="sm">
        <Box>
          <Title order={1} fz="h2">
            {t('deals.title')}
          </Title>
          <Text c="dimmed" fz="sm">
            {t('deals.subtitle')}
          </Text>
        </Box>
        <Group gap="sm">
          {mayCall(user.role, 'deals.stages.save') && (
            <Button
              variant="default"
              leftSection={<IconAdjustments size={16} />}
              onClick={() => setStagesOpen(true)}
            >
              {t('deals.stages.open')}
            </Button>
          )}
          <Button leftSection={<IconPlus size={16} />} onClick={openCreate}>
            {t('deals.new')}
          </Button>
        </Group>
      </Group>
      <Group px="lg" pb="sm" gap="sm">
        <SegmentedControl
          aria-label={t('deals.views.label')}
          value={view}
          onChange={(next) => void navigate(PIPELINE_PATHS[next as PipelineView])}
          data={[
            { value: 'board', label: t('deals.views.board') },
            { value: 'list', label: t('deals.views.list') },
          ]}
        />
        <Select
          aria-label={t('deals.filters.owner')}
          w={200}
          data={ownerOptions}
          value={ownerId === null ? 'all' : String(ownerId)}
          onChange={(value) => {
            void setOwner(!value || value === 'all' ? null : Number(value));
            if (view === 'list') void useDealListStore.getState().load();
          }}
          allowDeselect={false}
        />
        {view === 'list' && <DealStatusFilter />}
      </Group>
      {view === 'list' ? (
        <DealList />
      ) : loadError !== null && !board ? (
        <ErrorState error={loadError} onRetry={() => void load()} />
      ) : !board ? (
        <CenteredLoader />
      ) : dealCount === 0 && ownerId === null ? (
        <NoticeState
          icon={IconTargetArrow}
          title={t('deals.empty.title')}
          description={t('deals.empty.description')}
          py="xl"
          action={
            <Button leftSection={<IconPlus size={16} />} onClick={openCreate}>
              {t('deals.new')}
            </Button>
          }
        />
      ) : (
        <PipelineBoard board={board} onOpen={openEdit} />
      )}
      <DealDialog />
      <CloseDealDialog />
      <StagesDialog opened={stagesOpen} onClose={() => setStagesOpen(false)} />
    </Stack>
  );
}
