import { Button } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { saveBlob } from '../../bridge/saveBlob';

/** Downloads the CSV `content()` makes, under `fileName`; named after the table it exports. */
export function CsvButton({
  content,
  fileName,
  table,
}: {
  content(): string;
  fileName: string;
  table: string;
}) {
  const { t } = useTranslation();
  return (
    <Button
      variant="default"
      size="xs"
      leftSection={<IconDownload size={14} />}
      aria-label={t('workorderReports.downloadTable', { table })}
      onClick={() => saveBlob(new Blob([content()], { type: 'text/csv;charset=utf-8' }), fileName)}
    >
      {t('workorderReports.download')}
    </Button>
  );
}
