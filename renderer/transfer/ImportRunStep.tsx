import { Button, Group, Progress, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportRun } from '../../shared/contacts/transfer-contract';
import { call } from '../bridge/call';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { useImportRun } from './useImportRun';

interface ImportRunStepProps {
  importId: number;
  fileName: string;
  onEnded(run: ImportRun): void;
}

/** Step three: the import at work, its progress, and Cancel (which stops after the current batch). */
export function ImportRunStep({ importId, fileName, onEnded }: ImportRunStepProps) {
  const { t } = useTranslation();
  const state = useImportRun(importId);
  const [cancelling, setCancelling] = useState(false);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    if (state.status === 'ended') onEnded(state.run);
  }, [state, onEnded]);

  const cancel = async () => {
    setCancelling(true);
    try {
      await call('contacts.import.cancel', { importId });
    } catch (caught) {
      setError(caught);
      setCancelling(false);
    }
  };

  const progress = state.status === 'running' ? state.progress : null;
  const percent = Math.round((progress?.fraction ?? 0) * 100);
  return (
    <Stack>
      <Text>{t('transfer.wizard.running', { name: fileName })}</Text>
      <Progress value={percent} animated size="lg" />
      <Text c="dimmed" fz="sm" data-testid="import-progress">
        {t('transfer.wizard.progress', {
          read: progress?.read ?? 0,
          created: progress?.created ?? 0,
          updated: progress?.updated ?? 0,
          skipped: progress?.skipped ?? 0,
          failed: progress?.failed ?? 0,
        })}
      </Text>
      {cancelling && <Text fz="sm">{t('transfer.wizard.cancelling')}</Text>}
      <FormErrorAlert error={state.status === 'error' ? state.error : error} />
      <Group justify="flex-end">
        <Button color="red" variant="light" onClick={() => void cancel()} loading={cancelling}>
          {t('transfer.wizard.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}
