import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PHASE_MOVES } from '../../../src-shared/edits/execution';
import type { Phase } from '../../../src-shared/model';
import { ApiError } from '../../api';
import { useAnnounce } from '../../components/announcer';
import { TextField } from '../../components/kit';
import { useProgramme } from '../../state/programme';

const FINAL_FIELDS = ['finalAssessment', 'lessonsLearned', 'sustainability'] as const;

/** The programme's phase, the moves it allows, and the final report's texts that closing asks for. */
export function PhasePanel() {
  const { t } = useTranslation();
  const p = useProgramme();
  const announce = useAnnounce();
  const [refusal, setRefusal] = useState<string | null>(null);
  const phase = p.snapshot.execution.phase;
  const move = async (to: Phase) => {
    setRefusal(null);
    try {
      await p.run('execution.setPhase', { programmeId: p.snapshot.id, phase: to }, { refusal: 'caller' });
      announce(t('execution.phase.moved', { phase: t(`execution.phases.${to}`) }));
    } catch (error) {
      const reason = error instanceof ApiError ? (error.details as { reason?: string } | undefined)?.reason : undefined;
      setRefusal(reason ? t(`execution.phase.refused.${reason}`) : error instanceof Error ? error.message : String(error));
    }
  };
  return (
    <section className="exec-phase" aria-labelledby="execution-phase-title">
      <h2 id="execution-phase-title">{t('execution.phase.title')}</h2>
      <p id="execution.phase" className={`phase-badge phase-${phase}`}>
        {t('execution.phase.current', { phase: t(`execution.phases.${phase}`) })}
      </p>
      <div className="exec-phase-moves">
        {PHASE_MOVES[phase].map((to) => (
          <button key={to} type="button" id={`execution.moveTo.${to}`} className={to === 'draft' || to === 'voted' && phase !== 'draft' ? '' : 'button-primary'} onClick={() => void move(to)}>
            {t(`execution.phase.moveTo.${to}`)}
          </button>
        ))}
      </div>
      <p className="field-hint">{t(phase === 'in_execution' ? 'execution.phase.closeNeeds' : phase === 'draft' ? 'execution.phase.votedByFreeze' : 'execution.phase.votedNeeded')}</p>
      {refusal ? (
        <p role="alert" className="status-blocking">
          <span aria-hidden="true">✖ </span>
          {refusal}
        </p>
      ) : null}
      {phase === 'in_execution' || phase === 'closed' ? (
        <details className="form-column" open={phase === 'closed'}>
          <summary>{t('execution.final.title')}</summary>
          {FINAL_FIELDS.map((field) => (
            <TextField
              key={field}
              id={`execution.${field}`}
              label={t(`execution.final.fields.${field}`)}
              value={p.snapshot.execution[field]}
              multiline
              rows={3}
              onCommit={(value) => p.updateSection('execution', { [field]: value })}
            />
          ))}
        </details>
      ) : null}
    </section>
  );
}
