import { shell, type Event, type Session, type WebContents } from 'electron';
import { decideNavigation } from './navigation';
import { isPermissionGranted } from './permissions';

function openExternally(url: string): void {
  shell.openExternal(url).catch((error: unknown) => console.error('Could not open', url, error));
}

/**
 * Keeps a webContents on our own origin: navigations and redirects elsewhere are refused
 * (allowed links go to the system browser instead), no new windows, no <webview>.
 */
export function guardWebContents(contents: WebContents): void {
  const onNavigate = (event: Event, url: string) => {
    const decision = decideNavigation(url);
    if (decision.action === 'allow') return;
    event.preventDefault();
    if (decision.action === 'open-external') openExternally(decision.url);
  };
  contents.on('will-navigate', (event, url) => onNavigate(event, url));
  contents.on('will-redirect', (event, url) => onNavigate(event, url));
  // The CRM has one window; a link meant for a new one opens in the system browser.
  contents.setWindowOpenHandler(({ url }) => {
    const decision = decideNavigation(url);
    if (decision.action === 'open-external') openExternally(decision.url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Permission requests and checks of every page in the session go through the same rule. */
export function guardPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionGranted(permission, details.requestingUrl));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionGranted(permission, requestingOrigin),
  );
}
