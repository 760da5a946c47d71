import { describe, expect, test } from 'vitest';
import { APP_ENTRY_URL, isAppUrl } from '../../../electron/main/security/app-origin';
import { decideNavigation } from '../../../electron/main/security/navigation';
import { MAX_EXTERNAL_URL_LENGTH, trustedExternalUrl } from '../../../electron/main/security/trusted-url';

describe('isAppUrl', () => {
  test.each([
    APP_ENTRY_URL,
    'app://crm',
    'app://crm/contacts/12?tab=calls#notes',
    'app://crm/assets/index.js',
  ])('accepts our own origin: %s', (url) => expect(isAppUrl(url)).toBe(true));

  test.each([
    'app://crm.evil.com/',
    'app://evil.com/crm',
    'app://crm@evil.com/',
    'app://evil@crm/',
    'app://user:pass@crm/',
    'app://crm:8080/',
    'app:crm',
    'app:///crm/',
    'https://crm/',
    'http://localhost:4780/',
    'file:///app/crm/index.html',
    'crm://app/',
    'javascript:alert(1)//app://crm/',
    'not a url',
    '',
    null,
    undefined,
  ])('refuses anything else: %s', (url) => expect(isAppUrl(url)).toBe(false));
});

describe('trustedExternalUrl', () => {
  test.each([
    'https://example.com/',
    'http://example.com/path?q=1',
    'mailto:ann@example.com',
    'mailto:ann@example.com?subject=Order%2012',
    'tel:+8613800138000',
  ])('lets the system open web, mail and phone links: %s', (url) =>
    expect(trustedExternalUrl(url)).toBe(url),
  );

  test('hands over the parsed form of the link, never the raw text', () => {
    expect(trustedExternalUrl(' https://EXAMPLE.com')).toBe('https://example.com/');
    expect(trustedExternalUrl('https://例子.测试/路径')).toBe(
      'https://xn--fsqu00a.xn--0zwm56d/%E8%B7%AF%E5%BE%84',
    );
    expect(trustedExternalUrl('tel:+1%20(555)%20010-0199')).toBe('tel:+1%20(555)%20010-0199');
  });

  test.each([
    'file:///etc/passwd',
    'file://server/share/setup.exe',
    'smb://server/share',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'ms-msdt:/id PCWDiagnostic',
    'search-ms:query=x',
    'app://crm/',
    'ftp://example.com/',
    'https://user:secret@example.com/',
    'https://token@example.com/',
    'mailto:',
    'mailto:?subject=no-recipient',
    'tel:javascript:alert(1)',
    'tel:',
    'https://',
    'example.com',
  ])('refuses what could run a program, open a file or leak a secret: %s', (url) =>
    expect(trustedExternalUrl(url)).toBeNull(),
  );

  test('refuses an overlong link', () => {
    const base = 'https://example.com/?q=';
    const longest = base + 'a'.repeat(MAX_EXTERNAL_URL_LENGTH - base.length);
    expect(trustedExternalUrl(longest)).toBe(longest);
    expect(trustedExternalUrl(longest + 'a')).toBeNull();
  });
});

describe('decideNavigation', () => {
  test('stays on our own origin', () => {
    expect(decideNavigation('app://crm/contacts')).toEqual({ action: 'allow' });
  });

  test('sends allowed links to the system instead of the window', () => {
    expect(decideNavigation('https://example.com')).toEqual({
      action: 'open-external',
      url: 'https://example.com/',
    });
    expect(decideNavigation('mailto:ann@example.com')).toEqual({
      action: 'open-external',
      url: 'mailto:ann@example.com',
    });
  });

  test.each([
    'file:///etc/passwd',
    'app://crm.evil/',
    'javascript:alert(1)',
    'about:blank',
    'chrome://settings',
  ])('refuses everything else: %s', (url) => expect(decideNavigation(url)).toEqual({ action: 'deny' }));
});
