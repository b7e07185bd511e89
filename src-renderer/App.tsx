import { Suspense, lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { AnnouncerProvider } from './components/announcer';
import { ErrorBanner } from './components/ErrorBanner';
import { LanguageSwitch } from './components/LanguageSwitch';
import { hrefOf, useRoute } from './router';
import { ProgrammeList } from './shell/ProgrammeList';
import { ProgrammeShell } from './shell/ProgrammeShell';
import { ProgrammeProvider } from './state/programme';

const SettingsPage = lazy(() => import('./settings/SettingsPage'));
const BackupsPage = lazy(() => import('./archive/BackupsPage'));
const ImportPage = lazy(() => import('./archive/ImportPage'));

/** Pages outside a programme share a simple top bar. */
function PlainPage({ children }: { children: React.ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="plain">
      <a className="skip-link" href="#main">
        {t('common.skipToContent')}
      </a>
      <header className="topbar">
        <a className="brand" href={hrefOf.list()}>
          {t('common.appName')}
        </a>
        <div className="topbar-actions">
          <a href={hrefOf.list()}>{t('common.programmes')}</a>
          <a href={hrefOf.settings()}>{t('common.settings')}</a>
          <a href={hrefOf.backups()}>{t('common.backups')}</a>
          <LanguageSwitch />
        </div>
      </header>
      {children}
    </div>
  );
}

export function App() {
  const route = useRoute();
  const { t } = useTranslation();
  const loading = <p className="page">{t('common.loading')}</p>;
  return (
    <AnnouncerProvider>
      {route.name === 'programme' ? (
        <ProgrammeProvider
          key={route.id}
          programmeId={route.id}
          fallback={(error) => (
            <PlainPage>
              <main id="main" className="page">
                {error ? <ErrorBanner error={error} /> : loading}
              </main>
            </PlainPage>
          )}
        >
          <ProgrammeShell page={route.page} focus={route.focus} />
        </ProgrammeProvider>
      ) : (
        <PlainPage>
          <Suspense fallback={loading}>
            {route.name === 'settings' ? (
              <main id="main" className="page" tabIndex={-1}>
                <SettingsPage />
              </main>
            ) : route.name === 'backups' ? (
              <main id="main" className="page" tabIndex={-1}>
                <BackupsPage />
              </main>
            ) : route.name === 'import' ? (
              <main id="main" className="page" tabIndex={-1}>
                <ImportPage />
              </main>
            ) : (
              <ProgrammeList />
            )}
          </Suspense>
        </PlainPage>
      )}
    </AnnouncerProvider>
  );
}
