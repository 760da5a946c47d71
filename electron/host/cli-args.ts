import { resolve } from 'node:path';
import { isLoopbackHost } from './addresses';

export const DEFAULT_PORT = 4780;
export const DEFAULT_HOST = '127.0.0.1';

export const USAGE = `Usage: node dist/host/main.mjs [options]

  --data-dir DIR          folder of the company database (default: the app's data folder)
  --port N                port to listen on, 0 picks a free one (default: ${DEFAULT_PORT})
  --host ADDR             address to bind (default: ${DEFAULT_HOST}, this computer only)
  --tls-cert FILE         PEM certificate; serve HTTPS (needed on a network address)
  --tls-key FILE          PEM private key of that certificate
  --allow-insecure-lan    serve plain HTTP on a network address anyway
  --static-dir DIR        folder of the built screens (default: dist/renderer)
  --help                  show this help`;

export interface TlsFiles {
  certFile: string;
  keyFile: string;
}

export interface HostOptions {
  dataDir: string;
  port: number;
  host: string;
  tls: TlsFiles | null;
  allowInsecureLan: boolean;
  staticDir: string;
}

export type ParsedArgs = { help: true } | { help: false; options: HostOptions; warnings: string[] };

/** A command line the host cannot run with; main prints the message and exits with code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

const VALUE_OPTIONS = ['--data-dir', '--port', '--host', '--tls-cert', '--tls-key', '--static-dir'] as const;
type ValueOption = (typeof VALUE_OPTIONS)[number];
const FLAG_OPTIONS = ['--allow-insecure-lan'] as const;

const isValueOption = (name: string): name is ValueOption =>
  (VALUE_OPTIONS as readonly string[]).includes(name);
const isFlagOption = (name: string) => (FLAG_OPTIONS as readonly string[]).includes(name);

function parsePort(text: string): number {
  const port = /^\d{1,5}$/.test(text) ? Number(text) : NaN;
  if (!(port >= 0 && port <= 65535)) {
    throw new UsageError(`Invalid --port "${text}": use a whole number from 0 to 65535.`);
  }
  return port;
}

/** Reads `--name value` and `--name=value` forms; every option may appear once. */
function readOptions(
  argv: readonly string[],
): { values: Map<ValueOption, string>; flags: Set<string> } | null {
  const values = new Map<ValueOption, string>();
  const flags = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') return null;
    if (!arg.startsWith('--')) throw new UsageError(`Unexpected argument "${arg}".`);
    const equals = arg.indexOf('=');
    const name = equals === -1 ? arg : arg.slice(0, equals);
    const inline = equals === -1 ? undefined : arg.slice(equals + 1);
    if (values.has(name as ValueOption) || flags.has(name)) {
      throw new UsageError(`Option ${name} is given more than once.`);
    }
    if (isFlagOption(name)) {
      if (inline !== undefined) throw new UsageError(`Option ${name} takes no value.`);
      flags.add(name);
    } else if (isValueOption(name)) {
      const value = inline ?? argv[i + 1];
      if (value === undefined || (inline === undefined && value.startsWith('--'))) {
        throw new UsageError(`Option ${name} needs a value.`);
      }
      if (value.trim() === '') throw new UsageError(`Option ${name} needs a value.`);
      if (inline === undefined) i++;
      values.set(name, value);
    } else {
      throw new UsageError(`Unknown option "${name}".`);
    }
  }
  return { values, flags };
}

export function parseHostArgs(
  argv: readonly string[],
  defaults: { dataDir: string; staticDir: string },
): ParsedArgs {
  const read = readOptions(argv);
  if (!read) return { help: true };
  const { values, flags } = read;

  const certFile = values.get('--tls-cert');
  const keyFile = values.get('--tls-key');
  if ((certFile === undefined) !== (keyFile === undefined)) {
    throw new UsageError('Give both --tls-cert and --tls-key, or neither.');
  }
  const options: HostOptions = {
    // Folders given on the command line are relative to where the command was run.
    dataDir: resolve(values.get('--data-dir') ?? defaults.dataDir),
    port: parsePort(values.get('--port') ?? String(DEFAULT_PORT)),
    host: values.get('--host') ?? DEFAULT_HOST,
    tls: certFile !== undefined && keyFile !== undefined ? { certFile, keyFile } : null,
    allowInsecureLan: flags.has('--allow-insecure-lan'),
    staticDir: resolve(values.get('--static-dir') ?? defaults.staticDir),
  };

  // DESIGN §5: team mode over a network uses TLS.
  const warnings: string[] = [];
  if (!isLoopbackHost(options.host) && !options.tls) {
    if (!options.allowInsecureLan) {
      throw new UsageError(
        `Serving on ${options.host} lets other computers connect, so it needs --tls-cert and --tls-key ` +
          '(or --allow-insecure-lan to send passwords and data unencrypted).',
      );
    }
    warnings.push(
      `Warning: serving plain HTTP on ${options.host}; passwords and customer data cross the network unencrypted.`,
    );
  }
  return { help: false, options, warnings };
}
