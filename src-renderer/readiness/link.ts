import type { ReadinessItem } from '../../src-shared/method';
import { hrefOf } from '../router';

/** Where an item's link goes: the settings page for the Département's particulars, else its step and field. */
export function readinessLink(programmeId: string, item: ReadinessItem): string {
  if (item.focus?.startsWith('settings.')) return `${hrefOf.settings()}?focus=${encodeURIComponent(item.focus)}`;
  return hrefOf.programme(programmeId, item.step, item.focus);
}
