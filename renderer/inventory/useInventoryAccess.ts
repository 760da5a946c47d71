import { useLicenseStore } from '../license/licenseStore';
import { moduleAccess, type ModuleAccess } from '../modules/moduleAccess';
import { BUILT_MODULES } from '../modules/moduleCatalogue';

/** What the licence allows of inventory now; null until the licence is known. */
export function useInventoryAccess(): ModuleAccess | null {
  const status = useLicenseStore((store) => store.status);
  return status === null ? null : moduleAccess('inventory', status, BUILT_MODULES);
}
