import type { RemoteSettings } from '../../shared/remote/contract';
import type { RemoteTool } from '../../shared/remote/remote-id';

/** The tools the dialog offers: the company's profiles, the default one first. */
export function offeredTools(settings: Pick<RemoteSettings, 'profiles' | 'defaultTool'>): RemoteTool[] {
  const tools = settings.profiles.map((profile) => profile.tool);
  const first = settings.defaultTool;
  return first !== null && tools.includes(first) ? [first, ...tools.filter((tool) => tool !== first)] : tools;
}

/** The id a contact was last helped under with this tool, or nothing. */
export const rememberedId = (
  remembered: readonly { tool: RemoteTool; remoteId: string }[],
  tool: RemoteTool | null,
): string => remembered.find((item) => item.tool === tool)?.remoteId ?? '';
