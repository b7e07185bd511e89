import { homedir } from 'node:os';
import { join } from 'node:path';

/** Per-user data folder when neither --data-dir nor ATELIER_DATA_DIR is given (Electron uses userData). */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.ATELIER_DATA_DIR) return env.ATELIER_DATA_DIR;
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Atelier Coop');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Atelier Coop');
  return join(env.XDG_DATA_HOME ?? join(homedir(), '.local', 'share'), 'atelier-coop');
}
