import { useLicenseStore } from '../license/licenseStore';
import { moduleAccess, type ModuleAccess } from '../modules/moduleAccess';
import { BUILT_MODULES } from '../modules/moduleCatalogue';

/** What the licence allows of sales orders now; null until the licence is known. */
export function useOrdersAccess(): ModuleAccess | null {
  const status = useLicenseStore((store) => store.status);
  return status === null ? null : moduleAccess('orders', status, BUILT_MODULES);
}
