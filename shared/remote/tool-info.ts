import type { RemoteTool } from './remote-id';

/** Where to get each tool when this machine lacks it; a custom tool is the company's own. */
export const TOOL_DOWNLOADS: Record<Exclude<RemoteTool, 'custom'>, string> = {
  rustdesk: 'https://rustdesk.com/download',
  anydesk: 'https://anydesk.com/download',
  teamviewer: 'https://www.teamviewer.com/download/',
  vnc: 'https://tigervnc.org/',
};

/** Product names are not translated. */
export const TOOL_NAMES: Record<Exclude<RemoteTool, 'custom'>, string> = {
  rustdesk: 'RustDesk',
  anydesk: 'AnyDesk',
  teamviewer: 'TeamViewer',
  vnc: 'VNC',
};
