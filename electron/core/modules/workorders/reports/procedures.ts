import { CrmError } from '../../../../../shared/errors';
import { roleAtLeast } from '../../../../../shared/roles';
import { REPORT_MOST_DAYS, type workOrderReportProcedures } from '../../../../../shared/workorders/reports';
import type { HandlersFor } from '../../../api';
import type { CoreContext } from '../../../context';
import { startOfDay } from '../../followups/day';
import { calendarPeriods, daysBetween, nextDay } from './periods';
import { periodCounts } from './repository';

const invalidRange = (message: string) =>
  new CrmError('VALIDATION', 'The report range is not valid.', { issues: [{ path: ['to'], message }] });

export function workOrderReportHandlers(
  ctx: CoreContext,
): HandlersFor<keyof typeof workOrderReportProcedures> {
  return {
    /**
     * Admins see the company's figures; an agent or staff member the figures of the work orders
     * assigned to them (a colleague's workload is for whoever dispatches it).
     */
    'workorders.report': ({ from, to, timeZone, groupBy = 'week' }, call) => {
      const days = daysBetween(from, to);
      if (days < 1) throw invalidRange('before the start');
      if (days > REPORT_MOST_DAYS) throw invalidRange(`longer than ${REPORT_MOST_DAYS} days`);
      const user = call.session!.user;
      const assigneeId = roleAtLeast(user.role, 'admin') ? null : user.id;
      const periods = calendarPeriods(from, to, groupBy);
      const sums = ctx.workOrderReports.periods(
        periods.map(({ firstDay, lastDay }) => ({
          start: startOfDay(firstDay, timeZone),
          end: startOfDay(nextDay(lastDay), timeZone),
        })),
        assigneeId,
      );
      return {
        scope: assigneeId === null ? 'company' : 'mine',
        periods: periods.map((period, i) => ({ ...period, ...periodCounts(sums[i]!) })),
        totals: { firstDay: from, lastDay: to, ...periodCounts(...sums) },
        load: ctx.workOrderReports.load(assigneeId),
      };
    },
  };
}
