import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Decision, Decisions, MergeConflict } from '../../src-shared/merge/types';
import { conflictWhere, type WhereLabels } from './conflict-where';
import { enumLabelKeys } from './enum-labels';
import { editKindOf, editTextOf, entityLines, parseEdited, textOf, type EditKind } from './values';

/** Where a conflict is, in the officer's words: "Rôle — Acteurs › Mission locale". */
function useWhere() {
  const { t } = useTranslation();
  const labels: WhereLabels = {
    parts: t('history.parts', { returnObjects: true }) as Record<string, string>,
    fields: t('history.fields', { returnObjects: true }) as Record<string, string>,
    whole: t('archive.review.whole'),
  };
  return (c: MergeConflict) => t('archive.review.where', conflictWhere(c, labels));
}

/** A conflict's value as the officer reads it: coded values by their names, entities as labelled lines. */
function Value({ value, deletedText, where, field }: { value: unknown; deletedText: string; where: string; field: string }) {
  const { t } = useTranslation();
  const named = (f: string, v: unknown): string | null => {
    const keys = enumLabelKeys(where, f, v);
    return keys ? keys.map((k) => t(k as never, { defaultValue: k.split('.').pop() })).join(', ') : null;
  };
  if (value === null && deletedText) return <p className="status-blocking"><span aria-hidden="true">✕ </span>{deletedText}</p>;
  const entity = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  const lines = entity ? entityLines(entity) : null;
  if (lines) {
    return (
      <dl className="entity-lines">
        {lines.map(([k, v]) => (
          <div key={k}>
            <dt>{t(`history.fields.${k}`, { defaultValue: k })}</dt>
            <dd>{named(k, entity![k]) ?? v}</dd>
          </div>
        ))}
      </dl>
    );
  }
  const label = named(field, value);
  if (label !== null) return <p className="value-text">{label}</p>;
  const text = textOf(value);
  if (text === null) return <pre className="value-json">{JSON.stringify(value, null, 2)}</pre>;
  return <p className="value-text">{text === '' ? <em>{t('archive.review.empty')}</em> : text}</p>;
}

