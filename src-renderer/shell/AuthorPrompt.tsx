import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api';
import { useAnnounce } from '../components/announcer';
import { ErrorBanner } from '../components/ErrorBanner';
import { runCommand } from '../state/store';
import './author-prompt.css';

/** "Later" lasts for this session only: the next launch asks again while no name is recorded. */
const LATER_KEY = 'atelier.authorPromptLater';

/**
 * Every edit is logged with its author (history, archives sent to the partner). Until a name is recorded the
 * first screen asks for it, so the first edits are not "Auteur non renseigné"; the same fields stay in Settings.
 */
export function AuthorPrompt() {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [invalid, setInvalid] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const nameRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (sessionStorage.getItem(LATER_KEY)) return;
    runCommand('settings.get', {}).then(
      (s) => {
        if (!s.authorName.trim()) {
          setOrganisation(s.authorOrganisation);
          setOpen(true);
        }
      },
      () => undefined, // Settings unreadable: the settings page says why; nothing to ask here.
    );
  }, []);
  useEffect(() => {
    if (open) nameRef.current?.focus();
  }, [open]);

  if (!open) return null;

  const later = () => {
    sessionStorage.setItem(LATER_KEY, '1');
    setOpen(false);
  };
  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) {
      setInvalid(true);
      nameRef.current?.focus();
      return;
    }
    try {
      await runCommand('settings.update', { fields: { authorName: name.trim(), authorOrganisation: organisation.trim() } });
      setOpen(false);
      announce(t('shell.author.saved', { name: name.trim() }));
    } catch (e) {
      setError(e as ApiError);
    }
  };

  return (
    <section className="author-prompt" aria-labelledby="author-prompt-title" onKeyDown={(e) => e.key === 'Escape' && later()}>
      <h2 id="author-prompt-title">{t('shell.author.title')}</h2>
      <p id="author-prompt-why">{t('shell.author.why')}</p>
      <ErrorBanner error={error} onDismiss={() => setError(null)} />
      <form className="inline-form" onSubmit={(e) => void save(e)} noValidate>
        <label htmlFor="author-name">{t('settings.fields.authorName')}</label>
        <input
          id="author-name"
          ref={nameRef}
          value={name}
          maxLength={2000}
          autoComplete="name"
          required
          aria-invalid={invalid}
          aria-describedby={invalid ? 'author-name-error' : 'author-prompt-why'}
          onChange={(e) => {
            setName(e.target.value);
            if (e.target.value.trim()) setInvalid(false);
          }}
        />
        <label htmlFor="author-organisation">{t('settings.fields.authorOrganisation')}</label>
        <input id="author-organisation" value={organisation} maxLength={2000} autoComplete="organization" onChange={(e) => setOrganisation(e.target.value)} />
        <button type="submit" className="button-primary">
          {t('shell.author.save')}
        </button>
        <button type="button" onClick={later}>
          {t('shell.author.later')}
        </button>
        {invalid ? (
          <p id="author-name-error" className="field-status status-blocking full">
            <span aria-hidden="true">⚠ </span>
            {t('shell.author.nameMissing')}
          </p>
        ) : null}
      </form>
    </section>
  );
}
