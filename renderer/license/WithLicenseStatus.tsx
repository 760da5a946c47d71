import type { ReactNode } from 'react';
import type { LicenseStatus } from '../../shared/license/contract';
import { CenteredLoader } from '../ui/CenteredLoader';
import { ErrorState } from '../ui/ErrorState';
import { useLicenseStore } from './licenseStore';

/** Renders what depends on the licence once it is known; until then a loader, or why it failed. */
export function WithLicenseStatus({ children }: { children(status: LicenseStatus): ReactNode }) {
  const status = useLicenseStore((store) => store.status);
  const loadError = useLicenseStore((store) => store.loadError);
  const load = useLicenseStore((store) => store.load);
  if (status) return children(status);
  return loadError ? <ErrorState error={loadError} onRetry={() => void load()} /> : <CenteredLoader />;
}
