import { Card, Group, SegmentedControl, Stack, Switch, Text, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LAUNCH_MODES, type LaunchMode } from '../../shared/remote/launch-plan';
import type { RemoteTool } from '../../shared/remote/remote-id';
import { toolName } from './remoteTexts';
import type { RowField, SettingsProblems, ToolRow } from './settingsFormValues';

interface ToolProfileRowProps {
  tool: RemoteTool;
  row: ToolRow;
  problem: SettingsProblems['rows'][RemoteTool];
  onChange(row: ToolRow): void;
}

/** One tool: offered or not, started by its link or as a program, and the company's templates. */
export function ToolProfileRow({ tool, row, problem, onChange }: ToolProfileRowProps) {
  const { t } = useTranslation();
  const name = toolName(tool, t);
  const custom = tool === 'custom';
  const errorOf = (field: RowField) =>
    problem?.field === field ? t(`remote.settings.problems.${problem.problem}`) : undefined;
  const set = (patch: Partial<ToolRow>) => onChange({ ...row, ...patch });

  return (
    <Card withBorder radius="lg" padding="lg" component="section" aria-label={name}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Text fw={600}>{name}</Text>
          <Switch
            label={t('remote.settings.enabled')}
            aria-label={t('remote.settings.enabledFor', { tool: name })}
            checked={row.enabled}
            onChange={(event) => set({ enabled: event.currentTarget.checked })}
          />
        </Group>
        {row.enabled && (
          <>
            <SegmentedControl
              aria-label={t('remote.settings.launch')}
              data={LAUNCH_MODES.map((mode) => ({
                value: mode,
                label: t(`remote.settings.launchModes.${mode}`),
              }))}
              value={row.launch}
              onChange={(mode) => set({ launch: mode as LaunchMode })}
              w="fit-content"
            />
            {row.launch === 'program' && (
              <TextInput
                label={t('remote.settings.program')}
                description={t(custom ? 'remote.settings.customProgramHint' : 'remote.settings.programHint')}
                value={row.program}
                onChange={(event) => set({ program: event.currentTarget.value })}
                error={errorOf('program')}
                required={custom}
                spellCheck={false}
              />
            )}
            {custom && row.launch === 'uri' && (
              <TextInput
                label={t('remote.settings.uriTemplate')}
                description={t('remote.settings.uriTemplateHint')}
                value={row.uriTemplate}
                onChange={(event) => set({ uriTemplate: event.currentTarget.value })}
                error={errorOf('uriTemplate')}
                required
                spellCheck={false}
              />
            )}
            {custom && row.launch === 'program' && (
              <Textarea
                label={t('remote.settings.argTemplate')}
                description={t('remote.settings.argTemplateHint')}
                value={row.argTemplate}
                onChange={(event) => set({ argTemplate: event.currentTarget.value })}
                error={errorOf('argTemplate')}
                autosize
                minRows={2}
                maxRows={10}
                required
                spellCheck={false}
              />
            )}
          </>
        )}
      </Stack>
    </Card>
  );
}
