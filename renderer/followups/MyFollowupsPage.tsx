import { Badge, Card, Center, Divider, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconCalendarCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Followup } from '../../shared/followups/contract';
import { ErrorState } from '../ui/ErrorState';
import { NoticeState } from '../ui/NoticeState';
import { PageFrame } from '../ui/PageFrame';
import { PageHeader } from '../ui/PageHeader';
import { DesktopRemindersButton } from './DesktopRemindersButton';
import { FollowupRow } from './FollowupRow';
import { followupPath } from './reminderTarget';
import { useMyFollowups } from './useMyFollowups';

type Section = 'overdue' | 'today' | 'upcoming';

function FollowupSection({ section, items }: { section: Section; items: Followup[] }) {
  const { t } = useTranslation();
  if (items.length === 0) return null;
  return (
    <Card withBorder radius="lg" padding="lg" component="section" aria-label={t(`followups.mine.${section}`)}>
      <Group gap="xs" mb="xs">
        <Title order={2} fz="md" c={section === 'overdue' ? 'red' : undefined}>
          {t(`followups.mine.${section}`)}
        </Title>
        <Badge variant="light" color={section === 'overdue' ? 'red' : 'gray'}>
          {items.length}
        </Badge>
      </Group>
      <Stack gap={0}>
        {items.map((followup, index) => {
          const to = followupPath(followup);
          return (
            <div key={followup.id}>
              {index > 0 && <Divider />}
              <FollowupRow
                followup={followup}
                overdue={section === 'overdue'}
                about={
                  to === null
                    ? null
                    : {
                        to,
                        label: t(
                          followup.contactId !== null
                            ? 'followups.row.openContact'
                            : 'followups.row.openCompany',
                        ),
                      }
                }
              />
            </div>
          );
        })}
      </Stack>
    </Card>
  );
}

/** `/followups`: the signed-in user's open follow-ups: overdue, today and upcoming. */
export function MyFollowupsPage() {
  const { t } = useTranslation();
  const { state, reload } = useMyFollowups();

  let content;
  if (state.status === 'loading') {
    content = (
      <Center py={80} role="status" aria-label={t('common.loading')}>
        <Loader />
      </Center>
    );
  } else if (state.status === 'error') {
    content = <ErrorState error={state.error} onRetry={reload} />;
  } else {
    const { overdue, today, upcoming } = state.mine;
    content =
      overdue.length + today.length + upcoming.length === 0 ? (
        <NoticeState
          icon={IconCalendarCheck}
          title={t('followups.mine.emptyTitle')}
          description={t('followups.mine.emptyText')}
          py="xl"
        />
      ) : (
        <Stack gap="lg">
          <FollowupSection section="overdue" items={overdue} />
          <FollowupSection section="today" items={today} />
          <FollowupSection section="upcoming" items={upcoming} />
        </Stack>
      );
  }

  return (
    <PageFrame>
      <PageHeader
        title={t('followups.mine.title')}
        subtitle={t('followups.mine.subtitle')}
        actions={<DesktopRemindersButton />}
      />
      {content}
      <Text fz="xs" c="dimmed" mt="md">
        {t('followups.mine.hint')}
      </Text>
    </PageFrame>
  );
}
