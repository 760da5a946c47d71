import { Alert, Button, Group, List, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportRun, UndoResult } from '../../shared/contacts/transfer-contract';
import { call } from '../bridge/call';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { downloadFile } from './files';
import { refreshContacts } from './useImportRun';

const SHOWN_ERRORS = 5;

interface ImportSummaryStepProps {
  run: ImportRun;
  onAnother(): void;
  onClose(): void;
}

function Count({ label, value }: { label: string; value: number }) {
  return (
    <Stack gap={0} align="center">
      <Text fz="xl" fw={650} data-testid={`count-${label}`}>
        {value}
      </Text>
      <Text c="dimmed" fz="sm">
        {label}
      </Text>
    </Stack>
  );
}

/** Step four: what the import did, its row errors to download, and Undo for the whole import. */
export function ImportSummaryStep({ run: initial, onAnother, onClose }: ImportSummaryStepProps) {
  const { t } = useTranslation();
  const [run, setRun] = useState(initial);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [undone, setUndone] = useState<UndoResult | null>(null);
  const [error, setError] = useState<unknown>(null);

  const act = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  const downloadErrors = () =>
    act(async () => {
      const file = await call('contacts.import.errors', { importId: run.id });
      await downloadFile(file.downloadId, file.fileName);
    });

  const undo = () =>
    act(async () => {
      setUndone(await call('contacts.import.undo', { importId: run.id }));
      setRun(await call('contacts.import.get', { importId: run.id }));
      setConfirming(false);
      refreshContacts();
    });

  const canUndo = (run.status === 'finished' || run.status === 'cancelled') && run.created + run.updated > 0;
  return (
    <Stack>
      <Alert
        color={run.status === 'finished' || run.status === 'undone' ? 'green' : 'yellow'}
        variant="light"
      >
        {t(`transfer.wizard.status.${run.status}`)}
      </Alert>
      <SimpleGrid cols={4}>
        <Count label={t('transfer.wizard.created')} value={run.created} />
        <Count label={t('transfer.wizard.updated')} value={run.updated} />
        <Count label={t('transfer.wizard.skipped')} value={run.skipped} />
        <Count label={t('transfer.wizard.failed')} value={run.failed} />
      </SimpleGrid>
      {run.fileDuplicates.length > 0 && (
        <Text fz="sm">{t('transfer.wizard.fileDuplicates', { count: run.fileDuplicates.length })}</Text>
      )}
      {run.errors.length > 0 && (
        <List size="sm" spacing={2}>
          {run.errors.slice(0, SHOWN_ERRORS).map((rowError, i) => (
            <List.Item key={i}>
              {t('transfer.wizard.rowError', { row: rowError.row, message: rowError.message })}
            </List.Item>
          ))}
        </List>
      )}
      {run.failed > SHOWN_ERRORS && (
        <Text fz="sm">{t('transfer.wizard.moreErrors', { count: run.failed })}</Text>
      )}
      {undone && (
        <Alert color="blue" variant="light" role="status">
          <Text fz="sm">
            {t('transfer.wizard.undone', { removed: undone.removed, restored: undone.restored })}
          </Text>
          {undone.kept.length > 0 && (
            <>
              <Text fz="sm" mt={6}>
                {t('transfer.wizard.kept')}
              </Text>
              <List size="sm">
                {undone.kept.map((kept) => (
                  <List.Item key={kept.id}>
                    {kept.name} ({t(`transfer.wizard.keptReason.${kept.reason}`)})
                  </List.Item>
                ))}
              </List>
            </>
          )}
        </Alert>
      )}
      {confirming && (
        <Alert color="red" variant="light">
          {t('transfer.wizard.undoConfirm')}
        </Alert>
      )}
      <FormErrorAlert error={error} />
      <Group justify="space-between">
        <Group>
          {run.failed > 0 && (
            <Button variant="default" onClick={() => void downloadErrors()} disabled={busy}>
              {t('transfer.wizard.downloadErrors')}
            </Button>
          )}
          {canUndo &&
            (confirming ? (
              <>
                <Button variant="default" onClick={() => setConfirming(false)} disabled={busy}>
                  {t('common.cancel')}
                </Button>
                <Button color="red" onClick={() => void undo()} loading={busy}>
                  {t('transfer.wizard.undo')}
                </Button>
              </>
            ) : (
              <Button color="red" variant="light" onClick={() => setConfirming(true)}>
                {t('transfer.wizard.undo')}
              </Button>
            ))}
        </Group>
        <Group>
          <Button variant="default" onClick={onAnother}>
            {t('transfer.wizard.another')}
          </Button>
          <Button onClick={onClose} data-autofocus>
            {t('transfer.wizard.close')}
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}
