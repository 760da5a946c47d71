import { Alert, Anchor, Code, List, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconInfoCircle } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { RemoteTool } from '../../shared/remote/remote-id';
import { TOOL_DOWNLOADS } from '../../shared/remote/tool-info';
import type { ToolTestProblem, ToolTestResult } from '../../shared/remote/tool-test';
import { toolName } from './remoteTexts';

function problemText(tool: RemoteTool, problem: ToolTestProblem, t: TFunction): string {
  if (problem === 'toolMissing' || problem === 'badProgram' || problem === 'desktopAppOnly') {
    return t(`remote.settings.test.problems.${problem}`, { tool: toolName(tool, t) });
  }
  return t(`remote.settings.problems.${problem}`);
}

/** A tool's test: exactly what a session would run, or the problem in plain words. */
export function ToolTestPanel({ tool, result }: { tool: RemoteTool; result: ToolTestResult }) {
  const { t } = useTranslation();
  const name = toolName(tool, t);
  if (!result.ready) {
    const download = result.problem === 'toolMissing' && tool !== 'custom' ? TOOL_DOWNLOADS[tool] : null;
    // Not a fault of the profile: this browser cannot look at programs.
    const untestable = result.problem === 'desktopAppOnly';
    return (
      <Alert
        color={untestable ? 'gray' : 'red'}
        variant="light"
        icon={untestable ? <IconInfoCircle size={18} /> : <IconAlertTriangle size={18} />}
        title={t(untestable ? 'remote.settings.test.desktopAppOnly' : 'remote.settings.test.notReady')}
        role="status"
      >
        <Text fz="sm">{problemText(tool, result.problem, t)}</Text>
        {download && (
          <Anchor href={download} target="_blank" rel="noreferrer" fz="sm">
            {t('remote.launchFailed.download', { tool: name })}
          </Anchor>
        )}
      </Alert>
    );
  }
  const { launch, sampleId } = result;
  return (
    <Alert
      color="teal"
      variant="light"
      icon={<IconCircleCheck size={18} />}
      title={t('remote.settings.test.ready')}
      role="status"
      aria-label={t('remote.settings.test.label', { tool: name })}
    >
      <Stack gap={6}>
        {launch.kind === 'uri' ? (
          <>
            <Text fz="sm">{t('remote.settings.test.readyUri', { id: sampleId })}</Text>
            <Code block>{launch.uri}</Code>
          </>
        ) : (
          <>
            <Text fz="sm">{t('remote.settings.test.readyProgram', { id: sampleId })}</Text>
            <Text fz="sm" fw={500}>
              {t('remote.settings.test.program')}
            </Text>
            <Code block>{launch.program}</Code>
            <Text fz="sm" fw={500}>
              {t('remote.settings.test.arguments')}
            </Text>
            {launch.args.length === 0 ? (
              <Text fz="sm">{t('remote.settings.test.noArguments')}</Text>
            ) : (
              <List type="ordered" fz="sm">
                {launch.args.map((arg, index) => (
                  <List.Item key={index}>
                    <Code>{arg}</Code>
                  </List.Item>
                ))}
              </List>
            )}
          </>
        )}
        <Text fz="xs" c="dimmed">
          {t('remote.settings.test.nothingStarted')}
        </Text>
      </Stack>
    </Alert>
  );
}
