import { RECENT_ACTIVITY_LIMIT, type dashboardProcedures } from '../../../../shared/dashboard/contract';
import type { HandlersFor } from '../../api';
import type { CoreContext } from '../../context';
import { startOfMonth } from '../followups/day';
import { recentActivity } from './recent-activity';

export function dashboardHandlers(ctx: CoreContext): HandlersFor<keyof typeof dashboardProcedures> {
  return {
    'dashboard.summary': ({ timeZone }, call) => {
      const now = ctx.now();
      const lastMonthStart = startOfMonth(now, timeZone, -1);
      const thisMonthStart = startOfMonth(now, timeZone);
      const nextMonthStart = startOfMonth(now, timeZone, 1);
      const added = (from: number, to: number) => ctx.contactStats.countCreatedBetween(call.scope, from, to);
      return {
        newCustomers: {
          thisMonth: added(thisMonthStart, nextMonthStart),
          lastMonth: added(lastMonthStart, thisMonthStart),
          thisMonthStart,
          lastMonthStart,
        },
        recent: recentActivity(ctx, call.scope, RECENT_ACTIVITY_LIMIT),
      };
    },
  };
}
