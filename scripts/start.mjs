// npm start: the desktop window when Electron's binary is installed, otherwise browser mode.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);

/** Electron's binary is present when its path.txt names a file that exists (checked without require('electron'), which would try to download it). */
function electronBinary() {
  const pkg = join(root, 'node_modules', 'electron');
  const pathFile = join(pkg, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(pkg, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

const build = spawnSync(process.execPath, [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], {
  cwd: root,
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (build.status !== 0) {
  console.error('The app could not be built (see the errors above).');
  process.exit(build.status ?? 1);
}

const binary = electronBinary();
const child = binary
  ? spawn(binary, [join(root, 'out', 'main', 'main.js'), ...args], { stdio: 'inherit', cwd: root })
  : (console.log("Electron's desktop binary is not installed here: starting browser mode instead."),
    spawn(process.execPath, [join(root, 'out', 'main', 'serve.js'), ...args], { stdio: 'inherit', cwd: root }));
child.on('exit', (code) => process.exit(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
