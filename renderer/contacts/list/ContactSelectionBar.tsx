import { Button, Group, Text } from '@mantine/core';
import { IconDownload, IconX } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportDialog } from '../../transfer/ExportDialog';
import { useContactListStore } from '../contactListStore';
import { useContactSelectionStore } from './contactSelectionStore';
import { selectedInOrder } from './selection';

/** Above the list while rows are selected: how many, and what can be done with them. */
export function ContactSelectionBar() {
  const { t } = useTranslation();
  const items = useContactListStore((store) => store.items);
  const selected = useContactSelectionStore((store) => store.selected);
  const clear = useContactSelectionStore((store) => store.clear);
  const [exporting, setExporting] = useState(false);
  const ids = useMemo(
    () =>
      selectedInOrder(
        selected,
        items.map((contact) => contact.id),
      ),
    [selected, items],
  );

  return (
    <>
      {ids.length > 0 && (
        <Group px="lg" pb="sm" gap="sm" role="region" aria-label={t('contactSelection.region')}>
          <Text fz="sm" fw={600} role="status">
            {t('contactSelection.count', { count: ids.length })}
          </Text>
          <Button
            size="compact-sm"
            variant="light"
            leftSection={<IconDownload size={14} />}
            onClick={() => setExporting(true)}
          >
            {t('contactSelection.export')}
          </Button>
          <Button size="compact-sm" variant="subtle" leftSection={<IconX size={14} />} onClick={clear}>
            {t('contactSelection.clear')}
          </Button>
        </Group>
      )}
      <ExportDialog opened={exporting} ids={ids} onClose={() => setExporting(false)} />
    </>
  );
}
