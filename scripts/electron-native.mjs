#!/usr/bin/env node
// Builds better-sqlite3 for the installed Electron (DESIGN §3) into
// .electron-native/<electron version>-<platform>-<arch>/better_sqlite3.node, which the Electron
// app loads through better-sqlite3's `nativeBinding` option. node_modules/better-sqlite3 keeps
// Node's build for the tests and the host: the package is copied to a temporary folder and
// built there, first from a prebuilt binary (prebuild-install), else from source (node-gyp).
//
//   node scripts/electron-native.mjs [--force] [--print-path] [--platform=P] [--arch=A]
//
// --force rebuilds even when the build exists; --print-path prints where the build goes;
// --platform and --arch build for another target than this machine (packaging, see
// build/before-pack.mjs): another arch may compile, another platform needs a prebuilt binary.
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));
const args = process.argv.slice(2);
const flags = new Set(args);
const option = (name, fallback) =>
  args.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3) || fallback;

/**
 * npm passes its settings to scripts as npm_config_* variables, and node-gyp and prebuild-install
 * obey them over their own defaults: a `nodedir` set in .npmrc makes node-gyp build against Node's
 * headers whatever --target says. The settings that choose what to build for are left out.
 */
const BUILD_TARGET_SETTING =
  /^npm_config_(nodedir|target|target_arch|target_platform|arch|platform|runtime|disturl|dist_url|build_from_source|libc)$/i;
const buildEnv = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => !BUILD_TARGET_SETTING.test(key)),
);

const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
const platform = option('platform', process.platform);
const arch = option('arch', process.arch);
if (!['darwin', 'linux', 'win32'].includes(platform) || !['x64', 'arm64', 'ia32', 'armv7l'].includes(arch)) {
  console.error(
    `Electron builds exist for darwin, linux and win32 on x64, arm64, ia32 and armv7l, not ${platform}-${arch}.`,
  );
  process.exit(2);
}
// The rule of nativeBindingPath() in electron/main/native/native-binding.ts; a unit test compares them.
const target = join(
  root,
  '.electron-native',
  `${electronVersion}-${platform}-${arch}`,
  'better_sqlite3.node',
);

if (flags.has('--print-path')) {
  console.log(target);
  process.exit(0);
}
if (existsSync(target) && !flags.has('--force')) process.exit(0);

const abi = electronAbi(electronVersion);
console.log(`Building better-sqlite3 for Electron ${electronVersion} (ABI ${abi}, ${platform}-${arch})…`);

const workDir = mkdtempSync(join(tmpdir(), 'crm-electron-native-'));
let built;
try {
  built = buildIn(workDir);
} finally {
  rmSync(workDir, { recursive: true, force: true });
}
if (!built) {
  console.error('Could not build better-sqlite3 for Electron (see the messages above).');
  process.exit(1);
}
console.log(`Electron build of better-sqlite3: ${relative(root, target)}`);

/** Builds a copy of better-sqlite3 in `workDir` and installs the result at `target`. */
function buildIn(workDir) {
  const sourceDir = dirname(require.resolve('better-sqlite3/package.json'));
  const sourceBuildDir = join(sourceDir, 'build');
  // Node's compiled output stays behind: the copy must build from a clean state.
  cpSync(sourceDir, workDir, {
    recursive: true,
    filter: (path) => path !== sourceBuildDir && !path.startsWith(sourceBuildDir + sep),
  });
  const output = join(workDir, 'build', 'Release', 'better_sqlite3.node');
  if (!(downloadPrebuilt(workDir) && existsSync(output) && isElectronBuild(output))) {
    if (platform !== process.platform) return false;
    console.log('No prebuilt binary could be downloaded; compiling from source with node-gyp…');
    if (!(compile(workDir) && existsSync(output) && isElectronBuild(output))) return false;
  }
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(output, `${target}.partial`);
  renameSync(`${target}.partial`, target);
  return true;
}

/**
 * Whether the binary really is built for this Electron: Node must refuse to load it, naming
 * Electron's ABI. A build that Node loads was made against Node's headers (for instance because
 * npm's `nodedir` setting redirected node-gyp) and would crash the app.
 */
function isElectronBuild(file) {
  if (platform !== process.platform || arch !== process.arch) return true; // cannot be loaded here
  const result = spawnSync(process.execPath, ['-e', `require(${JSON.stringify(file)})`], {
    encoding: 'utf8',
  });
  const builtForElectron =
    result.status !== 0 && (abi === 'unknown' || result.stderr.includes(`NODE_MODULE_VERSION ${abi}.`));
  if (!builtForElectron) console.error(`The build is not for Electron ${electronVersion} (ABI ${abi}).`);
  return builtForElectron;
}

function electronAbi(version) {
  try {
    const requireFromPrebuild = createRequire(require.resolve('prebuild-install/package.json'));
    return requireFromPrebuild('node-abi').getAbi(version, 'electron');
  } catch {
    return 'unknown';
  }
}

function run(script, args, cwd) {
  const result = spawnSync(process.execPath, [script, ...args], { cwd, stdio: 'inherit', env: buildEnv });
  return result.status === 0;
}

function downloadPrebuilt(cwd) {
  return run(
    require.resolve('prebuild-install/bin.js'),
    ['--runtime', 'electron', '--target', electronVersion, '--arch', arch, '--platform', platform],
    cwd,
  );
}

function compile(cwd) {
  return run(
    require.resolve('node-gyp/bin/node-gyp.js'),
    [
      'rebuild',
      '--release',
      `--target=${electronVersion}`,
      `--arch=${arch}`,
      '--dist-url=https://electronjs.org/headers',
    ],
    cwd,
  );
}
