import { call } from '../bridge/call';
import { useCallCenterStore } from './callCenterStore';

/**
 * Hands a `tel:` link to the operating system's phone app. The page navigates to it: the desktop
 * window's guard refuses the navigation and passes the link to the system instead
 * (electron/main/security/guard-contents.ts), and a browser gives it to the app registered for tel:.
 */
const openDialUri = (uri: string) => window.location.assign(uri);

/** Click-to-call: logs the outbound call, follows it in the call panel and rings the number. */
export async function dialNumber(number: string, contactId: number): Promise<void> {
  const { call: dialled, dialUri } = await call('calls.dial', { number, contactId });
  useCallCenterStore.getState().follow(dialled);
  openDialUri(dialUri);
}
