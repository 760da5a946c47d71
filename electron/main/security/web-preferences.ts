import type { WebPreferences } from 'electron';

export interface WebPreferencesOptions {
  preloadPath: string;
  /** Developer tools are for development builds only. */
  allowDevTools: boolean;
}

/** The renderer's settings (DESIGN §5): an isolated, sandboxed page with no Node.js in it. */
export function secureWebPreferences(options: WebPreferencesOptions): WebPreferences {
  return {
    preload: options.preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    devTools: options.allowDevTools,
  };
}
