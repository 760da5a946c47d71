import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RemoteTool } from '../../shared/remote/remote-id';
import { TOOL_DOWNLOADS } from '../../shared/remote/tool-info';
import { toolName } from './remoteTexts';
import type { DetectionState } from './useToolDetection';

/** Whether a built-in tool is installed on this computer, and where, or where to get it. */
export function InstalledToolLine({
  tool,
  state,
}: {
  tool: Exclude<RemoteTool, 'custom'>;
  state: DetectionState;
}) {
  const { t } = useTranslation();
  let text;
  if (state.status === 'loading') text = t('remote.settings.detect.looking', { tool: toolName(tool, t) });
  else if (state.status === 'failed') text = t('remote.settings.detect.failed');
  else if (!state.detection.detected) text = t('remote.settings.detect.desktopOnly');
  else {
    const found = state.detection.tools[tool];
    if (found.found) text = t('remote.settings.detect.found', { path: found.path });
    else {
      const download = TOOL_DOWNLOADS[tool];
      text = (
        <>
          {t('remote.settings.detect.missing')}{' '}
          <Anchor href={download} target="_blank" rel="noreferrer" fz="sm">
            {download}
          </Anchor>
        </>
      );
    }
  }
  return (
    <Text fz="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
      {text}
    </Text>
  );
}
