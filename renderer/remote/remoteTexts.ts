import type { TFunction } from 'i18next';
import type { RemoteTool } from '../../shared/remote/remote-id';
import { TOOL_NAMES } from '../../shared/remote/tool-info';

/** A tool's product name; the company's own tool has a translated one. */
export const toolName = (tool: RemoteTool, t: TFunction): string =>
  tool === 'custom' ? t('remote.tools.custom') : TOOL_NAMES[tool];
