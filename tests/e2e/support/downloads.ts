import { readFileSync } from 'node:fs';
import type { Download } from '@playwright/test';

/** What a download saved, as text. */
export const savedText = async (download: Download): Promise<string> =>
  readFileSync(await download.path(), 'utf8');
