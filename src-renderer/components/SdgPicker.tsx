import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { findSdgGoal, findSdgTarget, searchSdgTargets } from '../../src-shared/sdg';
import './SdgPicker.css';

/**
 * Picks SDG targets by code or words over the 169 targets (labels in the interface language).
 * Plain buttons rather than a combobox: every result is reachable with Tab and announced by its label.
 */
export function SdgPicker({ id, value, onChange }: { id: string; value: readonly string[]; onChange: (codes: string[]) => unknown }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en' : 'fr';
  const [query, setQuery] = useState('');
  const results = useMemo(() => searchSdgTargets(query, locale, 12).filter((r) => !value.includes(r.code)), [query, locale, value]);
  const label = (code: string) => findSdgTarget(code)?.[locale] ?? code;
  return (
    <fieldset className="sdg-picker" id={id}>
      <legend>{t('indicators.sdg.legend')}</legend>
      {value.length === 0 ? <p className="empty">{t('indicators.sdg.none')}</p> : null}
      <ul className="sdg-selected">
        {value.map((code) => {
          const goal = findSdgGoal(Number(code.split('.')[0]));
          return (
            <li key={code}>
              <span className="sdg-code">{code}</span> {label(code)}
              {goal ? <span className="sdg-goal"> ({t('indicators.sdg.goal', { code: goal.code, label: goal[locale] })})</span> : null}
              <button type="button" className="button-quiet" aria-label={t('indicators.sdg.remove', { code })} onClick={() => void onChange(value.filter((c) => c !== code))}>
                <span aria-hidden="true">✕</span>
              </button>
            </li>
          );
        })}
      </ul>
      <label htmlFor={`${id}.search`}>{t('indicators.sdg.search')}</label>
      <input id={`${id}.search`} type="search" value={query} placeholder={t('indicators.sdg.placeholder')} onChange={(e) => setQuery(e.target.value)} autoComplete="off" />
      {query.trim() !== '' ? (
        <>
          <p className="sdg-count" role="status">
            {results.length === 0 ? t('indicators.sdg.noResult') : t('indicators.sdg.results', { count: results.length })}
          </p>
          <ul className="sdg-results">
            {results.map((r) => (
              <li key={r.code}>
                <button
                  type="button"
                  aria-label={`${t('indicators.sdg.add', { code: r.code })} — ${r[locale]}`}
                  onClick={() => {
                    void onChange([...value, r.code]);
                    setQuery('');
                  }}
                >
                  <span className="sdg-code">{r.code}</span> {r[locale]}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </fieldset>
  );
}
