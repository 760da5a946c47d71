import { Button, Card, FileButton, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconFileImport, IconKey } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LICENSE_FILE_EXTENSION } from '../../shared/license/key-text';
import { PAGE_PATHS } from '../app/access';
import { isCallError } from '../bridge/CallError';
import { ExplanationAlert } from '../ui/ExplanationAlert';
import { readLicenseFile } from './licenseFile';
import { useLicenseStore } from './licenseStore';
import { activationErrorText } from './refusalText';
import { useActivateLicense } from './useActivateLicense';

/** The owner's way in for a key: paste it, import its file (or drop it anywhere on the window). */
export function ActivationCard() {
  const { t, i18n } = useTranslation();
  const [key, setKey] = useState('');
  const activating = useLicenseStore((store) => store.activating);
  const error = useLicenseStore((store) => store.activationError);
  const clearError = useLicenseStore((store) => store.clearActivationError);
  const activate = useActivateLicense();
  const resetFileInput = useRef<() => void>(null);

  const activatePasted = async () => {
    if (await activate(key)) setKey('');
  };
  const importFile = async (file: File | null) => {
    if (!file) return;
    // The same file can be chosen again after fixing whatever refused it.
    resetFileInput.current?.();
    await activate(await readLicenseFile(file));
  };
  const tooFewSeats = isCallError(error) && error.code === 'SEATS_EXCEEDED';

  return (
    <Card withBorder radius="lg" padding="lg">
      <Title order={2} fz="md">
        {t('license.activation.title')}
      </Title>
      <Text fz="sm" c="dimmed" mt={4} mb="md">
        {t('license.activation.description')}
      </Text>
      <Stack gap="sm">
        {error !== null && (
          <ExplanationAlert
            explanation={activationErrorText(error, i18n.language)}
            action={
              tooFewSeats && (
                <Button component={Link} to={PAGE_PATHS.users} size="xs" variant="white" color="red" mt="sm">
                  {t('license.activation.tooFewSeats.openUsers')}
                </Button>
              )
            }
          />
        )}
        <Textarea
          label={t('license.activation.keyLabel')}
          placeholder="CRM1.…"
          value={key}
          onChange={(event) => {
            setKey(event.currentTarget.value);
            if (error !== null) clearError();
          }}
          autosize
          minRows={4}
          maxRows={8}
          spellCheck={false}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 12 } }}
        />
        <Group gap="sm">
          <Button
            leftSection={<IconKey size={16} />}
            onClick={() => void activatePasted()}
            loading={activating}
            disabled={key.trim() === ''}
          >
            {t('license.activation.activate')}
          </Button>
          <FileButton
            onChange={(file) => void importFile(file)}
            resetRef={resetFileInput}
            accept={`${LICENSE_FILE_EXTENSION},text/plain`}
          >
            {(props) => (
              <Button
                {...props}
                variant="default"
                leftSection={<IconFileImport size={16} />}
                disabled={activating}
              >
                {t('license.activation.import')}
              </Button>
            )}
          </FileButton>
        </Group>
        <Text fz="xs" c="dimmed">
          {t('license.activation.dropHint')}
        </Text>
      </Stack>
    </Card>
  );
}
