import { Suspense, useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { countByStep, STEPS, type StepKey } from '../../src-shared/method';
import { ArchiveProgrammeActions } from '../archive/ProgrammeActions';
import { useAnnounce } from '../components/announcer';
import { ErrorBanner } from '../components/ErrorBanner';
import { RecoveryBanners } from '../components/RecoveryBanners';
import { HelpProvider, useHelp } from '../components/help';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { readinessLink } from '../readiness/link';
import { hrefOf } from '../router';
import { useActions, useLastError, useProgramme, useProgrammeSelector, useReadiness, useSaveState } from '../state/programme';
import { useRememberedFlag } from './remembered';
import { PROGRAMME_PAGES, STEP_SCREENS } from '../steps/registry';
import { MissingMark } from '../components/kit';

const isStep = (page: string): page is StepKey => (STEPS as readonly string[]).includes(page);

function isEditable(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || el.isContentEditable);
}

/** Focuses the field a readiness link points at, once the screen has rendered it. */
function useFocusTarget(focus: string | null, page: string) {
  useEffect(() => {
    if (!focus) return;
    let tries = 0;
    const attempt = () => {
      const el = document.getElementById(focus);
      if (el) {
        el.scrollIntoView({ block: 'center' });
        el.focus();
      } else if (tries++ < 40) setTimeout(attempt, 50);
    };
    attempt();
  }, [focus, page]);
}

export function ProgrammeShell({ page, focus }: { page: string; focus: string | null }) {
  return (
    <HelpProvider>
      <ShellLayout page={page} focus={focus} />
    </HelpProvider>
  );
}

function ShellLayout({ page, focus }: { page: string; focus: string | null }) {
  const { t } = useTranslation();
  const p = useProgramme();
  // Each screen remembers whether its help panel is open: the logframe matrix can keep the whole width.
  const [helpOpen, setHelpOpen] = useRememberedFlag(`atelier.helpOpen.${page}`, true);
  const items = useReadiness();
  const counts = useMemo(() => countByStep(items), [items]);
  const id = p.snapshot.id;
  useFocusTarget(focus, page);
  const { setHelp } = useHelp();
  // Help belongs to the field in focus: a new screen starts without the last screen's help.
  useEffect(() => setHelp(null), [page, setHelp]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || isEditable(e.target)) return;
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey && p.canUndo) {
        e.preventDefault();
        void p.undo().catch(shownBySaveState);
      } else if ((key === 'y' || (key === 'z' && e.shiftKey)) && p.canRedo) {
        e.preventDefault();
        void p.redo().catch(shownBySaveState);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [p]);

  const Screen = isStep(page) ? STEP_SCREENS[page] : PROGRAMME_PAGES[page];
  const title = p.snapshot.framing.title || t('shell.untitled');
  const stepItems = isStep(page) ? items.filter((i) => i.step === page) : [];

  return (
    <div className={`shell ${helpOpen ? 'help-open' : 'help-closed'}`}>
      <a className="skip-link" href="#main">
        {t('common.skipToContent')}
      </a>
      <header className="topbar">
        <a className="brand" href={hrefOf.list()}>
          {t('common.appName')}
        </a>
        <span className="programme-title" title={title}>
          {title}
        </span>
        <SaveIndicator />
        <div className="topbar-actions">
          <button type="button" onClick={() => void p.undo().catch(shownBySaveState)} disabled={!p.canUndo} title={`${t('common.undo')} (Ctrl+Z)`}>
            <span aria-hidden="true">↶ </span>
            {t('common.undoShort')}
          </button>
          <button type="button" onClick={() => void p.redo().catch(shownBySaveState)} disabled={!p.canRedo} title={`${t('common.redo')} (Ctrl+Y)`}>
            <span aria-hidden="true">↷ </span>
            {t('common.redoShort')}
          </button>
          <ArchiveProgrammeActions programmeId={id} />
          <a href={hrefOf.settings()}>{t('common.settings')}</a>
          <LanguageSwitch />
        </div>
      </header>
      <nav className="steps-nav" aria-label={t('shell.stepsNav')}>
        <ol>
          {STEPS.map((step) => {
            const count = counts[step] ?? 0;
            return (
              <li key={step}>
                <a href={hrefOf.programme(id, step)} aria-current={page === step ? 'page' : undefined}>
                  <span className="step-name">{t(`shell.steps.${step}`)}</span>
                  {count > 0 ? (
                    <MissingMark as="span" className="step-count">{t('shell.toComplete', { count })}</MissingMark>
                  ) : null}
                </a>
              </li>
            );
          })}
        </ol>
        <a className="nav-extra" href={hrefOf.programme(id, 'readiness')} aria-current={page === 'readiness' ? 'page' : undefined}>
          {t('shell.pages.readiness')}
          <span className="step-count">
            {items.length === 0 ? (
              <span className="status-ok">
                <span aria-hidden="true">✓ </span>
                {t('shell.ready')}
              </span>
            ) : (
              <MissingMark as="span">{t('shell.toComplete', { count: items.length })}</MissingMark>
            )}
          </span>
        </a>
        <a className="nav-extra" href={hrefOf.programme(id, 'history')} aria-current={page === 'history' ? 'page' : undefined}>
          {t('shell.pages.history')}
        </a>
      </nav>
      <main id="main" className="work" tabIndex={-1}>
        <WriteErrorBanner />
        <RecoveryBanners programmeId={id} reload={p.reload} />
        <Suspense fallback={<p>{t('common.loading')}</p>}>{Screen ? <Screen /> : null}</Suspense>
      </main>
      <aside className="help-panel" aria-label={t('common.help')}>
        <button type="button" className="help-toggle" aria-expanded={helpOpen} onClick={() => setHelpOpen(!helpOpen)}>
          {helpOpen ? t('common.hideHelp') : t('common.showHelp')}
        </button>
        {helpOpen ? (
          <>
            <HelpBody />
            {isStep(page) ? (
              <section aria-labelledby="step-readiness-title" className="step-readiness">
                <h2 id="step-readiness-title">{t('common.readinessOfStep')}</h2>
                {stepItems.length === 0 ? (
                  <p className="status-ok">
                    <span aria-hidden="true">✓ </span>
                    {t('common.nothingMissing')}
                  </p>
                ) : (
                  <ul>
                    {stepItems.map((item) => (
                      <li key={item.id} className={item.severity === 'blocking' ? 'status-blocking' : 'status-todo'}>
                        <a href={readinessLink(id, item)}>{t(item.messageKey, item.params ?? {})}</a>
                      </li>
                    ))}
                  </ul>
                )}
              </section>
            ) : null}
          </>
        ) : null}
      </aside>
    </div>
  );
}

