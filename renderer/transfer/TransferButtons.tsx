import { Button, Group } from '@mantine/core';
import { IconDownload, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactView } from '../contacts/contactListStore';
import { ExportDialog } from './ExportDialog';
import { ImportWizard } from './ImportWizard';

/** Import and Export beside the contact list's title; the trash can only be exported. */
export function TransferButtons({ view }: { view: ContactView }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<'import' | 'export' | null>(null);
  return (
    <Group gap="xs">
      {view === 'active' && (
        <Button variant="default" leftSection={<IconUpload size={16} />} onClick={() => setOpen('import')}>
          {t('transfer.import')}
        </Button>
      )}
      <Button variant="default" leftSection={<IconDownload size={16} />} onClick={() => setOpen('export')}>
        {t('transfer.export')}
      </Button>
      <ImportWizard opened={open === 'import'} onClose={() => setOpen(null)} />
      <ExportDialog opened={open === 'export'} onClose={() => setOpen(null)} />
    </Group>
  );
}
