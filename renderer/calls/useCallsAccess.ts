import { useLicenseStore } from '../license/licenseStore';
import { moduleAccess, type ModuleAccess } from '../modules/moduleAccess';
import { BUILT_MODULES } from '../modules/moduleCatalogue';

/** What the licence allows of the call center now; null until the licence is known. */
export function useCallsAccess(): ModuleAccess | null {
  const status = useLicenseStore((store) => store.status);
  return status === null ? null : moduleAccess('calls', status, BUILT_MODULES);
}

/** Whether calls can be made and logged now: the licence covers the module and has not ended. */
export const useCallsOpen = (): boolean => useCallsAccess() === 'open';
