import { Outlet } from 'react-router';
import type { ModuleId } from '../../shared/catalogue';
import { WithLicenseStatus } from '../license/WithLicenseStatus';
import { ComingLaterScreen } from './ComingLaterScreen';
import { LockedModuleScreen } from './LockedModuleScreen';
import { moduleAccess } from './moduleAccess';
import { BUILT_MODULES } from './moduleCatalogue';

/**
 * A module's screens, or instead the reason they are not there: a lock that says what unlocks
 * it, or the honest word that it comes in a later version. Typing a module's address ends here too.
 */
export function ModuleGate({ module }: { module: ModuleId }) {
  return (
    <WithLicenseStatus>
      {(status) => {
        switch (moduleAccess(module, status, BUILT_MODULES)) {
          case 'open':
          case 'readOnly':
            return <Outlet />;
          case 'comingLater':
            return <ComingLaterScreen module={module} />;
          case 'locked':
            return <LockedModuleScreen module={module} />;
        }
      }}
    </WithLicenseStatus>
  );
}
