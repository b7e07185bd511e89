import { CommandError } from '../../src-shared/api/errors';
import { LIMITS } from './limits';

/** The only names an archive may hold: anything else is refused rather than ignored. */
const ALLOWED = [
  /^manifest\.json$/,
  /^programme\.json$/,
  /^payload\.bin$/,
  /^attachments\/[0-9a-f]{64}$/,
  /^documents\/[\p{L}\p{N} ._()-]{1,120}\.docx$/u,
];

/** Refuses absolute paths, parent segments, drive letters, backslashes and control characters. */
export function checkEntryName(name: string): void {
  const unsafe =
    name.length === 0 ||
    name.length > LIMITS.maxNameLength ||
    name.startsWith('/') ||
    name.includes('\\') ||
    /^[a-zA-Z]:/.test(name) ||
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u001f\u007f]/.test(name) ||
    name.split('/').some((segment) => segment === '..' || segment === '.' || segment === '');
  if (unsafe) throw new CommandError('archive_unsafe_path', 'The archive holds an unsafe file name.', { name: name.slice(0, 200) });
  if (!ALLOWED.some((re) => re.test(name))) {
    throw new CommandError('archive_invalid', 'The archive holds an unexpected file.', { name: name.slice(0, 200) });
  }
}

/** A document name safe inside an archive and on every file system. */
export function safeDocumentName(name: string): string {
  const cleaned = name
    .normalize('NFC')
    .replace(/\.docx$/i, '')
    .replace(/[^\p{L}\p{N} ._()-]/gu, '-')
    .slice(0, 100)
    .trim();
  return `${cleaned || 'document'}.docx`;
}
