import {
  Button,
  Card,
  Group,
  SegmentedControl,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LAUNCH_MODES, type LaunchMode } from '../../shared/remote/launch-plan';
import type { RemoteTool } from '../../shared/remote/remote-id';
import type { ToolTestResult } from '../../shared/remote/tool-test';
import { CallError } from '../bridge/CallError';
import { getBridge } from '../bridge/getBridge';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { InstalledToolLine } from './InstalledToolLine';
import { toolName } from './remoteTexts';
import { profileOf, type RowField, type SettingsProblems, type ToolRow } from './settingsFormValues';
import { ToolTestPanel } from './ToolTestPanel';
import type { DetectionState } from './useToolDetection';

interface ToolProfileRowProps {
  tool: RemoteTool;
  row: ToolRow;
  problem: SettingsProblems['rows'][RemoteTool];
  detection: DetectionState;
  onChange(row: ToolRow): void;
}

/** The last test, kept only while the row still holds what was tested. */
type Tested = { row: ToolRow; outcome: { result: ToolTestResult } | { error: unknown } };

/**
 * One tool: where it is installed here, offered or not, started by its link or as a program, the
 * company's templates, and a test of what a session would run with the row as typed.
 */
export function ToolProfileRow({ tool, row, problem, detection, onChange }: ToolProfileRowProps) {
  const { t } = useTranslation();
  const name = toolName(tool, t);
  const custom = tool === 'custom';
  const [testing, setTesting] = useState(false);
  const [tested, setTested] = useState<Tested | null>(null);
  const shownTest = tested?.row === row ? tested.outcome : null;

  const runTest = async () => {
    setTesting(true);
    try {
      const answer = await getBridge().testRemoteTool(profileOf(tool, row));
      setTested({
        row,
        outcome: answer.ok
          ? { result: answer.result }
          : { error: new CallError('remote.test', answer.error) },
      });
    } finally {
      setTesting(false);
    }
  };
  const errorOf = (field: RowField) =>
    problem?.field === field ? t(`remote.settings.problems.${problem.problem}`) : undefined;
  const set = (patch: Partial<ToolRow>) => onChange({ ...row, ...patch });

  return (
    <Card withBorder radius="lg" padding="lg" component="section" aria-label={name}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Text fw={600}>{name}</Text>
          <Group gap="md">
            {row.enabled && (
              <Button
                variant="default"
                size="xs"
                loading={testing}
                onClick={runTest}
                aria-label={t('remote.settings.test.label', { tool: name })}
              >
                {t('remote.settings.test.button')}
              </Button>
            )}
            <Switch
              label={t('remote.settings.enabled')}
              aria-label={t('remote.settings.enabledFor', { tool: name })}
              checked={row.enabled}
              onChange={(event) => set({ enabled: event.currentTarget.checked })}
            />
          </Group>
        </Group>
        {!custom && <InstalledToolLine tool={tool} state={detection} />}
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
        {row.enabled && shownTest && 'result' in shownTest && (
          <ToolTestPanel tool={tool} result={shownTest.result} />
        )}
        {row.enabled && shownTest && 'error' in shownTest && <FormErrorAlert error={shownTest.error} />}
      </Stack>
    </Card>
  );
}
