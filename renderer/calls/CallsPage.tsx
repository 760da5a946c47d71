import { Button, Card, Group, Kbd, Stack, TextInput, Title, Tooltip } from '@mantine/core';
import { IconPhoneIncoming, IconPhonePlus } from '@tabler/icons-react';
import { useCallback, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { calendarDay } from '../../shared/calendar-day';
import { useNewRecordShortcut } from '../app/newRecordStore';
import { localTimeZone } from '../installation/jobFormValues';
import { PageFrame } from '../ui/PageFrame';
import { PageHeader } from '../ui/PageHeader';
import { PagedListContent } from '../ui/PagedListContent';
import { localDay } from '../workorders/reports/reportRange';
import { CallLog } from './CallLog';
import { DailyFigures } from './DailyFigures';
import { LogIncomingDialog } from './LogIncomingDialog';
import { useCallList } from './useCallList';
import { useCallsOpen } from './useCallsAccess';

function DayLog({ day, timeZone }: { day: string; timeZone: string }) {
  const { t } = useTranslation();
  const list = useCallList({ day, timeZone });
  return (
    <PagedListContent
      list={list}
      empty={{
        icon: IconPhoneIncoming,
        title: t('calls.log.emptyTitle'),
        description: t('calls.log.emptyText'),
      }}
    >
      {(calls) => <CallLog calls={calls} />}
    </PagedListContent>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card withBorder radius="lg" padding="lg" component="section" aria-label={title}>
      <Title order={2} fz="md" mb="sm">
        {title}
      </Title>
      {children}
    </Card>
  );
}

/** `/calls`: a day of calls in the user's time zone, each agent's figures and the call log. */
export function CallsPage() {
  const { t } = useTranslation();
  const open = useCallsOpen();
  const [day, setDay] = useState(() => localDay(new Date()));
  const [timeZone] = useState(localTimeZone);
  const [logging, setLogging] = useState(false);
  const startLogging = useCallback(() => setLogging(true), []);
  useNewRecordShortcut(startLogging);
  const valid = calendarDay.safeParse(day).success;

  return (
    <PageFrame>
      <PageHeader
        title={t('calls.page.title')}
        subtitle={t('calls.page.subtitle')}
        actions={
          open && (
            <Tooltip
              label={
                <>
                  {t('calls.ring.shortcut')} <Kbd size="xs">N</Kbd>
                </>
              }
            >
              <Button leftSection={<IconPhonePlus size={16} />} onClick={startLogging}>
                {t('calls.ring.button')}
              </Button>
            </Tooltip>
          )
        }
      />
      <Stack gap="lg">
        <Group>
          <TextInput
            type="date"
            label={t('calls.page.day')}
            value={day}
            onChange={(event) => setDay(event.currentTarget.value)}
            error={valid ? undefined : t('calls.page.dayRequired')}
            w={200}
          />
        </Group>
        {valid && (
          <>
            <Section title={t('calls.daily.title')}>
              <DailyFigures key={day} day={day} timeZone={timeZone} />
            </Section>
            <Section title={t('calls.log.title')}>
              <DayLog day={day} timeZone={timeZone} />
            </Section>
          </>
        )}
      </Stack>
      <LogIncomingDialog opened={logging} onClose={() => setLogging(false)} />
    </PageFrame>
  );
}
