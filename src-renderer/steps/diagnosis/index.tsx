import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useProgramme } from '../../state/programme';
import { Contexts } from './Contexts';
import { Stakeholders } from './Stakeholders';
import { ObjectiveTree, ProblemTree } from './Trees';
import { Workshops } from './Workshops';
import './diagnosis.css';

const TABS = ['contexts', 'stakeholders', 'workshops', 'problems', 'objectives'] as const;
type Tab = (typeof TABS)[number];

/** A readiness link (…?focus=stakeholder.<id>.name) opens the tab that holds the field. */
function tabOfFocus(): Tab | null {
  const focus = new URLSearchParams(window.location.hash.split('?')[1] ?? '').get('focus') ?? '';
  const [head = '', second = ''] = focus.split('.');
  // "diagnosis.stakeholders" and the like name a whole part of the diagnosis.
  const prefix = head === 'diagnosis' ? second.replace(/s$/, '') : head;
  if (prefix === 'territory') return 'contexts';
  if (prefix === 'stakeholder') return 'stakeholders';
  if (prefix === 'workshop') return 'workshops';
  if (prefix === 'problem') return 'problems';
  if (prefix === 'objective') return 'objectives';
  return null;
}

const KEY = 'atelier.diagnosisTab';

/** Step 2: shared territorial diagnosis, in five tabs (ARIA tabs, arrow keys between them). */
export default function DiagnosisStep() {
  const { t } = useTranslation();
  const { snapshot } = useProgramme();
  const [tab, setTabState] = useState<Tab>(() => tabOfFocus() ?? ((sessionStorage.getItem(KEY) as Tab | null) ?? 'contexts'));
  const tabs = useRef<Record<string, HTMLButtonElement | null>>({});
  const setTab = (next: Tab) => {
    sessionStorage.setItem(KEY, next);
    setTabState(next);
  };
  const counts: Partial<Record<Tab, number>> = {
    stakeholders: snapshot.stakeholders.length,
    workshops: snapshot.workshops.length,
    problems: snapshot.problems.length,
    objectives: snapshot.objectives.length,
  };
  // A readiness link followed while this screen is open switches to the right tab too.
  useEffect(() => {
    const onHash = () => {
      const next = tabOfFocus();
      if (next) setTabState(next);
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const onKeyDown = (e: KeyboardEvent) => {
    const i = TABS.indexOf(tab);
    const next = e.key === 'ArrowRight' ? TABS[(i + 1) % TABS.length] : e.key === 'ArrowLeft' ? TABS[(i + TABS.length - 1) % TABS.length] : e.key === 'Home' ? TABS[0] : e.key === 'End' ? TABS[TABS.length - 1] : null;
    if (!next) return;
    e.preventDefault();
    setTab(next);
    tabs.current[next]?.focus();
  };
  return (
    <div className="diagnosis authoring-form">
      <h1>{t('diagnosis.title')}</h1>
      <p className="step-intro">{t('diagnosis.intro')}</p>
      <div className="tablist" role="tablist" aria-label={t('diagnosis.tabs.label')} onKeyDown={onKeyDown}>
        {TABS.map((key) => (
          <button
            key={key}
            ref={(el) => {
              tabs.current[key] = el;
            }}
            type="button"
            role="tab"
            id={`diagnosis-tab-${key}`}
            aria-selected={tab === key}
            aria-controls={`diagnosis-panel-${key}`}
            tabIndex={tab === key ? 0 : -1}
            onClick={() => setTab(key)}
          >
            {t(`diagnosis.tabs.${key}`)}
            {counts[key] ? <span className="count-badge">{counts[key]}</span> : null}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`diagnosis-panel-${tab}`} aria-labelledby={`diagnosis-tab-${tab}`}>
        {tab === 'contexts' ? <Contexts /> : null}
        {tab === 'stakeholders' ? <Stakeholders /> : null}
        {tab === 'workshops' ? <Workshops /> : null}
        {tab === 'problems' ? <ProblemTree /> : null}
        {tab === 'objectives' ? <ObjectiveTree /> : null}
      </div>
    </div>
  );
}
