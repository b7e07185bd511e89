import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgrammeSummary } from '../../src-shared/api/core';
import { formatDate } from '../../src-shared/i18n';
import { ApiError } from '../api';
import { runCommand } from '../state/store';
import { Portfolio } from './Portfolio';
import { ArchiveListActions } from '../archive/ListActions';
import { AuthorPrompt } from './AuthorPrompt';
import { useAnnounce } from '../components/announcer';
import { ErrorBanner } from '../components/ErrorBanner';
import { currentLocale } from '../i18n';
import { hrefOf, navigate } from '../router';

/** The first screen: every programme, create / open the example / rename / duplicate / bin. */
export function ProgrammeList() {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [items, setItems] = useState<ProgrammeSummary[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [title, setTitle] = useState('');
  const [renaming, setRenaming] = useState<{ id: string; title: string } | null>(null);

  const refresh = useCallback(async () => {
    try {
      setItems(await runCommand('programme.list', { includeDeleted: true }));
    } catch (e) {
      setError(e as ApiError);
    }
  }, []);
  useEffect(() => void refresh(), [refresh]);

  const act = async (fn: () => Promise<unknown>, message?: string) => {
    try {
      await fn();
      setError(null);
      if (message) announce(message);
      await refresh();
    } catch (e) {
      setError(e as ApiError);
      announce(t(`errors.${(e as ApiError).code}`), 'error');
    }
  };

  const create = async (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) return;
    try {
      const created = await runCommand('programme.create', { title: title.trim() });
      navigate(hrefOf.programme(created.id));
    } catch (e) {
      setError(e as ApiError);
    }
  };

  const openExample = async () => {
    try {
      const created = await runCommand('programme.createDemo', {});
      navigate(hrefOf.programme(created.id));
    } catch (e) {
      setError(e as ApiError);
    }
  };

  const locale = currentLocale();
  const active = items?.filter((p) => !p.deletedAt) ?? [];
  const binned = items?.filter((p) => p.deletedAt) ?? [];
  const name = (p: ProgrammeSummary) => p.title || t('shell.untitled');

  return (
    <main id="main" className="page page-list" tabIndex={-1}>
      <h1>{t('shell.list.title')}</h1>
      <ErrorBanner error={error} onDismiss={() => setError(null)} />
      <AuthorPrompt />
      <div className="list-actions">
        <form className="inline-form" onSubmit={create}>
          <label htmlFor="new-programme-title">{t('shell.list.newTitle')}</label>
          <input id="new-programme-title" value={title} onChange={(e) => setTitle(e.target.value)} maxLength={2000} />
          <button type="submit" className="button-primary" disabled={!title.trim()}>
            {t('shell.list.create')}
          </button>
        </form>
        <button type="button" onClick={() => void openExample()}>
          {t('shell.list.openExample')}
        </button>
        <ArchiveListActions />
      </div>
      {items === null ? (
        <p>{t('common.loading')}</p>
      ) : active.length === 0 ? (
        <p className="empty">{t('shell.list.empty')}</p>
      ) : (
        <table className="table programme-table">
          <thead>
            <tr>
              <th scope="col">{t('shell.list.columns.title')}</th>
              <th scope="col">{t('shell.list.columns.partner')}</th>
              <th scope="col">{t('shell.list.columns.updated')}</th>
              <th scope="col">{t('shell.list.columns.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {active.map((p) => (
              <tr key={p.id}>
                <th scope="row">
                  {renaming?.id === p.id ? (
                    <form
                      className="inline-form"
                      onSubmit={(e) => {
                        e.preventDefault();
                        const next = renaming.title.trim();
                        if (next) void act(() => runCommand('programme.rename', { programmeId: p.id, title: next }), t('common.saved'));
                        setRenaming(null);
                      }}
                    >
                      <label className="visually-hidden" htmlFor={`rename-${p.id}`}>
                        {t('shell.list.renameLabel')}
                      </label>
                      <input
                        id={`rename-${p.id}`}
                        autoFocus
                        value={renaming.title}
                        onChange={(e) => setRenaming({ id: p.id, title: e.target.value })}
                        onKeyDown={(e) => e.key === 'Escape' && setRenaming(null)}
                      />
                      <button type="submit">{t('common.save')}</button>
                    </form>
                  ) : (
                    <a href={hrefOf.programme(p.id)}>{name(p)}</a>
                  )}
                  {p.acronym ? <span className="acronym"> ({p.acronym})</span> : null}
                </th>
                <td>{p.partnerAuthority}</td>
                <td>{formatDate(p.updatedAt.slice(0, 10), locale)}</td>
                <td className="row-actions">
                  <button type="button" onClick={() => setRenaming({ id: p.id, title: p.title })} aria-label={`${t('shell.list.rename')} — ${name(p)}`}>
                    {t('shell.list.rename')}
                  </button>
                  <button type="button" onClick={() => void act(() => runCommand('programme.duplicate', { programmeId: p.id }))} aria-label={`${t('shell.list.duplicate')} — ${name(p)}`}>
                    {t('shell.list.duplicate')}
                  </button>
                  <button
                    type="button"
                    className="button-danger"
                    aria-label={`${t('shell.list.delete')} — ${name(p)}`}
                    onClick={() => {
                      if (window.confirm(t('shell.list.deleteConfirm', { title: name(p) }))) void act(() => runCommand('programme.delete', { programmeId: p.id }));
                    }}
                  >
                    {t('shell.list.delete')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Portfolio items={items} />
      <section className="bin" aria-labelledby="bin-title">
        <h2 id="bin-title">{t('shell.list.bin')}</h2>
        {binned.length === 0 ? (
          <p className="empty">{t('shell.list.binEmpty')}</p>
        ) : (
          <ul className="bin-list">
            {binned.map((p) => (
              <li key={p.id}>
                <span>{name(p)}</span>
                <button type="button" onClick={() => void act(() => runCommand('programme.restore', { programmeId: p.id }))} aria-label={`${t('shell.list.restore')} — ${name(p)}`}>
                  {t('shell.list.restore')}
                </button>
                <button
                  type="button"
                  className="button-danger"
                  aria-label={`${t('shell.list.purge')} — ${name(p)}`}
                  onClick={() => {
                    if (window.confirm(t('shell.list.purgeConfirm', { title: name(p) }))) void act(() => runCommand('programme.purge', { programmeId: p.id }));
                  }}
                >
                  {t('shell.list.purge')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </main>
  );
}
