import { Alert, Button, Group, Select, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RemoteSettings } from '../../shared/remote/contract';
import { REMOTE_TOOLS, type RemoteTool } from '../../shared/remote/remote-id';
import { call } from '../bridge/call';
import { isCallError } from '../bridge/CallError';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { CenteredLoader } from '../ui/CenteredLoader';
import { ErrorState } from '../ui/ErrorState';
import { PageFrame } from '../ui/PageFrame';
import { PageHeader } from '../ui/PageHeader';
import { toolName } from './remoteTexts';
import {
  enabledProfiles,
  hasProblems,
  settingsProblems,
  settingsValues,
  type RemoteSettingsValues,
} from './settingsFormValues';
import { ToolProfileRow } from './ToolProfileRow';
import { useToolDetection } from './useToolDetection';

/** A save that someone else's save preceded is refused (CONFLICT); the user then loads theirs. */
function SettingsForm({ settings, onReload }: { settings: RemoteSettings; onReload(): void }) {
  const { t } = useTranslation();
  const [values, setValues] = useState<RemoteSettingsValues>(() => settingsValues(settings));
  const [version, setVersion] = useState(settings.version);
  const [submitted, setSubmitted] = useState(false);
  const [saving, setSaving] = useState(false);
  const [refusal, setRefusal] = useState<unknown>(null);
  const [conflict, setConflict] = useState(false);
  const problems = settingsProblems(values);
  const shown = submitted ? problems : { rows: {}, defaultTool: false };
  const detection = useToolDetection();

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    setRefusal(null);
    if (hasProblems(problems)) return;
    setSaving(true);
    try {
      const saved = await call('remote.settings.save', {
        version,
        profiles: enabledProfiles(values),
        defaultTool: values.defaultTool,
      });
      setVersion(saved.version);
      setConflict(false);
      setSubmitted(false);
      notifications.show({ color: 'teal', message: t('remote.settings.saved') });
    } catch (error) {
      if (isCallError(error) && error.code === 'CONFLICT') setConflict(true);
      else setRefusal(error);
    } finally {
      setSaving(false);
    }
  };

  const enabledTools = REMOTE_TOOLS.filter((tool) => values.rows[tool].enabled);
  return (
    <form onSubmit={save} noValidate>
      <Stack gap="lg" maw={760}>
        <FormErrorAlert error={refusal} />
        {conflict && (
          <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={18} />} role="alert">
            <Group justify="space-between">
              {t('remote.settings.conflict')}
              <Button variant="default" size="xs" onClick={onReload}>
                {t('remote.settings.loadTheirs')}
              </Button>
            </Group>
          </Alert>
        )}
        {REMOTE_TOOLS.map((tool) => (
          <ToolProfileRow
            key={tool}
            tool={tool}
            row={values.rows[tool]}
            problem={shown.rows[tool]}
            detection={detection}
            onChange={(row) => setValues({ ...values, rows: { ...values.rows, [tool]: row } })}
          />
        ))}
        <Select
          label={t('remote.settings.defaultTool')}
          description={t('remote.settings.defaultToolHint')}
          placeholder={t('remote.settings.noDefault')}
          data={enabledTools.map((tool) => ({ value: tool, label: toolName(tool, t) }))}
          value={
            values.defaultTool !== null && values.rows[values.defaultTool].enabled ? values.defaultTool : null
          }
          onChange={(tool) => setValues({ ...values, defaultTool: tool as RemoteTool | null })}
          error={shown.defaultTool ? t('remote.settings.defaultNeedsTool') : undefined}
          clearable
          maw={320}
        />
        <Group>
          <Button type="submit" loading={saving}>
            {t('remote.settings.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** `/settings/remote`: the company's remote-help tools (owners and admins). */
export function RemoteSettingsPage() {
  const { t } = useTranslation();
  const [settings, setSettings] = useState<RemoteSettings | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [generation, setGeneration] = useState(0);
  const reload = () => setGeneration((count) => count + 1);

  useEffect(() => {
    let cancelled = false;
    call('remote.settings.get', {}).then(
      (loaded) => !cancelled && (setSettings(loaded), setError(null)),
      (caught: unknown) => !cancelled && setError(caught),
    );
    return () => {
      cancelled = true;
    };
  }, [generation]);
  let content;
  if (settings) {
    content = (
      <SettingsForm key={`${settings.version}:${generation}`} settings={settings} onReload={reload} />
    );
  } else {
    content = error ? <ErrorState error={error} onRetry={reload} /> : <CenteredLoader />;
  }
  return (
    <PageFrame>
      <PageHeader title={t('remote.settings.title')} subtitle={t('remote.settings.subtitle')} />
      {content}
    </PageFrame>
  );
}