/** A refused write is already on screen (save indicator and banner): the caller has nothing to add. */
const shownBySaveState = () => undefined;

/** "Enregistré / Enregistrement… / Non enregistré": the only part of the shell that follows every save. */
function SaveIndicator() {
  const { t } = useTranslation();
  const saveState = useSaveState();
  const updatedAt = useProgrammeUpdatedAt();
  const announce = useAnnounce();
  useEffect(() => {
    if (saveState === 'saved') announce(t('common.saved'));
  }, [saveState, updatedAt, announce, t]);
  return (
    <span className={`save-state save-${saveState}`} data-testid="save-state">
      <span aria-hidden="true">{saveState === 'saved' ? '✓' : saveState === 'saving' ? '…' : '⚠'} </span>
      {t(saveState === 'saved' ? 'common.saved' : saveState === 'saving' ? 'common.saving' : 'common.saveFailed')}
    </span>
  );
}

const useProgrammeUpdatedAt = () => useProgrammeSelector((s) => s.snapshot.updatedAt);

function WriteErrorBanner() {
  const error = useLastError();
  const { clearError } = useActions();
  return <ErrorBanner error={error} onDismiss={clearError} />;
}

function HelpBody() {
  const { t } = useTranslation();
  const { help } = useHelp();
  if (!help) return <p className="help-empty">{t('common.helpEmpty')}</p>;
  return (
    <section className="help-body" aria-live="polite">
      <h2>{help.title}</h2>
      <p>{help.text}</p>
      {help.example ? (
        <p className="help-example">
          <strong>{t('common.example')} : </strong>
          {help.example}
        </p>
      ) : null}
    </section>
  );
}
