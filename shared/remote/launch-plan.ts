import type { RemoteTool } from './remote-id';

/**
 * What the desktop app starts for a remote-help session: a URI handed to the operating system,
 * or a program run with an argument list (never through a shell, so no argument is re-parsed).
 * No profile has a password, and no template may ask for one: passwords stay in the tool.
 */
export type LaunchPlan = { kind: 'uri'; uri: string } | { kind: 'program'; program: string; args: string[] };

/** A launch as the core plans it: a program's path may be left to the agent's machine to find. */
export type PlannedLaunch = LaunchPlan | { kind: 'program'; program: string | null; args: string[] };

export const LAUNCH_MODES = ['uri', 'program'] as const;
export type LaunchMode = (typeof LAUNCH_MODES)[number];

/** How a company starts one tool; `custom` brings its own templates. */
export interface ToolProfile {
  tool: RemoteTool;
  launch: LaunchMode;
  /** The program's absolute path; null means the one found on this machine. */
  program: string | null;
  /** custom, launch 'uri': e.g. `mytool://connect/{id}`. */
  uriTemplate: string | null;
  /** custom, launch 'program': e.g. `["--connect", "{id}"]`; each item stays one argument. */
  argTemplate: string[] | null;
}

export const ID_PLACEHOLDER = '{id}';

interface BuiltInTool {
  scheme: string;
  uri(id: string): string;
  args(id: string): string[];
}

/** TigerVNC and most viewers read `host::port` as a port, `host:N` as display N. */
const vncViewerTarget = (address: string) => address.replace(/:(\d+)$/, '::$1');

/**
 * How each tool opens to be helped (showing this machine's own id) rather than to connect:
 * without a target. A VNC viewer has no such mode, nor has a company's own tool.
 */
const BE_HELPED_URIS: Partial<Record<RemoteTool, string>> = {
  rustdesk: 'rustdesk://',
  anydesk: 'anydesk:',
  teamviewer: 'teamviewer10://',
};

export const BUILT_IN_TOOLS: Record<Exclude<RemoteTool, 'custom'>, BuiltInTool> = {
  rustdesk: {
    scheme: 'rustdesk',
    uri: (id) => `rustdesk://connection/new/${id}`,
    args: (id) => ['--connect', id],
  },
  anydesk: { scheme: 'anydesk', uri: (id) => `anydesk:${id}`, args: (id) => [id] },
  teamviewer: {
    scheme: 'teamviewer10',
    uri: (id) => `teamviewer10://control?device=${id}`,
    args: (id) => ['--id', id],
  },
  vnc: { scheme: 'vnc', uri: (id) => `vnc://${id}`, args: (id) => [vncViewerTarget(id)] },
};

/**
 * Schemes no template may use: they open files, run script, reach the web or shares, or start
 * Windows' own handlers that have served as attack paths.
 */
const REFUSED_SCHEMES = new Set([
  'about',
  'blob',
  'data',
  'file',
  'ftp',
  'http',
  'https',
  'javascript',
  'jar',
  'mailto',
  'ms-msdt',
  'ms-officecmd',
  'ms-settings',
  'search',
  'search-ms',
  'shell',
  'smb',
  'vbscript',
  'view-source',
  'ws',
  'wss',
]);

export type TemplateProblem =
  'scheme' | 'placeholder' | 'password' | 'program' | 'tooLong' | 'control' | 'missing';

const PASSWORD = /pass(word|wd)?\b|pwd|\{password\}/i;
const hasControl = (text: string) =>
  [...text].some((char) => char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f);

export const schemeOf = (uri: string): string | null =>
  /^([a-z][a-z0-9+.-]{0,30}):/i.exec(uri)?.[1]?.toLowerCase() ?? null;

export function checkUriTemplate(template: string): TemplateProblem | null {
  if (template.length > 500) return 'tooLong';
  if (hasControl(template)) return 'control';
  const scheme = schemeOf(template);
  if (scheme === null || REFUSED_SCHEMES.has(scheme)) return 'scheme';
  if (template.split(ID_PLACEHOLDER).length !== 2) return 'placeholder';
  if (PASSWORD.test(template)) return 'password';
  return null;
}

export function checkArgTemplate(template: readonly string[]): TemplateProblem | null {
  if (template.length > 10 || template.some((arg) => arg.length > 200)) return 'tooLong';
  if (template.some(hasControl)) return 'control';
  if (template.join('\n').split(ID_PLACEHOLDER).length !== 2) return 'placeholder';
  if (template.some((arg) => PASSWORD.test(arg))) return 'password';
  return null;
}

/** An absolute path (`C:\…`, `\\server\…` excluded, `/…`) without control characters. */
export function checkProgramPath(path: string): TemplateProblem | null {
  if (path.length > 500) return 'tooLong';
  if (hasControl(path)) return 'control';
  return /^(?:[A-Za-z]:\\|\/)/.test(path) ? null : 'program';
}

/** Whatever is wrong with a profile, or null when it can launch. */
export function checkProfile(profile: ToolProfile): TemplateProblem | null {
  if (profile.program !== null) {
    const problem = checkProgramPath(profile.program);
    if (problem) return problem;
  }
  if (profile.tool !== 'custom') return null;
  if (profile.launch === 'uri') {
    return profile.uriTemplate === null ? 'missing' : checkUriTemplate(profile.uriTemplate);
  }
  if (profile.program === null) return 'program';
  return profile.argTemplate === null ? 'missing' : checkArgTemplate(profile.argTemplate);
}

/** The scheme a profile's URIs use: what the desktop app allows itself to open for it. */
export function schemeOfProfile(profile: ToolProfile): string | null {
  if (profile.tool !== 'custom') return BUILT_IN_TOOLS[profile.tool].scheme;
  return profile.uriTemplate === null ? null : schemeOf(profile.uriTemplate);
}

/**
 * What a checked remote id (shared/remote/remote-id.ts: `checkRemoteId`) launches under a checked
 * profile. A program's path is the profile's, or null: the agent's machine finds the tool itself
 * (the arguments do not depend on where it is installed).
 */
export function launchPlan(profile: ToolProfile, checkedId: string): PlannedLaunch {
  if (profile.launch === 'uri') {
    const uri =
      profile.tool === 'custom'
        ? profile.uriTemplate!.replace(ID_PLACEHOLDER, encodeURIComponent(checkedId))
        : BUILT_IN_TOOLS[profile.tool].uri(checkedId);
    return { kind: 'uri', uri };
  }
  const args =
    profile.tool === 'custom'
      ? profile.argTemplate!.map((arg) => arg.replace(ID_PLACEHOLDER, checkedId))
      : BUILT_IN_TOOLS[profile.tool].args(checkedId);
  return { kind: 'program', program: profile.program, args };
}

/** What opens a profile's tool to be helped by the vendor, or null when it cannot. */
export function beHelpedLaunch(profile: ToolProfile): PlannedLaunch | null {
  if (profile.tool === 'custom' || profile.tool === 'vnc') return null;
  if (profile.launch === 'program') return { kind: 'program', program: profile.program, args: [] };
  const uri = BE_HELPED_URIS[profile.tool];
  return uri === undefined ? null : { kind: 'uri', uri };
}
