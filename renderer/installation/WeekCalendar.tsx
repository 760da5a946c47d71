import { Box, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { localDayAndTime } from '../../shared/installation/calendar';
import type { InstallationJob } from '../../shared/installation/contract';
import { STATUS_COLORS } from './JobStatusBadge';

const HOUR_PX = 44;
/** The hours always shown; a job outside them widens the view. */
const FIRST_HOUR = 7;
const LAST_HOUR = 19;

const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** A job's place in the week as this computer's zone sees it. */
interface Placed {
  job: InstallationJob;
  day: string;
  start: number;
  end: number;
  startTime: string;
  endTime: string;
}

function place(job: InstallationJob, timeZone: string): Placed {
  const start = localDayAndTime(job.startAt, timeZone);
  const end = localDayAndTime(job.endAt, timeZone);
  // A window that runs past midnight here is drawn to the end of its first day.
  const endMinutes = end.day === start.day ? minutesOf(end.time) : 24 * 60;
  return {
    job,
    day: start.day,
    start: minutesOf(start.time),
    end: endMinutes,
    startTime: start.time,
    endTime: end.time,
  };
}

interface WeekCalendarProps {
  days: string[];
  jobs: InstallationJob[];
  today: string;
  timeZone: string;
  onOpen(job: InstallationJob): void;
}

/** Seven day columns with the jobs as blocks in their windows; each block is a button that opens the job. */
export function WeekCalendar({ days, jobs, today, timeZone, onOpen }: WeekCalendarProps) {
  const { t, i18n } = useTranslation();
  const placed = jobs.map((job) => place(job, timeZone));
  const firstHour = Math.min(FIRST_HOUR, ...placed.map((p) => Math.floor(p.start / 60)));
  const lastHour = Math.max(LAST_HOUR, ...placed.map((p) => Math.ceil(p.end / 60)));
  const hours = Array.from({ length: lastHour - firstHour }, (_, index) => firstHour + index);
  const height = hours.length * HOUR_PX;
  const dayName = new Intl.DateTimeFormat(i18n.language, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  });
  const dayShort = new Intl.DateTimeFormat(i18n.language, {
    weekday: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  });

  return (
    <Box style={{ display: 'grid', gridTemplateColumns: '3rem repeat(7, minmax(7rem, 1fr))', gap: 4 }}>
      <Box />
      {days.map((day) => (
        <Text
          key={day}
          fz="sm"
          fw={day === today ? 700 : 500}
          c={day === today ? 'blue' : undefined}
          ta="center"
          aria-hidden
        >
          {dayShort.format(new Date(`${day}T00:00:00Z`))}
        </Text>
      ))}
      <Box pos="relative" h={height} aria-hidden>
        {hours.map((hour, index) => (
          <Text key={hour} fz="xs" c="dimmed" pos="absolute" top={index * HOUR_PX - 7} right={4}>
            {String(hour).padStart(2, '0')}:00
          </Text>
        ))}
      </Box>
      {days.map((day) => (
        <Box
          key={day}
          component="section"
          aria-label={dayName.format(new Date(`${day}T00:00:00Z`))}
          pos="relative"
          h={height}
          bg={day === today ? 'var(--mantine-color-blue-light)' : 'var(--mantine-color-gray-light)'}
          style={{
            borderRadius: 'var(--mantine-radius-sm)',
            backgroundImage: `repeating-linear-gradient(to bottom, transparent 0 ${HOUR_PX - 1}px, var(--mantine-color-default-border) ${HOUR_PX - 1}px ${HOUR_PX}px)`,
          }}
        >
          {placed
            .filter((p) => p.day === day)
            .map(({ job, start, end, startTime, endTime }) => {
              const customer = job.contactName ?? job.companyName ?? '';
              const color = STATUS_COLORS[job.status];
              return (
                <UnstyledButton
                  key={job.id}
                  onClick={() => onOpen(job)}
                  aria-label={t('installation.calendar.block', {
                    time: `${startTime}–${endTime}`,
                    title: job.title,
                    customer,
                    status: t(`installation.status.${job.status}`),
                  })}
                  pos="absolute"
                  left={3}
                  right={3}
                  top={((start - firstHour * 60) / 60) * HOUR_PX}
                  h={Math.max(((end - start) / 60) * HOUR_PX, 24)}
                  px={6}
                  py={2}
                  style={{
                    overflow: 'hidden',
                    borderRadius: 'var(--mantine-radius-sm)',
                    borderLeft: `3px solid var(--mantine-color-${color}-filled)`,
                    background: `var(--mantine-color-${color}-light)`,
                    textDecoration: job.status === 'cancelled' ? 'line-through' : undefined,
                  }}
                >
                  <Text fz={11} c="dimmed">
                    {startTime}–{endTime}
                  </Text>
                  <Text fz="xs" fw={600} lineClamp={1}>
                    {job.title}
                  </Text>
                  <Text fz={11} lineClamp={1}>
                    {customer}
                  </Text>
                </UnstyledButton>
              );
            })}
        </Box>
      ))}
    </Box>
  );
}
