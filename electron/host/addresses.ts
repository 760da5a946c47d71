import { isIP } from 'node:net';

const LOOPBACK_NAMES = new Set(['localhost', '::1', '0:0:0:0:0:0:0:1']);

/** A host name or address that only this machine can reach (127.0.0.0/8, ::1, localhost). */
export function isLoopbackHost(host: string): boolean {
  const bare = host
    .trim()
    .toLowerCase()
    .replace(/^\[(.*)\]$/, '$1');
  if (LOOPBACK_NAMES.has(bare) || bare.endsWith('.localhost')) return true;
  return isIP(bare) === 4 && bare.startsWith('127.');
}

/** The address a browser can open, e.g. `http://127.0.0.1:4780` or `https://[::1]:4780`. */
export function listenUrl(secure: boolean, address: string, port: number): string {
  const host = isIP(address) === 6 ? `[${address}]` : address;
  return `${secure ? 'https' : 'http'}://${host}:${port}`;
}
