import type { workOrderSlaProcedures } from '../../../../../shared/workorders/sla';
import type { HandlersFor } from '../../../api';
import type { CoreContext } from '../../../context';

export function workOrderSlaHandlers(ctx: CoreContext): HandlersFor<keyof typeof workOrderSlaProcedures> {
  return {
    'workorders.sla.get': () => ctx.workOrderSla.settings(),
    'workorders.sla.save': (input) => {
      const saved = ctx.workOrderSla.save(input, ctx.now());
      ctx.events.emit('workorderSla.changed', { version: saved.version });
      return saved;
    },
  };
}
