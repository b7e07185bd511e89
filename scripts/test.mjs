// npm test: typecheck, lint, build and the Electron security scan (electronegativity) side by side, then unit +
// integration (vitest), then browser e2e (Playwright + Debian Chromium; the Electron shell tests are skipped with a
// printed reason where the binary is absent). Stops at the first failure.
import { spawn } from 'node:child_process';

/** Steps of one group run at once (each mostly on one core); their output is printed whole when each ends. */
const groups = [
  [
    ['typecheck', 'npm', ['run', '-s', 'typecheck']],
    ['lint', 'npm', ['run', '-s', 'lint']],
    ['build', 'npx', ['electron-vite', 'build', '--logLevel', 'warn']],
    ['Electron security scan (electronegativity)', 'node', ['scripts/electronegativity.mjs']],
  ],
  [['unit + integration', 'npx', ['vitest', 'run']]],
  [['e2e (Chromium)', 'npx', ['playwright', 'test']]],
];

function run([name, command, args], alone) {
  const t0 = Date.now();
  if (alone) console.log(`\n=== ${name} ===`);
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: alone ? 'inherit' : ['ignore', 'pipe', 'pipe'], env: process.env });
    let output = '';
    if (!alone) {
      child.stdout.on('data', (d) => (output += d));
      child.stderr.on('data', (d) => (output += d));
    }
    child.on('close', (status) => {
      const seconds = ((Date.now() - t0) / 1000).toFixed(1);
      if (!alone) console.log(`\n=== ${name} ===\n${output.trimEnd()}`);
      if (status === 0) console.log(`✓ ${name} (${seconds} s)`);
      else console.error(`\n✗ ${name} failed after ${seconds} s.`);
      resolve(status === 0);
    });
  });
}

const started = Date.now();
for (const group of groups) {
  const results = await Promise.all(group.map((step) => run(step, group.length === 1)));
  if (results.includes(false)) process.exit(1);
}
console.log(`\nAll test steps passed in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
