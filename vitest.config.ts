import { availableParallelism } from 'node:os';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { defineConfig } from 'vitest/config';

/**
 * The proofs that take minutes (200 SIGKILLs, 10,000 fuzzed archives, the Grammalecte pass, the cancel storm) start
 * first, so the other files fill the second worker beside them; on a fresh clone vitest has no timings to sort by.
 */
const LONGEST_FIRST = ['crash-safety', 'fuzz-archive', 'documents-grammalecte', 'jobs-cancel'];

class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (f: TestSpecification) => {
      const i = LONGEST_FIRST.findIndex((name) => f.moduleId.includes(`/${name}.test.ts`));
      return i === -1 ? LONGEST_FIRST.length : i;
    };
    const sorted = await super.sort(files);
    return sorted.map((f, i) => ({ f, i })).sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i).map(({ f }) => f);
  }
}

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Every core (vitest's default leaves one idle): many files wait on child processes (the CLI, SIGKILLed stores).
    maxWorkers: availableParallelism(),
    sequence: { sequencer: LongestFirst },
  },
});
