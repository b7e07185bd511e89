// npm test: typecheck, lint, build, unit + integration (vitest), Electron security scan (electronegativity),
// browser e2e (Playwright + Debian Chromium), Electron shell tests (skipped with a printed reason where the
// binary is absent). Stops at the first failure.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Findings accepted after review, each with why. Anything else fails the step.
 * - PRELOAD_JS_CHECK is raised for every preload ("review the use of preload scripts"): ours exposes four
 *   named functions through contextBridge and never ipcRenderer (asserted by tests/unit/electron-bridge.test.ts).
 * - CSP_GLOBAL_CHECK at LOW severity is csp-evaluator's generic warning on script-src 'self' (JSONP or
 *   user uploads served from the app's origin): the origin serves only the bundled files, attachments are
 *   never served from it, and the policy is asserted by tests/unit/electron-csp.test.ts. A missing or weaker
 *   CSP raises it at MEDIUM or above, which still fails.
 */
const ACCEPTED = [
  { check: 'PRELOAD_JS_CHECK', file: 'window.ts' },
  { check: 'CSP_GLOBAL_CHECK', file: 'index.html', severity: 'LOW' },
];

/** Parses electronegativity's CSV (quoted fields may hold commas). */
function parseCsv(text) {
  return text
    .split('\n')
    .slice(1)
    .filter((line) => line.trim())
    .map((line) => [...line.matchAll(/\s*("([^"]*)"|[^,]*)\s*(,|$)/g)].map((m) => (m[2] ?? m[1]).trim()));
}

/** electronegativity over the shell's sources and the page (for its CSP); 0 findings beyond ACCEPTED. */
function electronegativity() {
  const dir = mkdtempSync(join(tmpdir(), 'atelier-eneg-'));
  try {
    for (const f of readdirSync('src-main/electron')) copyFileSync(join('src-main/electron', f), join(dir, f));
    copyFileSync('src-renderer/index.html', join(dir, 'index.html'));
    const csv = join(dir, 'findings.csv');
    const run = spawnSync('npx', ['electronegativity', '-i', dir, '-e', '45.5.0', '-r', '-v', 'false', '-o', csv], { encoding: 'utf8' });
    if (run.status !== 0) {
      console.error(run.stdout, run.stderr);
      return 1;
    }
    const findings = parseCsv(readFileSync(csv, 'utf8')).map(([check, severity, confidence, file, location, sample]) => ({
      check,
      severity,
      confidence,
      file,
      location,
      sample,
    }));
    const accepted = (f) => ACCEPTED.some((a) => a.check === f.check && a.file === f.file && (!a.severity || a.severity === f.severity));
    for (const f of findings) console.log(`${accepted(f) ? 'accepted (reviewed)' : 'FINDING'}: ${f.check} ${f.severity}/${f.confidence} ${f.file}:${f.location}`);
    const left = findings.filter((f) => !accepted(f));
    console.log(`electronegativity: ${findings.length} finding(s), ${left.length} not accepted.`);
    return left.length === 0 ? 0 : 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const steps = [
  ['typecheck', 'npm', ['run', '-s', 'typecheck']],
  ['lint', 'npm', ['run', '-s', 'lint']],
  ['build', 'npx', ['electron-vite', 'build', '--logLevel', 'warn']],
  ['unit + integration', 'npx', ['vitest', 'run']],
  ['Electron security scan (electronegativity)', electronegativity],
  ['e2e (Chromium)', 'npx', ['playwright', 'test']],
];

const started = Date.now();
for (const [name, command, args] of steps) {
  const t0 = Date.now();
  console.log(`\n=== ${name} ===`);
  const status = typeof command === 'function' ? command() : spawnSync(command, args, { stdio: 'inherit', env: process.env }).status;
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  if (status !== 0) {
    console.error(`\n✗ ${name} failed after ${seconds} s.`);
    process.exit(status ?? 1);
  }
  console.log(`✓ ${name} (${seconds} s)`);
}
console.log(`\nAll test steps passed in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
