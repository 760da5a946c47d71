import {
  checkProfile,
  launchPlan,
  type LaunchPlan,
  type TemplateProblem,
  type ToolProfile,
} from './launch-plan';
import type { RemoteTool } from './remote-id';

/** An id of the right form for each tool, to show what a session would run; nothing connects to it. */
export const SAMPLE_IDS: Record<RemoteTool, string> = {
  rustdesk: '123456789',
  anydesk: '123456789',
  teamviewer: '123456789',
  vnc: 'pc-42.example:5901',
  custom: 'ABC123',
};

/** Where this computer has a tool; found by electron/main/remote/detect-tools.ts. */
export type ToolDetection = { found: true; path: string } | { found: false };

/** What the desktop app found on this computer; a browser cannot look. */
export type RemoteToolsDetection =
  { detected: true; tools: Record<RemoteTool, ToolDetection> } | { detected: false };

export type ToolTestProblem = TemplateProblem | 'toolMissing' | 'badProgram' | 'desktopAppOnly';

/** A tool's test: exactly what a session with the sample id would run, or why it could not. */
export type ToolTestResult =
  { ready: true; sampleId: string; launch: LaunchPlan } | { ready: false; problem: ToolTestProblem };

/** How the desktop app finds programs on this computer; a browser has none. */
export interface ProgramLookup {
  /** The installed program of a tool, or null. */
  find(tool: RemoteTool): string | null;
  isExecutable(file: string): boolean;
}

/**
 * What a session under `profile` (as saved or as typed) would run, resolved as the launch would
 * be, without starting anything. Without `programs` (a browser) only a link can be resolved.
 */
export function testProfile(profile: ToolProfile, programs: ProgramLookup | null): ToolTestResult {
  const problem = checkProfile(profile);
  if (problem) return { ready: false, problem };
  const sampleId = SAMPLE_IDS[profile.tool];
  const planned = launchPlan(profile, sampleId);
  if (planned.kind === 'uri') return { ready: true, sampleId, launch: planned };
  if (programs === null) return { ready: false, problem: 'desktopAppOnly' };
  if (planned.program !== null && !programs.isExecutable(planned.program)) {
    return { ready: false, problem: 'badProgram' };
  }
  const program = planned.program ?? programs.find(profile.tool);
  if (program === null) return { ready: false, problem: 'toolMissing' };
  return { ready: true, sampleId, launch: { kind: 'program', program, args: planned.args } };
}
