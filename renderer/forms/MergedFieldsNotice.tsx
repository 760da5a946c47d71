import { Alert } from '@mantine/core';
import { IconGitMerge } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ConflictTexts } from './ConflictDialog';

/**
 * After the user loaded the newer version of a record (ConflictDialog): the fields both they and
 * the other person changed, whose typing was kept (`<texts>.merged`). Nothing when there are none.
 */
export function MergedFieldsNotice({ texts, fields }: { texts: ConflictTexts; fields: readonly string[] }) {
  const { t } = useTranslation();
  if (fields.length === 0) return null;
  return (
    <Alert color="yellow" variant="light" icon={<IconGitMerge size={18} />} role="status">
      {t(`${texts}.merged`, { fields: fields.join(', ') })}
    </Alert>
  );
}
