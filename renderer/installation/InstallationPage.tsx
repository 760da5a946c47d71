import { ActionIcon, Button, Group, Select, Text } from '@mantine/core';
import { IconCalendarPlus, IconChevronLeft, IconChevronRight, IconTruckDelivery } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { addDays, localDayAndTime } from '../../shared/installation/calendar';
import type { InstallationJob } from '../../shared/installation/contract';
import type { ProcedureOutput } from '../../shared/contract';
import { useSession } from '../auth/authStore';
import { call } from '../bridge/call';
import { CenteredLoader } from '../ui/CenteredLoader';
import { ErrorState } from '../ui/ErrorState';
import { NoticeState } from '../ui/NoticeState';
import { PageFrame } from '../ui/PageFrame';
import { PageHeader } from '../ui/PageHeader';
import { useNow } from '../ui/useNow';
import { useUsersStore } from '../users/usersStore';
import { onInstallationChanged } from './installationChanges';
import { JobDialog } from './JobDialog';
import { useInstallationOpen } from './useInstallationOpen';
import { useJobTimeZone } from './useJobTimeZone';
import { WeekCalendar } from './WeekCalendar';

type Week = ProcedureOutput<'installation.week'>;
type WeekState =
  { status: 'loading' } | { status: 'ready'; week: Week } | { status: 'error'; error: unknown };

/** The week on screen, kept current as jobs change here or on another seat. */
function useWeek(technicianId: number, day: string, timeZone: string) {
  const [state, setState] = useState<{ key: string; week: WeekState } | null>(null);
  const [generation, setGeneration] = useState(0);
  const key = `${technicianId}:${day}`;
  const reload = useCallback(() => setGeneration((count) => count + 1), []);

  useEffect(() => {
    let current = true;
    call('installation.week', { technicianId, day, timeZone }).then(
      (week) => current && setState({ key, week: { status: 'ready', week } }),
      (error: unknown) => current && setState({ key, week: { status: 'error', error } }),
    );
    return () => {
      current = false;
    };
  }, [key, technicianId, day, timeZone, generation]);

  useEffect(() => onInstallationChanged(reload), [reload]);
  return { week: state?.key === key ? state.week : ({ status: 'loading' } as const), reload };
}

/** `/installation`: a technician's week of installation jobs, to book, move and complete them. */
export function InstallationPage() {
  const timeZone = useJobTimeZone();
  if (timeZone === null) {
    return (
      <PageFrame>
        <CenteredLoader />
      </PageFrame>
    );
  }
  return <InstallationWeek timeZone={timeZone} />;
}

/** The page, its days and times read in `timeZone`. */
function InstallationWeek({ timeZone }: { timeZone: string }) {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const users = useUsersStore((store) => store.users);
  const open = useInstallationOpen();
  const [params, setParams] = useSearchParams();
  const today = localDayAndTime(useNow(60_000), timeZone).day;
  const technicianId = Number(params.get('technician')) || session.user.id;
  const day = params.get('day') ?? today;
  const { week, reload } = useWeek(technicianId, day, timeZone);
  const [dialog, setDialog] = useState<{ job: InstallationJob | null } | null>(null);

  const show = (next: { technician?: number; day?: string }) =>
    setParams({ technician: String(next.technician ?? technicianId), day: next.day ?? day });
  const technicians = users
    .filter((user) => user.active || user.id === technicianId)
    .map((user) => ({ value: String(user.id), label: user.displayName }));
  const dayFormat = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeZone: 'UTC' });
  const schedule = open && (
    <Button leftSection={<IconCalendarPlus size={16} />} onClick={() => setDialog({ job: null })}>
      {t('installation.schedule')}
    </Button>
  );

  return (
    <PageFrame>
      <PageHeader
        title={t('installation.page.title')}
        subtitle={t('installation.page.subtitle')}
        actions={schedule}
      />
      <Group justify="space-between" mb="md" gap="md">
        <Select
          label={t('installation.fields.technician')}
          data={technicians}
          value={String(technicianId)}
          onChange={(id) => id && show({ technician: Number(id) })}
          allowDeselect={false}
          searchable
          w={260}
        />
        <Group gap="xs" align="center">
          <ActionIcon
            variant="default"
            size="lg"
            aria-label={t('installation.page.previousWeek')}
            onClick={() => show({ day: addDays(day, -7) })}
          >
            <IconChevronLeft size={16} />
          </ActionIcon>
          <Button variant="default" onClick={() => show({ day: today })}>
            {t('installation.page.today')}
          </Button>
          <ActionIcon
            variant="default"
            size="lg"
            aria-label={t('installation.page.nextWeek')}
            onClick={() => show({ day: addDays(day, 7) })}
          >
            <IconChevronRight size={16} />
          </ActionIcon>
          {week.status === 'ready' && (
            <Text fw={600} ml="sm" role="status">
              {t('installation.page.week', {
                from: dayFormat.format(new Date(`${week.week.days[0]}T00:00:00Z`)),
                to: dayFormat.format(new Date(`${week.week.days[6]}T00:00:00Z`)),
              })}
            </Text>
          )}
        </Group>
      </Group>
      {week.status === 'loading' && <CenteredLoader />}
      {week.status === 'error' && <ErrorState error={week.error} onRetry={reload} />}
      {week.status === 'ready' && (
        <>
          {week.week.jobs.length === 0 && (
            <NoticeState
              icon={IconTruckDelivery}
              title={t('installation.page.empty')}
              description={t('installation.page.emptyHint')}
              mb="md"
            />
          )}
          <WeekCalendar
            days={week.week.days}
            jobs={week.week.jobs}
            today={today}
            timeZone={timeZone}
            onOpen={(job) => setDialog({ job })}
          />
        </>
      )}
      <JobDialog
        opened={dialog !== null}
        onClose={() => setDialog(null)}
        job={dialog?.job ?? null}
        prefill={{ technicianId, day: day === today ? undefined : day }}
      />
    </PageFrame>
  );
}
