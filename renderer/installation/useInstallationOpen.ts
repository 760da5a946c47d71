import { useLicenseStore } from '../license/licenseStore';
import { moduleAccess } from '../modules/moduleAccess';
import { BUILT_MODULES } from '../modules/moduleCatalogue';

/** Whether installation jobs can be booked now: the licence has the add-on and has not ended. */
export function useInstallationOpen(): boolean {
  const status = useLicenseStore((store) => store.status);
  return status !== null && moduleAccess('installation', status, BUILT_MODULES) === 'open';
}
