/**
 * Public keys that sign licences, by key id (`npm run license -- keygen` prints it).
 * Only public keys ever belong here; each private key stays with whoever issues licences.
 */

/**
 * The vendor's production keys. Empty until the vendor makes its key pair on an offline machine
 * (`npm run license -- keygen --out DIR`) and adds the public PEM here; until then a production
 * build accepts no key, and companies run the trial.
 */
export const VENDOR_PUBLIC_KEYS: Readonly<Record<string, string>> = {};

/**
 * The development key (keys/dev/): its private half is in the repository, so anyone can sign
 * with it. Trusted only outside production (see appKeyring).
 */
export const DEVELOPMENT_PUBLIC_KEYS: Readonly<Record<string, string>> = {
  c48a548dde60a31c: `-----BEGIN PUBLIC KEY-----
MCowBQYDK2VwAyEAzqFcDb8H6iVp2TGkshugBvUJnPcmF3v5s1yNoPRhWUU=
-----END PUBLIC KEY-----`,
};
