// npm run crm -- <import|export> ...   Import and export of customer data from the command line (issue 4).
import { closeSync, existsSync, openSync, readFileSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { createCore, DATABASE_FILE, type Core } from '../electron/core/core';
import { parseColumnMap, type ColumnMap } from '../electron/core/modules/contacts/transfer/column-map';
import { rowErrorsCsv } from '../electron/core/modules/contacts/transfer/errors-csv';
import {
  exportContacts,
  type ExportFormat,
} from '../electron/core/modules/contacts/transfer/export-contacts';
import { importContacts } from '../electron/core/modules/contacts/transfer/import-contacts';
import { ImportFileError } from '../electron/core/modules/contacts/transfer/import-file-error';
import {
  openImportSource,
  type ImportSource,
} from '../electron/core/modules/contacts/transfer/import-source';
import { ALL_CUSTOMERS } from '../electron/core/modules/contacts/visibility';
import {
  DUPLICATE_POLICIES,
  MATCH_FIELDS,
  type DuplicatePolicy,
  type ImportProgress,
  type MatchField,
} from '../shared/contacts/transfer-contract';
import { required, UsageError } from './lib/cli-args';
import { SCRIPT_WORKERS } from './lib/workers';

const USAGE = `usage: npm run crm -- <command>
  import --data-dir DIR --entity contacts FILE [--match email|phone|name|none] [--on-duplicate skip|update|create]
         [--map 'Header=field,...'] [--errors ERRORS.csv]
      imports a CSV (any delimiter; UTF-8 or GBK) or vCard file; columns are matched by their
      English or Chinese names unless --map names them (fields: name, firstName, lastName,
      companyName, title, phones, emails, address, tags, notes, and custom.<id> for a custom field,
      which a column named as the field's label fills by itself; 'Header=' leaves a column out).
      Defaults: --match email --on-duplicate skip; --match name finds the same name at the same
      company. New contacts belong to the company's first owner.
  export --data-dir DIR --entity contacts --format csv|vcard [--bom] [--tag TAG] FILE
      writes every contact (or those with TAG); --bom starts a CSV with a byte order mark for Excel`;

/** The file cannot be used: one line on stderr, exit status 1. */
class FileProblem extends Error {
  override readonly name = 'FileProblem';
}

type Options = NonNullable<ParseArgsConfig['options']>;
const text = { type: 'string' } as const;

function parse(args: string[], options: Options) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

function oneOf<T extends string>(value: string, allowed: readonly T[], flag: string): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`${flag} must be one of ${allowed.join(', ')}, not "${value}"`);
  }
  return value as T;
}

function onlyFile(positionals: string[]): string {
  if (positionals.length !== 1) {
    throw new UsageError(
      positionals.length === 0 ? 'FILE is required' : `one FILE only, not ${positionals.join(' ')}`,
    );
  }
  return positionals[0]!;
}

function contactsEntity(value: string | undefined): void {
  oneOf(required(value, '--entity'), ['contacts'], '--entity');
}

/** The data directory of a company that has been set up; checked before anything opens it. */
function companyDir(value: string | undefined): string {
  const dir = required(value, '--data-dir');
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    throw new UsageError(`--data-dir: no folder "${dir}"`);
  if (!existsSync(join(dir, DATABASE_FILE))) {
    throw new UsageError(
      `--data-dir: "${dir}" holds no company (${DATABASE_FILE}); set the company up in the app first`,
    );
  }
  return dir;
}

function openCompany(dir: string): { core: Core; ownerId: number } {
  const core = createCore({ dataDir: dir, ...SCRIPT_WORKERS });
  const owner = core.context.users
    .list()
    .filter((user) => user.role === 'owner' && user.active)
    .sort((a, b) => a.id - b.id)[0];
  if (!core.context.company.get() || !owner) {
    core.close();
    throw new UsageError(`--data-dir: the company in "${dir}" is not set up yet; set it up in the app first`);
  }
  return { core, ownerId: owner.id };
}

