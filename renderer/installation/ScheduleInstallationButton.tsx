import { Button } from '@mantine/core';
import { IconTruckDelivery } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { JobDialog } from './JobDialog';
import type { JobPrefill } from './jobFormValues';
import { useInstallationOpen } from './useInstallationOpen';

/** "Schedule installation" on a customer's or a work order's page; absent without the add-on. */
export function ScheduleInstallationButton({ prefill }: { prefill: JobPrefill }) {
  const { t } = useTranslation();
  const open = useInstallationOpen();
  const [opened, setOpened] = useState(false);
  if (!open) return null;
  return (
    <>
      <Button variant="default" leftSection={<IconTruckDelivery size={16} />} onClick={() => setOpened(true)}>
        {t('installation.schedule')}
      </Button>
      <JobDialog opened={opened} onClose={() => setOpened(false)} prefill={prefill} />
    </>
  );
}
