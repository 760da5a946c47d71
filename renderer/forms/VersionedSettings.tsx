import { Alert, Button, Group } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { ComponentType } from 'react';
import type { ProcedureOutput } from '../../shared/contract';
import { CenteredLoader } from '../ui/CenteredLoader';
import { ErrorState } from '../ui/ErrorState';
import { useVersionedSettings, type SettingsProcedure } from './useVersionedSettings';

interface VersionedSettingsProps<N extends SettingsProcedure> {
  read: N;
  /** The form, started afresh from each load; `onReload` loads the stored settings again. */
  form: ComponentType<{ settings: ProcedureOutput<N>; onReload(): void }>;
}

/** A settings form once its settings are loaded; a loader before, the error and a retry on failure. */
export function VersionedSettings<N extends SettingsProcedure>({
  read,
  form: Form,
}: VersionedSettingsProps<N>) {
  const { loaded, reload } = useVersionedSettings(read);
  if (loaded.status === 'loading') return <CenteredLoader />;
  if (loaded.status === 'error') return <ErrorState error={loaded.error} onRetry={reload} />;
  return <Form key={loaded.generation} settings={loaded.settings} onReload={reload} />;
}

interface StaleSaveAlertProps {
  /** A save was refused because someone else saved first. */
  shown: boolean;
  message: string;
  loadLabel: string;
  onLoad(): void;
}

/** Why the save was refused, and the way to their version. */
export function StaleSaveAlert({ shown, message, loadLabel, onLoad }: StaleSaveAlertProps) {
  if (!shown) return null;
  return (
    <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={18} />} role="alert">
      <Group justify="space-between">
        {message}
        <Button variant="default" size="xs" onClick={onLoad}>
          {loadLabel}
        </Button>
      </Group>
    </Alert>
  );
}
