import { parseUrl } from './app-origin';

/** Longer links are refused: nothing the CRM shows needs them, and they can smuggle data. */
export const MAX_EXTERNAL_URL_LENGTH = 2048;

const PHONE_NUMBER = /^\+?[0-9()./ -]{1,64}$/;

/**
 * The link to hand to the operating system with `shell.openExternal`, normalised by the URL
 * parser, or null when it may not be opened. Web pages, e-mail and phone links only: anything
 * else (file:, smb:, javascript:, other apps' schemes) could start a program or open a file.
 */
export function trustedExternalUrl(text: string): string | null {
  if (text.length > MAX_EXTERNAL_URL_LENGTH) return null;
  const url = parseUrl(text);
  return url && isAllowed(url) ? url.href : null;
}

function isAllowed(url: URL): boolean {
  switch (url.protocol) {
    case 'http:':
    case 'https:':
      // Credentials in a link would be sent to whoever runs that server.
      return url.hostname !== '' && url.username === '' && url.password === '';
    case 'mailto:':
      return url.pathname.includes('@');
    case 'tel:':
      return PHONE_NUMBER.test(decodeOrEmpty(url.pathname));
    default:
      return false;
  }
}

function decodeOrEmpty(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return '';
  }
}
