import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The bytes of attached files: `<data dir>/attachments/<random name>`. An in-memory company (tests,
 * scripts) keeps them in a temporary folder removed on close.
 */
export function createAttachmentStore(dataDir: string | undefined) {
  const folder = dataDir ? join(dataDir, 'attachments') : mkdtempSync(join(tmpdir(), 'crm-attachments-'));
  const pathOf = (storedAs: string) => join(folder, storedAs);

  return {
    /** Moves a file in under a new random name and returns that name. */
    keep(source: string): string {
      mkdirSync(folder, { recursive: true });
      const storedAs = randomBytes(18).toString('base64url');
      try {
        renameSync(source, pathOf(storedAs));
      } catch (error) {
        // Another disk (an in-memory company's uploads): copy, then drop the original.
        if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
        copyFileSync(source, pathOf(storedAs));
        rmSync(source, { force: true });
      }
      return storedAs;
    },
    /** Where a kept file is; null when it has gone from the disk. */
    pathOf: (storedAs: string): string | null => (existsSync(pathOf(storedAs)) ? pathOf(storedAs) : null),
    remove: (storedAs: string): void => rmSync(pathOf(storedAs), { force: true }),
    close(): void {
      if (!dataDir) rmSync(folder, { recursive: true, force: true });
    },
  };
}

export type AttachmentStore = ReturnType<typeof createAttachmentStore>;
