import { protocol } from 'electron';
import { APP_SCHEME } from '../security/app-origin';
import { serveAppFile } from './serve-app-file';

/**
 * Declares the app scheme standard (real origin, relative URLs) and secure (like https), so the
 * renderer gets the same-origin rules of a web page. Must run before the app is ready.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves the built renderer from `rendererDir` on the app scheme. */
export function serveAppScheme(rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => serveAppFile(rendererDir, request));
}
