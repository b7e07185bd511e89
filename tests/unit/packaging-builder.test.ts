import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

/** electron-builder.yml, its icons, the native addon for Electron, and the build documentation. */
const yaml = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };
type Target = { target: string; arch?: string[] };
const config = yaml.load(readFileSync('electron-builder.yml', 'utf8')) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { productName: string; main: string };

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
const targets = (list: Target[]) => list.map((t) => t.target).sort();

describe('electron-builder.yml', () => {
  it('names the app', () => {
    expect(config.appId).toMatch(/^[a-z]+(\.[a-z0-9]+)+$/);
    expect(config.productName).toBe('Atelier Coop');
    expect(config.productName).toBe(pkg.productName);
  });

  it('ships only the built app, whose entry is package.json main', () => {
    expect(config.files).toContain('out/**');
    expect(pkg.main).toMatch(/^out\//);
    expect(config.npmRebuild).toBe(false);
  });

  it('points at icons that exist in resources/, large enough for every platform', () => {
    expect(existsSync('resources/icon.svg')).toBe(true);
    expect(pngSize(config.icon)).toEqual({ width: 512, height: 512 });
    expect(pngSize(config.win.icon).width).toBeGreaterThanOrEqual(256);
    expect(config.linux.icon).toBe('resources/icons');
    for (const size of [256, 512]) expect(pngSize(`resources/icons/${size}x${size}.png`)).toEqual({ width: size, height: size });
  });

  it('associates .atelier files with the app', () => {
    const association = (config.fileAssociations as Array<{ ext: string; name: string; mimeType: string }>).find((a) => a.ext === 'atelier');
    expect(association).toBeDefined();
    expect(association!.name).toBeTruthy();
    expect(config.linux.mimeTypes).toContain(association!.mimeType);
  });

  it('builds Windows NSIS + portable and Linux AppImage + deb', () => {
    expect(targets(config.win.target)).toEqual(['nsis', 'portable']);
    expect(targets(config.linux.target)).toEqual(['AppImage', 'deb']);
  });

  it('carries better-sqlite3 built for Electron to the place main.ts loads it from', () => {
    expect(config.extraResources).toEqual([
      { from: 'build/native/electron-${platform}-${arch}/better_sqlite3.node', to: 'native/better_sqlite3.node' },
    ]);
    const main = readFileSync('src-main/electron/main.ts', 'utf8');
    expect(main).toContain("join(process.resourcesPath ?? '', 'native', 'better_sqlite3.node')");
    expect(config.asarUnpack).toContain('**/*.node');
  });
});

describe('rebuild for Electron', () => {
  it('targets the installed Electron and writes beside, never over, Node’s build', () => {
    const electron = JSON.parse(readFileSync('node_modules/electron/package.json', 'utf8')) as { version: string };
    const run = spawnSync(process.execPath, ['scripts/rebuild-electron.mjs', '--dry-run', '--platform', 'win32', '--arch', 'x64'], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`for Electron ${electron.version} (win32-x64)`);
    expect(run.stdout).toContain('build/native/electron-win32-x64/better_sqlite3.node');
    expect(run.stdout).toContain(`--runtime electron --target ${electron.version} --platform win32 --arch x64`);
    expect(run.stdout).not.toContain('node_modules/better-sqlite3/build');
  });

  it('is documented: installers on a connected machine, and the Electron rebuild', () => {
    const doc = readFileSync('docs/packaging.md', 'utf8');
    for (const needle of ['npm run rebuild:electron', 'electron-builder', '--win', '--linux', 'better_sqlite3.node', '.atelier']) expect(doc).toContain(needle);
  });
});
