// npm test: typecheck, lint, build, unit + integration (vitest), Electron security scan (electronegativity),
// browser e2e (Playwright + Debian Chromium), Electron shell tests (skipped with a printed reason where the
// binary is absent). Stops at the first failure.
import { spawnSync } from 'node:child_process';

const steps = [
  ['typecheck', 'npm', ['run', '-s', 'typecheck']],
  ['lint', 'npm', ['run', '-s', 'lint']],
  ['build', 'npx', ['electron-vite', 'build', '--logLevel', 'warn']],
  ['unit + integration', 'npx', ['vitest', 'run']],
  ['Electron security scan (electronegativity)', 'node', ['scripts/electronegativity.mjs']],
  ['e2e (Chromium)', 'npx', ['playwright', 'test']],
];

const started = Date.now();
for (const [name, command, args] of steps) {
  const t0 = Date.now();
  console.log(`\n=== ${name} ===`);
  const status = spawnSync(command, args, { stdio: 'inherit', env: process.env }).status;
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  if (status !== 0) {
    console.error(`\n✗ ${name} failed after ${seconds} s.`);
    process.exit(status ?? 1);
  }
  console.log(`✓ ${name} (${seconds} s)`);
}
console.log(`\nAll test steps passed in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
