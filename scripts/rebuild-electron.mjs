// npm run rebuild:electron [-- --platform win32 --arch x64 --dry-run]
//
// Builds better-sqlite3 for Electron's ABI into build/native/electron/better_sqlite3.node, without
// touching Node's own build in node_modules (tests, CLI and browser mode keep using that one). Works on a
// copy of the package in a temporary folder: first a prebuilt binary for Electron (prebuild-install, which
// can also fetch another platform's binary, e.g. Windows from Linux), else a compile from source against
// Electron's headers (node-gyp, same platform only). Needs the network; see docs/packaging.md.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    platform: { type: 'string', default: process.platform },
    arch: { type: 'string', default: process.arch },
    'dry-run': { type: 'boolean', default: false },
  },
});

const versionOf = (pkg) => JSON.parse(readFileSync(join(root, 'node_modules', pkg, 'package.json'), 'utf8')).version;
const electronVersion = versionOf('electron');
const sqliteVersion = versionOf('better-sqlite3');
const native = (folder) => join(root, 'build', 'native', folder, 'better_sqlite3.node');
// Per platform for electron-builder (extraResources uses ${platform}-${arch}); the host's build is also
// copied to build/native/electron/, where main.ts looks when running from the repository.
const host = values.platform === process.platform && values.arch === process.arch;
const destinations = [native(`electron-${values.platform}-${values.arch}`), ...(host ? [native('electron')] : [])];
const bin = (name) => join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);

const attempts = [
  {
    what: 'prebuilt binary for Electron (prebuild-install)',
    command: bin('prebuild-install'),
    args: ['--runtime', 'electron', '--target', electronVersion, '--platform', values.platform, '--arch', values.arch, '--verbose'],
  },
];
if (host) {
  attempts.push({
    what: 'compile from source against Electron headers (node-gyp)',
    command: bin('node-gyp'),
    args: ['rebuild', '--release', `--target=${electronVersion}`, `--arch=${values.arch}`, '--dist-url=https://electronjs.org/headers', '--runtime=electron'],
  });
}

console.log(`better-sqlite3 ${sqliteVersion} for Electron ${electronVersion} (${values.platform}-${values.arch})`);
console.log(`destination: ${destinations.join(' and ')}`);
if (values['dry-run']) {
  for (const a of attempts) console.log(`would try: ${a.what}: ${a.command} ${a.args.join(' ')}`);
  process.exit(0);
}

const work = mkdtempSync(join(tmpdir(), 'atelier-rebuild-'));
const copy = join(work, 'better-sqlite3');
try {
  // A copy without Node's build: nothing under node_modules changes.
  cpSync(join(root, 'node_modules', 'better-sqlite3'), copy, { recursive: true, filter: (src) => !src.includes(`${join('better-sqlite3', 'build')}`) });
  const built = join(copy, 'build', 'Release', 'better_sqlite3.node');
  for (const a of attempts) {
    console.log(`\n→ ${a.what}`);
    const run = spawnSync(a.command, a.args, { cwd: copy, stdio: 'inherit', env: { ...process.env, npm_config_runtime: 'electron', npm_config_target: electronVersion } });
    if (run.status === 0 && existsSync(built)) {
      for (const file of destinations) {
        mkdirSync(dirname(file), { recursive: true });
        copyFileSync(built, file);
        console.log(`✓ ${file}`);
      }
      process.exit(0);
    }
    console.log(`✗ ${a.what} did not produce ${built}`);
  }
  console.error('\nNo binary for Electron could be obtained: check the network (GitHub releases, electronjs.org headers) and a C++ toolchain (python3, make, g++ or Visual Studio Build Tools).');
  process.exit(1);
} finally {
  rmSync(work, { recursive: true, force: true });
}
