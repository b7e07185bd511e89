import type { Locale } from '../../src-shared/i18n/catalogues';
import { findSdgTarget } from '../../src-shared/sdg';

/** "8.5 — Plein emploi et travail décent pour tous" (the app's own short labels). */
export function sdgTargetLabel(code: string, locale: Locale): string {
  const target = findSdgTarget(code);
  return target ? `${code} — ${target[locale]}` : code;
}
