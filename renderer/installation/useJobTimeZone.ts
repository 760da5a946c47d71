import { useSession } from '../auth/authStore';
import { mayCall } from '../app/access';
import { useLicenseStore } from '../license/licenseStore';
import { moduleAccess } from '../modules/moduleAccess';
import { BUILT_MODULES } from '../modules/moduleCatalogue';
import { useSlaSettings, useSlaStore } from '../workorders/sla/slaStore';
import { jobTimeZone } from './jobFormValues';

/**
 * The zone the jobs' windows are entered and shown in: the company's, from its SLA settings,
 * where this user may read them, else this computer's; null while the company's is being loaded.
 */
export function useJobTimeZone(): string | null {
  const { user } = useSession();
  const status = useLicenseStore((store) => store.status);
  const access = status === null ? null : moduleAccess('workorders', status, BUILT_MODULES);
  const readable = (access === 'open' || access === 'readOnly') && mayCall(user.role, 'workorders.sla.get');
  const settings = useSlaSettings(readable);
  const settled = useSlaStore((store) => store.settled);
  return readable && !settled ? null : jobTimeZone(settings?.timeZone ?? null);
}
