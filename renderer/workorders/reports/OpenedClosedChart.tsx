import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ReportPeriod } from '../../../shared/workorders/reports';

/** Opened beside closed work orders, one pair of bars per week or month. */
export function OpenedClosedChart({ periods }: { periods: ReportPeriod[] }) {
  const { t } = useTranslation();
  return (
    <div role="img" aria-label={t('workorderReports.chartLabel')} style={{ height: 260 }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={periods} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tickLine={false} fontSize={12} />
          <YAxis tickLine={false} axisLine={false} width={40} fontSize={12} allowDecimals={false} />
          <Tooltip />
          <Legend />
          <Bar
            dataKey="opened"
            name={t('workorderReports.opened')}
            fill="var(--mantine-color-blue-5)"
            radius={[4, 4, 0, 0]}
          />
          <Bar
            dataKey="closed"
            name={t('workorderReports.closed')}
            fill="var(--mantine-color-teal-5)"
            radius={[4, 4, 0, 0]}
          />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
