import { Button } from '@mantine/core';
import { IconTool } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NewWorkOrderDialog, type CustomerPrefill } from './NewWorkOrderDialog';
import { useWorkOrdersOpen } from './useWorkOrdersOpen';

/** "New work order" on a customer's page, for that customer; absent where work orders are locked. */
export function NewWorkOrderButton({ customer }: { customer: CustomerPrefill }) {
  const { t } = useTranslation();
  const open = useWorkOrdersOpen();
  const [opened, setOpened] = useState(false);
  if (!open) return null;
  return (
    <>
      <Button variant="default" leftSection={<IconTool size={16} />} onClick={() => setOpened(true)}>
        {t('workorders.new')}
      </Button>
      <NewWorkOrderDialog opened={opened} onClose={() => setOpened(false)} prefill={customer} />
    </>
  );
}
