import { Anchor, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconTargetArrow } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { call } from '../bridge/call';
import { formatAmount, minorDigits } from '../deals/money';
import { NoticeState } from '../ui/NoticeState';
import { DashboardCard } from './DashboardCard';
import { openCurrencies, stageBars, type StageBar } from './pipelineChart';
import { useLiveLoad } from './useLiveLoad';

const loadPipeline = () => Promise.all([call('deals.totals', {}), call('deals.stages.list', {})]);
const EVENTS = ['deal.changed'] as const;

/** Axis labels: `1.2M`, `12万`, in the currency's major units. */
function compactAmount(amount: number, currency: string, language: string): string {
  return new Intl.NumberFormat(language, { notation: 'compact', maximumFractionDigits: 1 }).format(
    amount / 10 ** minorDigits(currency),
  );
}

function StageChart({ bars, currency }: { bars: StageBar[]; currency: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return (
    <div role="img" aria-label={t('dashboard.pipeline.chartLabel', { currency })} style={{ height: 240 }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={bars} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="name" tickLine={false} interval={0} fontSize={12} />
          <YAxis
            tickLine={false}
            axisLine={false}
            width={56}
            fontSize={12}
            tickFormatter={(value: number) => compactAmount(value, currency, language)}
          />
          <Tooltip
            formatter={(value, _name, item) => [
              formatAmount(Number(value), currency, language),
              t('dashboard.pipeline.deals', { count: (item.payload as StageBar).count }),
            ]}
          />
          <Bar dataKey="amount" fill="var(--mantine-primary-color-filled)" radius={[4, 4, 0, 0]} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

/** Pipeline by stage: the open value of each stage, one currency at a time. */
export function PipelineCard() {
  const { t, i18n } = useTranslation();
  const { state, reload } = useLiveLoad(loadPipeline, EVENTS);
  const [chosen, setChosen] = useState<string | null>(null);
  const currencies = state.status === 'ready' ? openCurrencies(state.data[0]) : [];
  const currency = chosen !== null && currencies.includes(chosen) ? chosen : currencies[0];

  return (
    <DashboardCard
      title={t('dashboard.pipeline.title')}
      state={state}
      onRetry={reload}
      action={
        <Anchor component={Link} to="/pipeline" fz="sm">
          {t('dashboard.pipeline.open')}
        </Anchor>
      }
    >
      {([totals, { stages }]) => {
        if (currency === undefined) {
          return (
            <NoticeState
              icon={IconTargetArrow}
              title={t('dashboard.pipeline.emptyTitle')}
              description={t('dashboard.pipeline.emptyText')}
              py="md"
            />
          );
        }
        const bars = stageBars(totals, stages, currency);
        const open = bars.reduce((sum, bar) => sum + bar.amount, 0);
        return (
          <Stack gap="sm">
            <Group justify="space-between" align="flex-end">
              <div>
                <Text fz={28} fw={700} lh={1.1}>
                  {formatAmount(open, currency, i18n.language)}
                </Text>
                <Text fz="sm" c="dimmed">
                  {t('dashboard.pipeline.openValue')}
                </Text>
              </div>
              {currencies.length > 1 && (
                <SegmentedControl
                  size="xs"
                  aria-label={t('dashboard.pipeline.currency')}
                  data={currencies}
                  value={currency}
                  onChange={setChosen}
                />
              )}
            </Group>
            <StageChart bars={bars} currency={currency} />
          </Stack>
        );
      }}
    </DashboardCard>
  );
}
