import type { licenseProcedures } from '../../../../shared/license/contract';
import type { HandlersFor } from '../../api';
import type { CoreContext } from '../../context';

export function licenseHandlers(ctx: CoreContext): HandlersFor<keyof typeof licenseProcedures> {
  return {
    'license.status': () => ctx.license.status(),
    'license.activate': ({ key }, call) => {
      ctx.license.activate(key, call.session!.user.id);
      const status = ctx.license.status();
      ctx.events.emit('license.changed', { kind: status.kind });
      return status;
    },
  };
}
