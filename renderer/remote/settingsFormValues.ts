import type { RemoteSettings } from '../../shared/remote/contract';
import {
  checkProfile,
  checkProgramPath,
  type LaunchMode,
  type TemplateProblem,
  type ToolProfile,
} from '../../shared/remote/launch-plan';
import { REMOTE_TOOLS, type RemoteTool } from '../../shared/remote/remote-id';

/** One tool's row of the settings form, as typed. */
export interface ToolRow {
  enabled: boolean;
  launch: LaunchMode;
  program: string;
  uriTemplate: string;
  /** One argument per line. */
  argTemplate: string;
}

export interface RemoteSettingsValues {
  rows: Record<RemoteTool, ToolRow>;
  defaultTool: RemoteTool | null;
}

/** The field of a row that a profile's problem belongs beside. */
export type RowField = 'program' | 'uriTemplate' | 'argTemplate';

export interface SettingsProblems {
  rows: Partial<Record<RemoteTool, { field: RowField; problem: TemplateProblem }>>;
  defaultTool: boolean;
}

export function settingsValues(settings: RemoteSettings): RemoteSettingsValues {
  const rows = Object.fromEntries(
    REMOTE_TOOLS.map((tool) => {
      const profile = settings.profiles.find((each) => each.tool === tool);
      const row: ToolRow = {
        enabled: profile !== undefined,
        launch: profile?.launch ?? (tool === 'custom' ? 'program' : 'uri'),
        program: profile?.program ?? '',
        uriTemplate: profile?.uriTemplate ?? '',
        argTemplate: profile?.argTemplate?.join('\n') ?? '',
      };
      return [tool, row];
    }),
  ) as Record<RemoteTool, ToolRow>;
  return { rows, defaultTool: settings.defaultTool };
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

/** A row as the profile it saves; only the custom tool keeps its templates. */
export function profileOf(tool: RemoteTool, row: ToolRow): ToolProfile {
  const custom = tool === 'custom';
  const args = row.argTemplate
    .split('\n')
    .map((arg) => arg.trim())
    .filter(Boolean);
  return {
    tool,
    launch: row.launch,
    // A link needs no program; a path typed before switching to links is not kept.
    program: row.launch === 'program' ? orNull(row.program) : null,
    uriTemplate: custom && row.launch === 'uri' ? orNull(row.uriTemplate) : null,
    argTemplate: custom && row.launch === 'program' && args.length > 0 ? args : null,
  };
}

export const enabledProfiles = (values: RemoteSettingsValues): ToolProfile[] =>
  REMOTE_TOOLS.filter((tool) => values.rows[tool].enabled).map((tool) => profileOf(tool, values.rows[tool]));

function fieldOf(profile: ToolProfile, problem: TemplateProblem): RowField {
  if (problem === 'program' || (profile.program !== null && checkProgramPath(profile.program) !== null)) {
    return 'program';
  }
  return profile.launch === 'uri' ? 'uriTemplate' : 'argTemplate';
}

/** What keeps the form from saving: a profile's problem beside its field, a default not offered. */
export function settingsProblems(values: RemoteSettingsValues): SettingsProblems {
  const rows: SettingsProblems['rows'] = {};
  for (const profile of enabledProfiles(values)) {
    const problem = checkProfile(profile);
    if (problem) rows[profile.tool] = { field: fieldOf(profile, problem), problem };
  }
  const defaultTool = values.defaultTool !== null && !values.rows[values.defaultTool].enabled;
  return { rows, defaultTool };
}

export const hasProblems = (problems: SettingsProblems) =>
  problems.defaultTool || Object.keys(problems.rows).length > 0;
