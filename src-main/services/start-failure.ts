import { CommandError } from '../../src-shared/api/errors';
import { catalogueText, type Locale } from '../../src-shared/i18n';

const TITLE: Record<Locale, string> = { fr: 'Atelier Coop n’a pas pu démarrer.', en: 'Atelier Coop could not start.' };
const FOLDER: Record<Locale, string> = { fr: 'Dossier de données', en: 'Data folder' };
const LATEST: Record<Locale, string> = { fr: 'Dernière sauvegarde', en: 'Latest backup' };

/**
 * Why the app could not open its data folder, in the officer's language, with the way out (the catalogue's
 * sentence for the error, the folder, the latest backup): what the desktop app shows in a dialog and browser
 * mode prints. An unexpected error keeps its own message after the catalogue's generic sentence.
 */
export function startFailureText(error: unknown, locale: Locale): string {
  const lines = [TITLE[locale]];
  if (error instanceof CommandError) {
    lines.push(catalogueText(locale, `errors.${error.code}`));
    const details = (error.details ?? {}) as { dataDir?: unknown; latestBackup?: unknown };
    if (typeof details.dataDir === 'string') lines.push(`${FOLDER[locale]} : ${details.dataDir}`.replace(' :', locale === 'fr' ? '\u202f:' : ':'));
    if (typeof details.latestBackup === 'string') lines.push(`${LATEST[locale]} : ${details.latestBackup}`.replace(' :', locale === 'fr' ? '\u202f:' : ':'));
  } else {
    lines.push(catalogueText(locale, 'errors.internal'), String((error as Error)?.message ?? error));
  }
  return lines.join('\n');
}
