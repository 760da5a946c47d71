import type { companyProcedures } from '../../../../shared/company/contract';
import type { HandlersFor } from '../../api';
import type { CoreContext } from '../../context';

export function companyHandlers(ctx: CoreContext): HandlersFor<keyof typeof companyProcedures> {
  return {
    'company.settings.get': () => ctx.company.settings(),
    'company.settings.update': ({ version, patch }) => {
      const settings = ctx.company.updateSettings(version, patch, ctx.now());
      ctx.events.emit('company.changed', { version: settings.version });
      return settings;
    },
  };
}
