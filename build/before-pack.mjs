// electron-builder `beforePack` hook: makes the Electron build of better-sqlite3 for the platform
// and architecture being packaged (scripts/electron-native.mjs), which extraResources then ships.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// electron-builder's Arch enum, by number.
const ARCH_NAMES = ['ia32', 'x64', 'armv7l', 'arm64'];

export default function beforePack(context) {
  const arch = ARCH_NAMES[context.arch];
  if (!arch) throw new Error(`No Electron build of better-sqlite3 can be made for arch ${context.arch}.`);
  const script = fileURLToPath(new URL('../scripts/electron-native.mjs', import.meta.url));
  const result = spawnSync(
    process.execPath,
    [script, `--platform=${context.electronPlatformName}`, `--arch=${arch}`],
    { stdio: 'inherit' },
  );
  if (result.status !== 0) {
    throw new Error(
      `Could not build better-sqlite3 for Electron on ${context.electronPlatformName}-${arch}.`,
    );
  }
}
