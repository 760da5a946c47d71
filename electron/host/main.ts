// The office server: `node dist/host/main.mjs [options]` (see cli-args.ts for the options).
import type { FastifyInstance } from 'fastify';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { homedir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { CrmError } from '../../shared/errors';
import { createCore, type Core } from '../core/core';
import { bundledWorkers } from '../core/workers';
import { isLoopbackHost, listenUrl } from './addresses';
import { appDataDir } from './app-data-dir';
import { parseHostArgs, USAGE, UsageError, type HostOptions } from './cli-args';
import { createServer } from './server';

/** In-flight requests get this long to finish after SIGINT/SIGTERM before connections are cut. */
const SHUTDOWN_GRACE_MS = 10_000;

function fail(message: string, exitCode: number): never {
  console.error(message);
  process.exit(exitCode);
}

function readOptions(): HostOptions {
  try {
    const parsed = parseHostArgs(process.argv.slice(2), {
      dataDir: appDataDir(process.platform, process.env, homedir()),
      // The bundle is dist/host/main.mjs; the renderer is built to dist/renderer.
      staticDir: fileURLToPath(new URL('../renderer', import.meta.url)),
    });
    if (parsed.help) {
      console.log(USAGE);
      process.exit(0);
    }
    for (const warning of parsed.warnings) console.error(warning);
    return parsed.options;
  } catch (error) {
    if (error instanceof UsageError) fail(`${error.message} Run with --help to see the options.`, 2);
    throw error;
  }
}

function readTls(options: HostOptions): { cert: Buffer; key: Buffer } | undefined {
  if (!options.tls) return undefined;
  const read = (file: string, what: string) => {
    try {
      return readFileSync(file);
    } catch (error) {
      return fail(`Cannot read the TLS ${what} ${file}: ${(error as Error).message}`, 1);
    }
  };
  return { cert: read(options.tls.certFile, 'certificate'), key: read(options.tls.keyFile, 'key') };
}

/** The worker threads bundled beside this file (scripts/build.mjs); absent when run from source. */
const WORKERS = bundledWorkers(fileURLToPath(new URL('.', import.meta.url)));

function openCore(dataDir: string): Core {
  try {
    return createCore({
      dataDir,
      ...WORKERS,
      reminders: true,
    });
  } catch (error) {
    if (error instanceof CrmError && error.code === 'DATABASE_TOO_NEW') fail(error.message, 1);
    return fail(`Cannot open the company database in ${dataDir}: ${(error as Error).message}`, 1);
  }
}

function stopOnSignals(app: FastifyInstance, core: Core): void {
  let stopping = false;
  const stop = async () => {
    // A terminal's Ctrl+C reaches both `npm run serve` and this process; act once.
    if (stopping) return;
    stopping = true;
    const cutOff = setTimeout(() => app.server.closeAllConnections(), SHUTDOWN_GRACE_MS);
    let exitCode = 0;
    try {
      await app.close();
    } catch (error) {
      console.error('Error while stopping the server:', error);
      exitCode = 1;
    } finally {
      clearTimeout(cutOff);
      core.close();
    }
    process.exit(exitCode);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

async function main(): Promise<void> {
  const options = readOptions();
  const tls = readTls(options);
  const core = openCore(options.dataDir);
  const app = createServer({
    core,
    staticDir: options.staticDir,
    tls,
    loopbackOnly: isLoopbackHost(options.host),
  });
  try {
    await app.listen({ host: options.host, port: options.port });
  } catch (error) {
    core.close();
    fail(`Cannot listen on ${options.host} port ${options.port}: ${(error as Error).message}`, 1);
  }
  stopOnSignals(app, core);
  const { address, port } = app.server.address() as AddressInfo;
  console.log(`listening on ${listenUrl(tls !== undefined, address, port)}`);
}

await main();
