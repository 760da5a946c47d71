import { describe, expect, it } from 'vitest';
import { isLoopbackHost, listenUrl } from '../../../electron/host/addresses';
import { hostnameOf } from '../../../electron/host/host-check';

describe('addresses', () => {
  it('knows the names and addresses only this computer reaches', () => {
    for (const host of [
      '127.0.0.1',
      '127.1.2.3',
      'localhost',
      'LOCALHOST',
      '::1',
      '[::1]',
      'app.localhost',
    ]) {
      expect(isLoopbackHost(host), host).toBe(true);
    }
    for (const host of [
      '0.0.0.0',
      '::',
      '192.168.1.20',
      '10.0.0.1',
      'crm.example.com',
      '127.0.0.1.evil.com',
      '',
    ]) {
      expect(isLoopbackHost(host), host).toBe(false);
    }
  });

  it('writes the listening URL, with brackets around IPv6', () => {
    expect(listenUrl(false, '127.0.0.1', 4780)).toBe('http://127.0.0.1:4780');
    expect(listenUrl(true, '::1', 443)).toBe('https://[::1]:443');
  });

  it('reads the name out of a Host header', () => {
    expect(hostnameOf('localhost:4780')).toBe('localhost');
    expect(hostnameOf('[::1]:4780')).toBe('[::1]');
    expect(hostnameOf('evil.example')).toBe('evil.example');
    expect(hostnameOf(undefined)).toBe('');
  });
});
