import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The operating system's URI launcher as a browser on Linux runs it (`xdg-open <uri>`), replaced
 * by one that only writes down what it was given. Nothing of the app is replaced: the app hands
 * the URI to the browser, the browser to this launcher.
 */
export interface RecordingLauncher {
  /** PATH with the recording `xdg-open` first, for the browser's environment. */
  path: string;
  /** The URIs handed to the system so far, in order. */
  opened(): string[];
}

export function recordingLauncher(): RecordingLauncher {
  const bin = mkdtempSync(join(tmpdir(), 'crm-e2e-launcher-'));
  const log = join(bin, 'opened.txt');
  writeFileSync(join(bin, 'xdg-open'), `#!/bin/sh\nprintf '%s\\n' "$1" >> '${log}'\n`);
  chmodSync(join(bin, 'xdg-open'), 0o755);
  return {
    path: `${bin}:${process.env.PATH ?? ''}`,
    opened: () => (existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean) : []),
  };
}

/**
 * A browser profile that lets `origin` open `schemes` without asking, as a user's "always allow"
 * would: the question is a dialog that would hold the page until answered.
 */
export function profileAllowing(origin: string, schemes: readonly string[]): string {
  const profile = mkdtempSync(join(tmpdir(), 'crm-e2e-profile-'));
  mkdirSync(join(profile, 'Default'));
  const allowed = Object.fromEntries(schemes.map((scheme) => [scheme, true]));
  const preferences = { protocol_handler: { allowed_origin_protocol_pairs: { [origin]: allowed } } };
  writeFileSync(join(profile, 'Default', 'Preferences'), JSON.stringify(preferences));
  return profile;
}
