// npm run license -- <keygen|issue|inspect|quote> ...   The vendor's licence tool (issue 3).
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { evaluateLicense } from '../electron/core/modules/license/evaluate';
import { appKeyring, keyringEnvironment } from '../electron/core/modules/license/keyring';
import { REVOKED_LICENSE_IDS } from '../electron/core/modules/license/revoked';
import { dayOf } from '../shared/license/dates';
import { parseLicenseText, readPayloadJson } from '../shared/license/key-text';
import { licensePayload, MAX_SEATS, type LicensePayload } from '../shared/license/payload';
import defaultPriceList from '../shared/license/price-list.json';
import {
  formatMoney,
  MAX_PLAN_YEARS,
  priceList,
  quote,
  type PriceList,
  type QuoteLine,
} from '../shared/license/price-list';
import { RELEASE_DATE } from '../shared/release';
import { addOns, day, edition, required, UsageError, wholeNumber } from './lib/cli-args';
import { generateLicenseKeyPair, keyIdOfPrivateKey, readPrivateKey, signLicense } from './lib/license-keys';

const USAGE = `usage: npm run license -- <command>
  keygen --out DIR
      writes an Ed25519 key pair to DIR/private.pem and DIR/public.pem, prints its key id
  issue --private-key FILE --licensee NAME --edition standard|aftersales|erp|callcenter
        [--modules orders,knowledge,installation] --seats N --updates-until YYYY-MM-DD
        [--support-until YYYY-MM-DD] [--expires YYYY-MM-DD] [--out FILE]
      prints a signed licence key (and writes it to FILE, e.g. acme.crmlicense)
  inspect KEY_OR_FILE
      prints what a key says and whether this app accepts it (exit 0 valid, 2 refused)
  quote --edition E --seats N [--modules ...] [--support-years N] [--update-years N] [--price-list FILE]
      prices an order from shared/license/price-list.json (plans default to 1 year)`;

type Options = NonNullable<ParseArgsConfig['options']>;

