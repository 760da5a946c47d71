import { Button, Group, Select, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RemoteSettings } from '../../shared/remote/contract';
import { REMOTE_TOOLS, type RemoteTool } from '../../shared/remote/remote-id';
import { call } from '../bridge/call';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { useSettingsSave } from '../forms/useVersionedSettings';
import { StaleSaveAlert, VersionedSettings } from '../forms/VersionedSettings';
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
  const [submitted, setSubmitted] = useState(false);
  const problems = settingsProblems(values);
  const shown = submitted ? problems : { rows: {}, defaultTool: false };
  const detection = useToolDetection();
  const { submit, saving, refusal, conflict } = useSettingsSave(settings.version, {
    check: () => {
      setSubmitted(true);
      return !hasProblems(problems);
    },
    send: (version) =>
      call('remote.settings.save', {
        version,
        profiles: enabledProfiles(values),
        defaultTool: values.defaultTool,
      }),
    onSaved: () => setSubmitted(false),
    savedMessage: t('remote.settings.saved'),
  });

  const enabledTools = REMOTE_TOOLS.filter((tool) => values.rows[tool].enabled);
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg" maw={760}>
        <FormErrorAlert error={refusal} />
        <StaleSaveAlert
          shown={conflict}
          message={t('remote.settings.conflict')}
          loadLabel={t('remote.settings.loadTheirs')}
          onLoad={onReload}
        />
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
  return (
    <PageFrame>
      <PageHeader title={t('remote.settings.title')} subtitle={t('remote.settings.subtitle')} />
      <VersionedSettings read="remote.settings.get" form={SettingsForm} />
    </PageFrame>
  );
}
