import type { ReactNode } from 'react';
import type { CustomFieldEntity } from '../../shared/custom-fields/contract';
import { CenteredLoader } from '../ui/CenteredLoader';
import { ErrorState } from '../ui/ErrorState';
import { useCustomFields, useCustomFieldsStore } from './customFieldsStore';

/**
 * Shows a form only once the entity's fields are known: a form without them would send a map
 * without their values, and a saved map replaces the stored one.
 */
export function CustomFieldsReady({ entity, children }: { entity: CustomFieldEntity; children: ReactNode }) {
  const { status, error } = useCustomFields(entity);
  const load = useCustomFieldsStore((store) => store.load);
  if (status === 'ready') return children;
  if (status === 'error') return <ErrorState error={error} onRetry={() => void load(entity)} />;
  return <CenteredLoader />;
}
