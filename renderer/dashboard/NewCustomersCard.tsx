import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DashboardSummary } from '../../shared/dashboard/contract';
import { DashboardCard } from './DashboardCard';
import type { LoadState } from './useLiveLoad';

/** The change from last month in whole percent, or null when last month had none to compare with. */
export function monthChange(thisMonth: number, lastMonth: number): number | null {
  return lastMonth === 0 ? null : Math.round(((thisMonth - lastMonth) / lastMonth) * 100);
}

interface NewCustomersCardProps {
  state: LoadState<DashboardSummary>;
  onRetry(): void;
}

/** New customers: this month against last month, by the user's calendar. */
export function NewCustomersCard({ state, onRetry }: NewCustomersCardProps) {
  const { t, i18n } = useTranslation();
  const monthName = (at: number) => new Intl.DateTimeFormat(i18n.language, { month: 'long' }).format(at);

  return (
    <DashboardCard title={t('dashboard.newCustomers.title')} state={state} onRetry={onRetry}>
      {({ newCustomers: { thisMonth, lastMonth, thisMonthStart, lastMonthStart } }) => {
        const change = monthChange(thisMonth, lastMonth);
        return (
          <Stack gap="sm">
            <div>
              <Group gap="sm" align="baseline">
                <Text fz={28} fw={700} lh={1.1}>
                  {thisMonth}
                </Text>
                {change !== null && (
                  <Badge variant="light" color={change >= 0 ? 'teal' : 'orange'}>
                    {t('dashboard.newCustomers.change', { change: `${change > 0 ? '+' : ''}${change}` })}
                  </Badge>
                )}
              </Group>
              <Text fz="sm" c="dimmed">
                {t('dashboard.newCustomers.thisMonth', { month: monthName(thisMonthStart) })}
              </Text>
            </div>
            <Text fz="sm">
              {t('dashboard.newCustomers.lastMonth', { month: monthName(lastMonthStart), count: lastMonth })}
            </Text>
          </Stack>
        );
      }}
    </DashboardCard>
  );
}
