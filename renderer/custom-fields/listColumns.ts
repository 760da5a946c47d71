import type { CSSProperties } from 'react';
import type { CustomFieldDef, CustomFieldEntity } from '../../shared/custom-fields/contract';
import { useLiveCustomFields } from './customFieldsStore';

/** The live fields an admin chose to show as columns of the entity's list, in order. */
export function useListColumns(entity: CustomFieldEntity): CustomFieldDef[] {
  return useLiveCustomFields(entity).filter((field) => field.inList);
}

/** One grid track per column, for a list whose template reads `--custom-columns`. */
export function customColumnsStyle(columns: readonly CustomFieldDef[]): CSSProperties {
  return { '--custom-columns': columns.map(() => 'minmax(90px, 1fr)').join(' ') } as CSSProperties;
}
