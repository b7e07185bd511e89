import { readFileSync } from 'node:fs';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

/**
 * package.json `engines.node` against what the installed packages declare (package-lock.json v3, every entry of
 * `packages`, other platforms' optional packages included). npm ci warns EBADENGINE for a package whose range leaves
 * out the running Node; here the lowest version of each line the root declares (`^20.19.0 || ^22.13.0 || >=24`:
 * 20.19.0, 22.13.0 and 24.0.0) must be inside every package's range. Ranges are read as npm reads them
 * (prereleases included). Fails with the list of the refusing packages.
 */
type Lock = { lockfileVersion: number; packages: Record<string, { version?: string; engines?: unknown }> };
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { engines?: { node?: string } };
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as Lock;
const options = { includePrerelease: true };

const rootRange = pkg.engines?.node ?? '';
/** The lowest version of each `||` alternative of the root's range. */
const lineMinimums = (semver.validRange(rootRange) ?? '')
  .split('||')
  .map((alternative) => semver.minVersion(alternative)?.version)
  .filter((v): v is string => v !== undefined);

/** Name@version and declared range of every package whose engines.node leaves out `node`. */
function refusing(node: string): string[] {
  const out = new Set<string>();
  for (const [path, entry] of Object.entries(lock.packages)) {
    if (path === '') continue;
    const range = (entry.engines as { node?: unknown } | undefined)?.node;
    if (typeof range !== 'string') continue;
    if (!semver.satisfies(node, range, options))
      out.add(`${path.replace(/^.*node_modules\//, '')}@${entry.version} (node ${range})`);
  }
  return [...out];
}

describe('Node engines', () => {
  it('package.json declares a valid Node range, and the lockfile is v3', () => {
    expect(semver.validRange(rootRange), `engines.node: ${JSON.stringify(rootRange)}`).not.toBeNull();
    expect(lineMinimums.length).toBeGreaterThan(0);
    expect(lock.lockfileVersion).toBe(3);
  });

  it('every installed package accepts the lowest Node of each line package.json declares', () => {
    for (const node of lineMinimums) {
      const offending = refusing(node);
      expect(
        offending,
        `Node ${node} (lowest of engines.node "${rootRange}") is refused by:\n${offending.join('\n')}`,
      ).toEqual([]);
    }
  });

  it('the running Node is at or above the declared minimum, and inside the declared range', () => {
    const minimum = semver.minVersion(rootRange)?.version ?? '';
    expect(
      semver.lte(minimum, process.version),
      `declared minimum ${minimum} is above the running Node ${process.version}`,
    ).toBe(true);
    expect(
      semver.satisfies(process.version, rootRange, options),
      `running Node ${process.version} is outside engines.node "${rootRange}"`,
    ).toBe(true);
  });
});
