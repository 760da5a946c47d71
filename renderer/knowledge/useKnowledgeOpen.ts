import { useLicenseStore } from '../license/licenseStore';
import { moduleAccess } from '../modules/moduleAccess';
import { BUILT_MODULES } from '../modules/moduleCatalogue';

/**
 * Whether the knowledge base can be read: the licence covers the add-on (an ended licence keeps
 * it readable). Work-order screens offer articles only then.
 */
export function useKnowledgeOpen(): boolean {
  const status = useLicenseStore((store) => store.status);
  if (status === null) return false;
  const access = moduleAccess('knowledge', status, BUILT_MODULES);
  return access === 'open' || access === 'readOnly';
}
