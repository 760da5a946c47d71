import { useLicenseStore } from '../license/licenseStore';
import { moduleAccess, type ModuleAccess } from '../modules/moduleAccess';
import { BUILT_MODULES } from '../modules/moduleCatalogue';

/** What the licence allows of remote help now; null until the licence is known. */
export function useRemoteAccess(): ModuleAccess | null {
  const status = useLicenseStore((store) => store.status);
  return status === null ? null : moduleAccess('remote', status, BUILT_MODULES);
}

/** Whether remote sessions can be started now: the licence covers the module and has not ended. */
export const useRemoteOpen = (): boolean => useRemoteAccess() === 'open';
