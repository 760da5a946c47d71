import { useLicenseStore } from '../license/licenseStore';
import { moduleAccess } from '../modules/moduleAccess';
import { BUILT_MODULES } from '../modules/moduleCatalogue';

/** Whether work orders can be made now: the licence covers the module and has not ended. */
export function useWorkOrdersOpen(): boolean {
  const status = useLicenseStore((store) => store.status);
  return status !== null && moduleAccess('workorders', status, BUILT_MODULES) === 'open';
}
