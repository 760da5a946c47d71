import { isAppUrl } from './app-origin';
import { trustedExternalUrl } from './trusted-url';

/**
 * What to do when the page tries to go to a URL (a link, a redirect, `window.open`): stay if it
 * is our own origin, hand an allowed link to the system browser or mail/phone app, refuse the rest.
 */
export type NavigationDecision =
  { action: 'allow' } | { action: 'open-external'; url: string } | { action: 'deny' };

export function decideNavigation(url: string): NavigationDecision {
  if (isAppUrl(url)) return { action: 'allow' };
  const external = trustedExternalUrl(url);
  return external ? { action: 'open-external', url: external } : { action: 'deny' };
}
