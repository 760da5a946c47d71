import path from 'node:path';
import type { RemoteTool } from '../../../shared/remote/remote-id';

type Platform = 'win32' | 'darwin' | 'linux';

/** Where each tool's installer puts it; on Linux the program names looked up on PATH. */
const KNOWN_PROGRAMS: Record<Exclude<RemoteTool, 'custom'>, Record<Platform, readonly string[]>> = {
  rustdesk: {
    win32: ['C:\\Program Files\\RustDesk\\rustdesk.exe'],
    darwin: ['/Applications/RustDesk.app/Contents/MacOS/RustDesk'],
    linux: ['rustdesk'],
  },
  anydesk: {
    win32: ['C:\\Program Files (x86)\\AnyDesk\\AnyDesk.exe', 'C:\\Program Files\\AnyDesk\\AnyDesk.exe'],
    darwin: ['/Applications/AnyDesk.app/Contents/MacOS/AnyDesk'],
    linux: ['anydesk'],
  },
  teamviewer: {
    win32: [
      'C:\\Program Files\\TeamViewer\\TeamViewer.exe',
      'C:\\Program Files (x86)\\TeamViewer\\TeamViewer.exe',
    ],
    darwin: ['/Applications/TeamViewer.app/Contents/MacOS/TeamViewer'],
    linux: ['teamviewer'],
  },
  vnc: {
    win32: [
      'C:\\Program Files\\TigerVNC\\vncviewer.exe',
      'C:\\Program Files\\RealVNC\\VNC Viewer\\vncviewer.exe',
    ],
    darwin: [
      '/Applications/TigerVNC Viewer.app/Contents/MacOS/TigerVNC Viewer',
      '/Applications/VNC Viewer.app/Contents/MacOS/vncviewer',
    ],
    linux: ['vncviewer', 'xtigervncviewer'],
  },
};

export interface DetectDeps {
  platform: NodeJS.Platform;
  /** The PATH variable, for Linux. */
  searchPath: string;
  isExecutable(file: string): boolean;
}

/** The installed program of a tool on this machine, or null (a custom tool names its own). */
export function findProgram(tool: RemoteTool, deps: DetectDeps): string | null {
  if (tool === 'custom') return null;
  const platform: Platform =
    deps.platform === 'win32' || deps.platform === 'darwin' ? deps.platform : 'linux';
  const known = KNOWN_PROGRAMS[tool][platform];
  if (platform !== 'linux') return known.find((file) => deps.isExecutable(file)) ?? null;
  const folders = deps.searchPath.split(path.delimiter).filter((folder) => path.isAbsolute(folder));
  for (const name of known) {
    const found = folders.map((folder) => path.join(folder, name)).find((file) => deps.isExecutable(file));
    if (found) return found;
  }
  return null;
}
