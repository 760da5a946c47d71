import { describe, expect, test } from 'vitest';
import { createCore } from '../../../electron/core/core';
import { startupErrorMessage } from '../../../electron/main/startup-error';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';

describe('startupErrorMessage', () => {
  test('a database from a newer version asks for an update and says the data is untouched', () => {
    const dir = mkdtempSync(join(tmpdir(), 'crm-start-'));
    try {
      const file = join(dir, 'company.db');
      const future = new Database(file);
      future.pragma('user_version = 9999');
      future.close();
      let error: unknown;
      try {
        createCore({ file }).close();
      } catch (caught) {
        error = caught;
      }
      const message = startupErrorMessage('Small Business CRM', error);
      expect(message.title).toBe('Small Business CRM needs an update');
      expect(message.body).toMatch(/newer version/);
      expect(message.body).toMatch(/has not been changed/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('any other failure says the app could not start, and why', () => {
    expect(startupErrorMessage('CRM', new Error('EACCES: permission denied'))).toEqual({
      title: 'CRM could not start',
      body: 'EACCES: permission denied',
    });
    expect(startupErrorMessage('CRM', 'disk full').body).toBe('disk full');
  });
});
