import { randomBytes, randomUUID } from 'node:crypto';
import {
  closeSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CrmError } from '../../../shared/errors';

/** How long an uploaded file or a prepared download stays available. */
export const TEMP_FILE_LIFETIME_MS = 60 * 60 * 1000;

interface TempFile {
  path: string;
  fileName: string;
  contentType: string;
  size: number;
  /** Only the user who sent or asked for a file may use it. */
  userId: number;
  expiresAt: number;
}

export interface DownloadFile {
  path: string;
  fileName: string;
  contentType: string;
  size: number;
}

/** The data directory's temp folder; the system's for an in-memory core. */
export const tempFilesDir = (dataDir: string | undefined): string =>
  dataDir ? join(dataDir, 'transfer-temp') : join(tmpdir(), 'crm-transfer');

/** Folders that processes which ended without closing (a crash) left behind. */
function removeAbandoned(base: string, before: number): void {
  if (!existsSync(base)) return;
  for (const entry of readdirSync(base)) {
    const path = join(base, entry);
    if (statSync(path).mtimeMs < before) rmSync(path, { recursive: true, force: true });
  }
}

export const tooLarge = (limit: number) =>
  new CrmError('PAYLOAD_TOO_LARGE', `A file may hold at most ${limit} bytes.`, { limit });

const newId = () => randomBytes(18).toString('base64url');

const gone = () =>
  new CrmError('NOT_FOUND', 'This file is not available any more; choose it again.', { file: 'expired' });

/**
 * Files passed outside procedure calls (DESIGN §2): uploads too large for a call, and exports and
 * error lists the user downloads. Each lives for an hour and belongs to one user. Each process
 * (the app, a command-line run on the same data) has its own folder under `base`, made on first
 * use and removed on close.
 */
export function createTempFiles(base: string, now: () => number) {
  removeAbandoned(base, Date.now() - 24 * TEMP_FILE_LIFETIME_MS);
  const dir = join(base, randomUUID());
  const files = new Map<string, TempFile>();

  /** Tidies up, and makes the folder when a file is about to be written. */
  function sweep(): void {
    mkdirSync(dir, { recursive: true });
    const time = now();
    for (const [id, file] of files) {
      if (file.expiresAt > time) continue;
      files.delete(id);
      rmSync(file.path, { force: true });
    }
  }

  function owned(id: string, userId: number): TempFile {
    sweep();
    const file = files.get(id);
    if (!file || file.userId !== userId) throw gone();
    return file;
  }

  function add(file: Omit<TempFile, 'expiresAt'>, id: string): string {
    files.set(id, { ...file, expiresAt: now() + TEMP_FILE_LIFETIME_MS });
    return id;
  }

  return {
    /** Where this process keeps its files. */
    folder: dir,

    /**
     * Streams an upload to disk; past `limit` bytes it stops, deletes what it wrote and throws
     * PAYLOAD_TOO_LARGE. Returns the upload's id.
     */
    async saveUpload(
      userId: number,
      fileName: string,
      body: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
      limit: number,
    ): Promise<{ uploadId: string; size: number }> {
      sweep();
      const id = newId();
      const path = join(dir, `upload-${id}`);
      const handle = await open(path, 'w');
      let size = 0;
      try {
        for await (const chunk of body) {
          size += chunk.byteLength;
          if (size > limit) {
            throw tooLarge(limit);
          }
          await handle.write(chunk);
        }
      } catch (error) {
        await handle.close();
        rmSync(path, { force: true });
        throw error;
      }
      await handle.close();
      add({ path, fileName, contentType: 'application/octet-stream', size, userId }, id);
      return { uploadId: id, size };
    },

    /** An upload's bytes and name, for its own user only. */
    readUpload(id: string, userId: number): { bytes: Uint8Array; fileName: string } {
      const file = owned(id, userId);
      return { bytes: readFileSync(file.path), fileName: file.fileName };
    },

    /** An upload's name and size, for its own user only. */
    uploadInfo(id: string, userId: number): { fileName: string; size: number } {
      const { fileName, size } = owned(id, userId);
      return { fileName, size };
    },

    /** Hands an upload's file over for good (an attachment moves it away); it is no longer an upload. */
    takeUpload(id: string, userId: number): string {
      const { path } = owned(id, userId);
      files.delete(id);
      return path;
    },

    /** Deletes an upload that has been read for good (an import holds its bytes), before its hour is up. */
    removeUpload(id: string, userId: number): void {
      const { path } = owned(id, userId);
      files.delete(id);
      rmSync(path, { force: true });
    },

    /** Writes a download from its text pieces; returns its id. */
    saveDownload(userId: number, fileName: string, contentType: string, chunks: Iterable<string>): string {
      sweep();
      const id = newId();
      const path = join(dir, `download-${id}`);
      const fd = openSync(path, 'w');
      try {
        for (const chunk of chunks) writeSync(fd, chunk);
      } catch (error) {
        rmSync(path, { force: true });
        throw error;
      } finally {
        closeSync(fd);
      }
      return add({ path, fileName, contentType, size: statSync(path).size, userId }, id);
    },

    /** A download holding a copy of a file kept elsewhere (an attachment), so that removing that file spares it. */
    saveDownloadCopy(userId: number, fileName: string, source: string): string {
      sweep();
      const id = newId();
      const path = join(dir, `download-${id}`);
      copyFileSync(source, path);
      return add(
        { path, fileName, contentType: 'application/octet-stream', size: statSync(path).size, userId },
        id,
      );
    },

    /** A prepared download, for its own user only. */
    download(id: string, userId: number): DownloadFile {
      const { path, fileName, contentType, size } = owned(id, userId);
      return { path, fileName, contentType, size };
    },

    /** Deletes every file; the store is not used after. */
    close(): void {
      files.clear();
      rmSync(dir, { recursive: true, force: true });
      if (existsSync(base) && readdirSync(base).length === 0) rmSync(base, { recursive: true, force: true });
    },
  };
}

export type TempFiles = ReturnType<typeof createTempFiles>;
