import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddOnId, EditionId } from '../../../shared/catalogue';

/**
 * The licence vendor of the end-to-end tests. The vendor's private key is not in the repository
 * and no real build may trust the development key of keys/dev, so the tests are a vendor of their
 * own: the test host's start makes a key pair with `npm run license -- keygen` (see
 * playwright.config.ts), that host (dist/host-e2e, `build.mjs --host-test`) trusts its public key
 * through CRM_LICENSE_KEYRING, and the tests issue keys with `npm run license -- issue`.
 *
 * The runner picks the folder once; its workers inherit it through the environment.
 */
export const VENDOR_DIR = (process.env.CRM_E2E_VENDOR_DIR ??= mkdtempSync(join(tmpdir(), 'crm-e2e-vendor-')));
export const VENDOR_PUBLIC_KEY = join(VENDOR_DIR, 'public.pem');
const VENDOR_PRIVATE_KEY = join(VENDOR_DIR, 'private.pem');

export const VENDOR_KEYGEN_COMMAND = `npm run --silent license -- keygen --out "${VENDOR_DIR}"`;

export interface KeyOrder {
  licensee: string;
  edition: EditionId;
  seats: number;
  updatesUntil: string;
  supportUntil?: string;
  /** Add-ons on top of the edition. */
  modules?: AddOnId[];
}

/** A signed key from the vendor tool: the licence file it wrote, and the key's text. */
export function issueKey(order: KeyOrder, fileName: string): { file: string; key: string } {
  const file = join(VENDOR_DIR, fileName);
  const args = [
    'run',
    '--silent',
    'license',
    '--',
    'issue',
    '--private-key',
    VENDOR_PRIVATE_KEY,
    '--licensee',
    order.licensee,
    '--edition',
    order.edition,
    '--seats',
    String(order.seats),
    '--updates-until',
    order.updatesUntil,
    ...(order.supportUntil ? ['--support-until', order.supportUntil] : []),
    ...(order.modules?.length ? ['--modules', order.modules.join(',')] : []),
    '--out',
    file,
  ];
  const result = spawnSync('npm', args, {
    encoding: 'utf8',
    env: { ...process.env, CRM_LICENSE_KEYRING: VENDOR_PUBLIC_KEY },
  });
  if (result.status !== 0) throw new Error(`npm run license -- issue failed:\n${result.stderr}`);
  return { file, key: readFileSync(file, 'utf8').trim() };
}