function ConflictCard({
  conflict,
  n,
  total,
  decision,
  onDecide,
}: {
  conflict: MergeConflict;
  n: number;
  total: number;
  decision: Decision | undefined;
  onDecide: (d: Decision | undefined) => void;
}) {
  const { t } = useTranslation();
  const where = useWhere()(conflict);
  // The last segment names the field ("sections.poverty" → "poverty"); empty for a whole entity.
  const field = conflict.field.split('.').filter(Boolean).pop() ?? '';
  const coded = enumLabelKeys(conflict.key, field, conflict.mine ?? conflict.theirs ?? conflict.base) !== null;
  // Nothing to write by hand for a coded value (a type, a level: one of the two versions) nor for a whole entity
  // deleted on one side (keep the deletion or restore it, then edit it on its step screen).
  const writable = !coded && conflict.kind !== 'delete-edit';
  const kind: EditKind = conflict.kind === 'delete-edit' ? 'json' : editKindOf(conflict.mine ?? conflict.theirs ?? conflict.base);
  const [draft, setDraft] = useState(() => editTextOf(conflict.mine ?? conflict.theirs, kind));
  const [invalid, setInvalid] = useState(false);
  const id = `conflict-${n}`;
  const choice = decision?.choice ?? null;

  const choose = (next: 'mine' | 'theirs' | 'edit') => {
    if (next !== 'edit') {
      setInvalid(false);
      onDecide({ choice: next });
      return;
    }
    editDraft(draft);
  };
  const editDraft = (text: string) => {
    setDraft(text);
    const value = parseEdited(text, kind);
    setInvalid(value === undefined);
    onDecide(value === undefined ? undefined : { choice: 'edit', value });
  };

  return (
    <section className={`conflict ${decision ? 'conflict-decided' : ''}`} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>
        {t('archive.review.conflictLabel', { n, total, where })}{' '}
        <span className={decision ? 'status-ok' : 'status-todo'}>
          <span aria-hidden="true">{decision ? '✓ ' : '◔ '}</span>
          {decision ? t('archive.review.decided') : t('archive.review.undecided')}
        </span>
      </h3>
      <div className="conflict-sides">
        <div className="conflict-side">
          <h4>{t('archive.review.mine')}</h4>
          <Value where={conflict.key} field={field} value={conflict.mine} deletedText={conflict.kind === 'delete-edit' ? t('archive.review.deletedMine') : ''} />
        </div>
        <div className="conflict-side">
          <h4>{t('archive.review.theirs')}</h4>
          <Value where={conflict.key} field={field} value={conflict.theirs} deletedText={conflict.kind === 'delete-edit' ? t('archive.review.deletedTheirs') : ''} />
        </div>
      </div>
      <details className="conflict-base">
        <summary>{t('archive.review.base')}</summary>
        <Value where={conflict.key} field={field} value={conflict.base} deletedText="" />
      </details>
      <fieldset className="conflict-choice">
        <legend className="visually-hidden">{where}</legend>
        {(writable ? (['mine', 'theirs', 'edit'] as const) : (['mine', 'theirs'] as const)).map((option) => (
          <label key={option} className="choice">
            <input type="radio" name={id} value={option} checked={choice === option || (option === 'edit' && invalid)} onChange={() => choose(option)} />
            {t(option === 'mine' ? 'archive.review.keepMine' : option === 'theirs' ? 'archive.review.takeTheirs' : 'archive.review.edit')}
          </label>
        ))}
      </fieldset>
      {choice === 'edit' || invalid ? (
        <div className="field">
          <label htmlFor={`${id}-edit`}>{t('archive.review.editLabel')}</label>
          {kind === 'json' ? <p className="field-hint" id={`${id}-hint`}>{t('archive.review.editJsonHint')}</p> : null}
          {kind === 'number' ? (
            <input id={`${id}-edit`} inputMode="decimal" value={draft} onChange={(e) => editDraft(e.target.value)} aria-invalid={invalid} />
          ) : (
            <textarea
              id={`${id}-edit`}
              rows={kind === 'text' && !draft.includes('\n') && draft.length < 120 ? 2 : 8}
              value={draft}
              onChange={(e) => editDraft(e.target.value)}
              aria-invalid={invalid}
              aria-describedby={kind === 'json' ? `${id}-hint` : undefined}
            />
          )}
          {invalid ? <p className="field-status status-blocking">⚠ {t(kind === 'json' ? 'archive.review.editInvalid' : 'common.invalidNumber')}</p> : null}
        </div>
      ) : null}
    </section>
  );
}

/** Side-by-side review of the conflicts of a merge; nothing is written until every one is decided. */
export function ConflictReview({
  conflicts,
  decisions,
  onChange,
  onApply,
  busy,
}: {
  conflicts: MergeConflict[];
  decisions: Decisions;
  onChange: (next: Decisions) => void;
  onApply: () => void;
  busy: boolean;
}) {
  const { t } = useTranslation();
  const decided = conflicts.filter((c) => decisions[c.id]).length;
  const remaining = conflicts.length - decided;
  return (
    <section aria-labelledby="review-title" className="review">
      <h2 id="review-title">{t('archive.review.title')}</h2>
      <p>{t('archive.review.intro')}</p>
      <p className="review-progress" aria-live="polite">
        {t('archive.review.progress', { decided, total: conflicts.length })}
      </p>
      {conflicts.map((c, i) => (
        <ConflictCard
          key={c.id}
          conflict={c}
          n={i + 1}
          total={conflicts.length}
          decision={decisions[c.id]}
          onDecide={(d) => {
            const next = { ...decisions };
            if (d) next[c.id] = d;
            else delete next[c.id];
            onChange(next);
          }}
        />
      ))}
      <div className="review-actions">
        <button type="button" className="button-primary" disabled={remaining > 0 || busy} aria-describedby="review-remaining" onClick={onApply}>
          {t('archive.review.apply')}
        </button>
        <span id="review-remaining" className={remaining > 0 ? 'status-todo' : 'status-ok'}>
          {remaining > 0 ? (
            <>
              <span aria-hidden="true">◔ </span>
              {t('archive.review.remaining', { count: remaining })}
            </>
          ) : (
            <>
              <span aria-hidden="true">✓ </span>
              {t('archive.review.progress', { decided, total: conflicts.length })}
            </>
          )}
        </span>
      </div>
    </section>
  );
}
