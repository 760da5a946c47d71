import { Button, FileButton, Group, Paper, Stack, Text } from '@mantine/core';
import { IconFileUpload } from '@tabler/icons-react';
import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../shared/contacts/transfer-contract';
import { call } from '../bridge/call';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { fileProblemOverrides, uploadFile } from './files';

const ACCEPT = '.csv,.txt,.tsv,.vcf,.vcard,text/csv,text/plain,text/vcard,text/x-vcard';

interface ImportFileStepProps {
  onPreview(uploadId: string, preview: ImportPreview): void;
}

/** Step one: a file chosen by button or dropped; sent, then read for the preview. */
export function ImportFileStep({ onPreview }: ImportFileStepProps) {
  const { t } = useTranslation();
  const [reading, setReading] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [dragging, setDragging] = useState(false);

  const read = async (file: File | null) => {
    if (!file) return;
    setReading(file.name);
    setError(null);
    try {
      const { uploadId } = await uploadFile(file);
      onPreview(uploadId, await call('contacts.import.preview', { uploadId }));
    } catch (caught) {
      setError(caught);
    } finally {
      setReading(null);
    }
  };

  const drop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void read(event.dataTransfer.files[0] ?? null);
  };

  return (
    <Stack>
      <Paper
        withBorder
        radius="md"
        p="xl"
        data-testid="import-drop"
        bg={dragging ? 'var(--mantine-primary-color-light)' : undefined}
        style={{ borderStyle: 'dashed' }}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={drop}
      >
        <Stack align="center" gap="sm">
          <IconFileUpload size={40} stroke={1.5} />
          <Text ta="center">
            {reading ? t('transfer.wizard.reading', { name: reading }) : t('transfer.wizard.drop')}
          </Text>
          <Text c="dimmed" fz="sm" ta="center">
            {t('transfer.wizard.fileHint')}
          </Text>
          <Group>
            <FileButton onChange={(file) => void read(file)} accept={ACCEPT}>
              {(props) => (
                <Button {...props} loading={reading !== null} data-autofocus>
                  {t('transfer.wizard.choose')}
                </Button>
              )}
            </FileButton>
          </Group>
        </Stack>
      </Paper>
      <FormErrorAlert error={error} overrides={fileProblemOverrides(error)} />
    </Stack>
  );
}