function readImportFile(file: string): Buffer {
  if (!existsSync(file)) throw new FileProblem(`cannot read ${file}: there is no such file`);
  if (statSync(file).isDirectory()) throw new FileProblem(`cannot read ${file}: it is a folder`);
  try {
    return readFileSync(file);
  } catch (error) {
    throw new FileProblem(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

const number = (n: number) => n.toLocaleString('en');

function progressLine(progress: ImportProgress): string {
  const percent = Math.floor(progress.fraction * 100);
  return (
    `Importing ${percent}%: ${number(progress.read)} rows read, ${number(progress.created)} created, ` +
    `${number(progress.updated)} updated, ${number(progress.skipped)} skipped, ${number(progress.failed)} failed`
  );
}

const SHOWN_ERRORS = 20;

async function importCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, {
    'data-dir': text,
    entity: text,
    match: { type: 'string', default: 'email' },
    'on-duplicate': { type: 'string', default: 'skip' },
    map: text,
    errors: text,
  });
  contactsEntity(values.entity as string | undefined);
  const file = onlyFile(positionals);
  const match = oneOf<MatchField>(values.match as string, MATCH_FIELDS, '--match');
  const onDuplicate = oneOf<DuplicatePolicy>(
    values['on-duplicate'] as string,
    DUPLICATE_POLICIES,
    '--on-duplicate',
  );
  let columnMap: ColumnMap | null = null;
  if (values.map !== undefined) {
    try {
      columnMap = parseColumnMap(values.map as string);
    } catch (error) {
      throw new UsageError(`--map: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const errorsFile = values.errors as string | undefined;
  if (errorsFile !== undefined && errorsFile.trim() === '')
    throw new UsageError('--errors needs a file name');
  const dir = companyDir(values['data-dir'] as string | undefined);

  const bytes = readImportFile(file);
  const { core, ownerId } = openCompany(dir);
  let source: ImportSource;
  try {
    // Columns may fill the company's own contact fields, by a header equal to the field's label.
    source = openImportSource(bytes, file, columnMap, core.context.customFields.live('contact'));
  } catch (error) {
    core.close();
    if (error instanceof ImportFileError) throw new FileProblem(`cannot import ${file}: ${error.message}`);
    throw error;
  }

  const controller = new AbortController();
  const stop = () => controller.abort();
  process.once('SIGINT', stop);
  const tty = process.stderr.isTTY;
  try {
    const { summary } = await importContacts(core.context, source, {
      match,
      onDuplicate,
      ownerId,
      scope: ALL_CUSTOMERS,
      now: Date.now,
      signal: controller.signal,
      onProgress: (progress) =>
        process.stderr.write(tty ? `\r${progressLine(progress)}` : `${progressLine(progress)}\n`),
    });
    if (tty) process.stderr.write('\n');
    const ending = summary.cancelled ? 'Import cancelled; what was written before stays' : 'Imported';
    console.log(
      `${ending}: ${number(summary.read)} rows, ${number(summary.created)} created, ${number(summary.updated)} updated, ` +
        `${number(summary.skipped)} skipped as duplicates, ${number(summary.failed)} not imported.`,
    );
    if (summary.fileDuplicates.length > 0) {
      console.log(
        `${number(summary.fileDuplicates.length)} rows repeat an earlier row of the file (same e-mail, phone or name and company).`,
      );
    }
    for (const error of summary.errors.slice(0, SHOWN_ERRORS)) {
      console.log(`  row ${error.row}${error.field ? ` (${error.field})` : ''}: ${error.message}`);
    }
    if (summary.errors.length > SHOWN_ERRORS)
      console.log(`  … and ${number(summary.errors.length - SHOWN_ERRORS)} more`);
    if (errorsFile !== undefined) {
      writeFileSync(errorsFile, rowErrorsCsv(summary.errors));
      console.log(`Row errors written to ${errorsFile}`);
    }
    return summary.cancelled ? 130 : 0;
  } finally {
    process.off('SIGINT', stop);
    core.close();
  }
}

function exportCommand(args: string[]): number {
  const { values, positionals } = parse(args, {
    'data-dir': text,
    entity: text,
    format: text,
    bom: { type: 'boolean', default: false },
    tag: text,
  });
  contactsEntity(values.entity as string | undefined);
  const format = oneOf<ExportFormat>(
    required(values.format as string | undefined, '--format'),
    ['csv', 'vcard'],
    '--format',
  );
  const bom = values.bom === true;
  if (bom && format !== 'csv') throw new UsageError('--bom is for --format csv only');
  const tag = values.tag as string | undefined;
  if (tag !== undefined && tag.trim() === '') throw new UsageError('--tag needs a tag');
  const file = onlyFile(positionals);
  const dir = companyDir(values['data-dir'] as string | undefined);

  const { core } = openCompany(dir);
  let fd: number;
  try {
    fd = openSync(file, 'w');
  } catch (error) {
    core.close();
    throw new FileProblem(`cannot write ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  try {
    const count = exportContacts(
      core.context.contacts,
      { format, bom, filter: tag ? { tag } : {}, customFields: core.context.customFields.live('contact') },
      (chunk) => writeSync(fd, chunk),
    );
    console.log(`Exported ${number(count)} contacts to ${file}`);
    return 0;
  } finally {
    closeSync(fd);
    core.close();
  }
}

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  switch (command) {
    case 'import':
      return importCommand(args);
    case 'export':
      return exportCommand(args);
    case 'help':
    case '--help':
      console.log(USAGE);
      return 0;
    case undefined:
      console.error(USAGE);
      return 2;
    default:
      throw new UsageError(`unknown command "${command}"; commands: import, export`);
  }
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) {
    console.error(`crm: ${error.message}`);
    process.exitCode = 2;
  } else if (error instanceof FileProblem) {
    console.error(`crm: ${error.message}`);
    process.exitCode = 1;
  } else {
    throw error;
  }
}
