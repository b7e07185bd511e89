import { useSyncExternalStore } from 'react';
import type { DamagedPart } from '../../src-shared/api/core';
import { AuthoritySettings } from '../../src-shared/model';
import type { Transport } from './store';

/**
 * What the main process reported as damaged when the programme was read: the settings row (settings.get
 * refused with settings_damaged) and the parts of the programme left out (programme.get's `damaged`).
 * The programme opens anyway; RecoveryBanners says what is lost and offers the way out.
 */
interface Recovery {
  settingsDamaged: boolean;
  damaged: ReadonlyMap<string, DamagedPart[]>;
}

let current: Recovery = { settingsDamaged: false, damaged: new Map() };
const listeners = new Set<() => void>();
const publish = (next: Recovery) => {
  current = next;
  for (const l of listeners) l();
};

/**
 * The settings for the screens: damaged ones read as the defaults (empty particulars), so the programme can
 * be opened, worked on and repaired; settings.update stays refused by the main process until repaired.
 */
export async function readSettings(send: Transport): Promise<AuthoritySettings> {
  try {
    const settings = await send('settings.get', {});
    if (current.settingsDamaged) publish({ ...current, settingsDamaged: false });
    return settings;
  } catch (error) {
    if ((error as { code?: unknown } | null)?.code !== 'settings_damaged') throw error;
    if (!current.settingsDamaged) publish({ ...current, settingsDamaged: true });
    return AuthoritySettings.parse({});
  }
}

/** Keeps what programme.get left out of a programme (an empty list clears it). */
export function noteDamage(programmeId: string, damaged: DamagedPart[] | undefined): void {
  const before = current.damaged.get(programmeId) ?? [];
  const after = damaged ?? [];
  if (before.length === 0 && after.length === 0) return;
  const map = new Map(current.damaged);
  if (after.length) map.set(programmeId, after);
  else map.delete(programmeId);
  publish({ ...current, damaged: map });
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export function useRecovery(): Recovery {
  return useSyncExternalStore(subscribe, () => current);
}