function parse(args: string[], options: Options, allowPositionals = false) {
  try {
    return parseArgs({ args, options, allowPositionals, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

const text = { type: 'string' } as const;

function keygen(args: string[]): void {
  const { values } = parse(args, { out: text });
  const dir = required(values.out as string | undefined, '--out');
  const files = { private: join(dir, 'private.pem'), public: join(dir, 'public.pem') };
  for (const file of Object.values(files)) {
    if (existsSync(file)) throw new UsageError(`${file} exists; keygen never overwrites a key`);
  }
  const pair = generateLicenseKeyPair();
  mkdirSync(dir, { recursive: true });
  writeFileSync(files.private, pair.privatePem, { mode: 0o600 });
  writeFileSync(files.public, pair.publicPem);
  console.error(`wrote ${files.private} (keep it secret and offline) and ${files.public}`);
  console.error(
    'to trust it, add the public key under this id to electron/core/modules/license/vendor-keys.ts',
  );
  console.log(pair.keyId);
}

function issue(args: string[]): void {
  const { values } = parse(args, {
    'private-key': text,
    licensee: text,
    edition: text,
    modules: text,
    seats: text,
    'updates-until': text,
    'support-until': text,
    expires: text,
    out: text,
  });
  const option = (name: string) => values[name] as string | undefined;
  const keyFile = required(option('private-key'), '--private-key');
  let pem: string;
  try {
    pem = readFileSync(keyFile, 'utf8');
  } catch {
    throw new UsageError(`--private-key: cannot read ${keyFile}`);
  }
  const privateKey = wrapUsage(() => readPrivateKey(pem, keyFile));
  const expires = option('expires');
  const supportUntil = option('support-until');
  const today = dayOf(Date.now());
  const payload: LicensePayload = {
    licenseId: randomUUID(),
    licensee: required(option('licensee'), '--licensee').trim(),
    edition: edition(required(option('edition'), '--edition')),
    modules: addOns(option('modules')),
    seats: wholeNumber(required(option('seats'), '--seats'), '--seats', 1, MAX_SEATS),
    issuedAt: today,
    updatesUntil: day(required(option('updates-until'), '--updates-until'), '--updates-until'),
    keyId: keyIdOfPrivateKey(privateKey),
    ...(supportUntil === undefined ? {} : { supportUntil: day(supportUntil, '--support-until') }),
    ...(expires === undefined ? {} : { expiresAt: day(expires, '--expires') }),
  };
  if (payload.expiresAt !== undefined && payload.expiresAt < today) {
    throw new UsageError(`--expires ${payload.expiresAt} is already past`);
  }
  const checked = licensePayload.safeParse(payload);
  if (!checked.success) {
    const first = checked.error.issues[0]!;
    throw new UsageError(`--${String(first.path[0] ?? 'key')}: ${first.message}`);
  }
  if (!appKeyring(keyringEnvironment(false)).has(payload.keyId)) {
    console.error(
      `note: key id ${payload.keyId} is not in this app's keyring; the app will refuse this key until it is`,
    );
  }
  const key = signLicense(privateKey, payload);
  const out = option('out');
  if (out !== undefined) {
    writeFileSync(out, `${key}\n`);
    console.error(`wrote ${out}`);
  }
  console.log(key);
}

/** A file's text when the argument names a file, else the argument is the key itself. */
function keyText(argument: string): string {
  if (!existsSync(argument) || !statSync(argument).isFile()) return argument;
  return readFileSync(argument, 'utf8');
}

/** What a refused key claims, for the vendor to read; null when not even that can be read. */
function unverifiedClaim(text: string): unknown {
  try {
    return readPayloadJson(parseLicenseText(text).payloadBytes);
  } catch {
    return null;
  }
}

function inspect(args: string[]): number {
  const { positionals } = parse(args, {}, true);
  if (positionals.length === 0) throw new UsageError('inspect needs a key or a licence file');
  // A key pasted unquoted arrives in pieces; the key format ignores the spaces between them.
  const text = keyText(positionals.join(' '));
  const evaluation = evaluateLicense(text, {
    now: Date.now(),
    releaseDate: RELEASE_DATE,
    lastSeen: null,
    revoked: REVOKED_LICENSE_IDS,
    keyring: appKeyring(keyringEnvironment(false)),
  });
  if (evaluation.ok) {
    console.log(JSON.stringify({ valid: true, payload: evaluation.payload }, null, 2));
    return 0;
  }
  const { refusal } = evaluation;
  const report = evaluation.payload
    ? { valid: false, reason: refusal, payload: evaluation.payload }
    : { valid: false, reason: refusal, unverifiedPayload: unverifiedClaim(text) };
  console.log(JSON.stringify(report, null, 2));
  console.error(`refused: ${refusal.code}: ${refusal.message}`);
  return 2;
}

function readPriceList(file: string | undefined): PriceList {
  let raw: unknown = defaultPriceList;
  const source = file ?? 'shared/license/price-list.json';
  if (file !== undefined) {
    try {
      raw = JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      throw new UsageError(`--price-list: ${file} is not a readable JSON file`);
    }
  }
  const parsed = priceList.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0]!;
    throw new UsageError(`${source}: ${first.path.join('.') || 'price list'}: ${first.message}`);
  }
  return parsed.data;
}

function describeLine(line: QuoteLine, money: (amount: number) => string): string {
  switch (line.item) {
    case 'edition':
      return `Edition ${line.edition}: ${line.seats} seats × ${money(line.unitPrice)}`;
    case 'addOn':
      return `Add-on ${line.addOn}`;
    case 'support':
    case 'updates': {
      const plan = line.item === 'support' ? 'Support plan' : 'Upgrade plan';
      const years = `${line.years} ${line.years === 1 ? 'year' : 'years'}`;
      return `${plan}: ${line.seats} seats × ${years} × ${money(line.unitPrice)}`;
    }
  }
}

function quoteCommand(args: string[]): void {
  const { values } = parse(args, {
    edition: text,
    seats: text,
    modules: text,
    'support-years': text,
    'update-years': text,
    'price-list': text,
  });
  const option = (name: string) => values[name] as string | undefined;
  const years = (flag: string) => wholeNumber(option(flag) ?? '1', `--${flag}`, 0, MAX_PLAN_YEARS);
  const list = readPriceList(option('price-list'));
  const result = quote(list, {
    edition: edition(required(option('edition'), '--edition')),
    seats: wholeNumber(required(option('seats'), '--seats'), '--seats', 1, MAX_SEATS),
    addOns: addOns(option('modules')),
    supportYears: years('support-years'),
    updateYears: years('update-years'),
  });
  const money = (amount: number) => formatMoney(amount, list);
  const rows = [
    ...result.lines.map((line) => [describeLine(line, money), money(line.amount)] as const),
    ['Total', money(result.total)] as const,
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  const amountWidth = Math.max(...rows.map(([, amount]) => amount.length));
  for (const [label, amount] of rows) console.log(`${label.padEnd(width)}  ${amount.padStart(amountWidth)}`);
}

function wrapUsage<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

function main(argv: string[]): number {
  const [command, ...args] = argv;
  switch (command) {
    case 'keygen':
      keygen(args);
      return 0;
    case 'issue':
      issue(args);
      return 0;
    case 'inspect':
      return inspect(args);
    case 'quote':
      quoteCommand(args);
      return 0;
    case 'help':
    case '--help':
      console.log(USAGE);
      return 0;
    case undefined:
      console.error(USAGE);
      return 2;
    default:
      throw new UsageError(`unknown command "${command}"; commands: keygen, issue, inspect, quote`);
  }
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  console.error(`license: ${error.message}`);
  process.exitCode = 2;
}
