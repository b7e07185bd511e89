import { runCli } from '../../src-main/cli/main';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/** Runs `atelier <argv> --data-dir <dataDir>` in this process, as a terminal would, and keeps what it printed. */
export async function runCliIn(dataDir: string, argv: string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli([...argv, '--data-dir', dataDir], { out: (s) => out.push(s), err: (s) => err.push(s) }, env);
  return { code, out: out.join('\n'), err: err.join('\n') };
}
