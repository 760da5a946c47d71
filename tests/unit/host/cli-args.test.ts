import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_HOST, DEFAULT_PORT, parseHostArgs, UsageError } from '../../../electron/host/cli-args';

const defaults = { dataDir: '/home/ann/.config/Small Business CRM', staticDir: '/app/dist/renderer' };
const parse = (...argv: string[]) => parseHostArgs(argv, defaults);
const optionsOf = (...argv: string[]) => {
  const parsed = parse(...argv);
  if (parsed.help) throw new Error('unexpected help');
  return parsed;
};
const usageErrorOf = (...argv: string[]) => {
  try {
    parse(...argv);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as UsageError).message;
  }
  throw new Error(`expected ${argv.join(' ')} to be refused`);
};

describe('host command line', () => {
  it('defaults to the app data folder on this computer only', () => {
    expect(optionsOf()).toEqual({
      help: false,
      warnings: [],
      options: {
        dataDir: defaults.dataDir,
        port: DEFAULT_PORT,
        host: DEFAULT_HOST,
        tls: null,
        allowInsecureLan: false,
        staticDir: defaults.staticDir,
      },
    });
    expect(DEFAULT_PORT).toBe(4780);
    expect(DEFAULT_HOST).toBe('127.0.0.1');
  });

  it('reads every option, in both --name value and --name=value forms', () => {
    const { options } = optionsOf(
      '--data-dir',
      '/srv/crm data',
      '--port=0',
      '--host',
      '192.168.1.20',
      '--tls-cert',
      'cert.pem',
      '--tls-key=key.pem',
      '--static-dir',
      '/tmp/www',
    );
    expect(options).toEqual({
      dataDir: '/srv/crm data',
      port: 0,
      host: '192.168.1.20',
      tls: { certFile: 'cert.pem', keyFile: 'key.pem' },
      allowInsecureLan: false,
      staticDir: '/tmp/www',
    });
  });

  it('shows help for --help and -h', () => {
    expect(parse('--help')).toEqual({ help: true });
    expect(parse('--port', '80', '-h')).toEqual({ help: true });
  });

  it.each([['abc'], ['-1'], ['65536'], ['80.5'], ['1e3'], ['']])('refuses the port "%s"', (port) => {
    expect(usageErrorOf('--port', port)).toMatch(/port/);
  });

  it('accepts the edges of the port range', () => {
    expect(optionsOf('--port', '0').options.port).toBe(0);
    expect(optionsOf('--port', '65535').options.port).toBe(65535);
  });

  it('refuses unknown options and stray arguments, naming them', () => {
    expect(usageErrorOf('--verbose')).toBe('Unknown option "--verbose".');
    expect(usageErrorOf('--data-dir=x', '--prot', '80')).toBe('Unknown option "--prot".');
    expect(usageErrorOf('serve')).toBe('Unexpected argument "serve".');
  });

  it('refuses an option without its value', () => {
    expect(usageErrorOf('--data-dir')).toBe('Option --data-dir needs a value.');
    expect(usageErrorOf('--port', '--host', '127.0.0.1')).toBe('Option --port needs a value.');
    expect(usageErrorOf('--host=')).toBe('Option --host needs a value.');
    expect(usageErrorOf('--allow-insecure-lan=yes')).toBe('Option --allow-insecure-lan takes no value.');
  });

  it('refuses an option given twice', () => {
    expect(usageErrorOf('--port', '1', '--port', '2')).toBe('Option --port is given more than once.');
  });

  it('needs the TLS certificate and key together', () => {
    expect(usageErrorOf('--tls-cert', 'c.pem')).toMatch(/both --tls-cert and --tls-key/);
    expect(usageErrorOf('--tls-key', 'k.pem')).toMatch(/both --tls-cert and --tls-key/);
  });

  it('needs TLS to serve on a network address', () => {
    for (const host of ['0.0.0.0', '192.168.1.20', '::', 'crm.office.lan']) {
      expect(usageErrorOf('--host', host)).toMatch(/--tls-cert and --tls-key/);
    }
    expect(optionsOf('--host', '0.0.0.0', '--tls-cert', 'c', '--tls-key', 'k').warnings).toEqual([]);
  });

  it('serves plain HTTP on a network address only when told, with a warning', () => {
    const parsed = optionsOf('--host', '0.0.0.0', '--allow-insecure-lan');
    expect(parsed.options.allowInsecureLan).toBe(true);
    expect(parsed.warnings).toHaveLength(1);
    expect(parsed.warnings[0]).toMatch(/unencrypted/);
  });

  it('needs no TLS for addresses of this computer', () => {
    for (const host of ['127.0.0.1', '127.0.0.2', 'localhost', '::1']) {
      expect(optionsOf('--host', host).warnings).toEqual([]);
    }
  });
});

it('resolves folders given on the command line against the working directory', () => {
  const parsed = parse('--data-dir', 'data', '--static-dir', 'dist/renderer');
  if (parsed.help) throw new Error('expected options');
  expect(parsed.options.dataDir).toBe(resolve('data'));
  expect(parsed.options.staticDir).toBe(resolve('dist/renderer'));
});
