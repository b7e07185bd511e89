import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { logframeCodes } from '../../../src-shared/method/numbering';
import { RESTATE_MARKER } from '../../../src-shared/method/objective-tree';
import type { Objective } from '../../../src-shared/model';
import { useAnnounce } from '../../components/announcer';
import { useMissing, useStableProgramme } from '../../components/authoring-hooks';
import { TreeDiagram } from '../../components/TreeDiagram';
import { TreeOutline, type RowExtras } from '../../components/TreeOutline';
import type { PlacedNode, TreeNodeData } from '../../components/tree-structure';
import { hrefOf } from '../../router';
import { useProgramme } from '../../state/programme';
import { MissingMark } from '../../components/kit';

function usePrefixes(): Record<string, string> {
  const { t } = useTranslation();
  return useMemo(
    () => Object.fromEntries(['cause', 'effect', 'means', 'end'].map((k) => [k, t(`diagnosis.tree.prefix.${k}`)])),
    [t],
  );
}

function DeriveButton() {
  const { t } = useTranslation();
  const { snapshot } = useProgramme();
  const p = useStableProgramme();
  const announce = useAnnounce();
  const hasCore = snapshot.problems.some((x) => x.kind === 'core');
  const derive = async () => {
    try {
      const result = await p.run('trees.deriveObjectives', { programmeId: p.snapshot.id });
      announce(t('diagnosis.tree.derived', { created: result.report.created, kept: result.report.kept }));
    } catch {
      /* shown by the error banner */
    }
  };
  return (
    <div className="tree-actions">
      <button type="button" className="button-primary" onClick={() => void derive()} disabled={!hasCore} aria-describedby="derive-help">
        {t('diagnosis.tree.derive')}
      </button>
      <span id="derive-help" className="field-hint">
        {hasCore ? t('diagnosis.tree.deriveHelp') : t('diagnosis.tree.deriveNeedsCore')}
      </span>
    </div>
  );
}

function StatusLine({ id }: { id: string }) {
  const missing = useMissing();
  const text = missing(id);
  return text ? (
    <MissingMark className="field-status">{text}</MissingMark>
  ) : null;
}

export function ProblemTree() {
  const { t } = useTranslation();
  const { snapshot } = useProgramme();
  const prefixes = usePrefixes();
  return (
    <section aria-labelledby="problems-title">
      <h2 id="problems-title">{t('diagnosis.tree.problemsTitle')}</h2>
      <p className="step-intro">{t('diagnosis.tree.problemsIntro')}</p>
      <p className="tree-keys" id="problems-keys">
        {t('diagnosis.tree.keys')}
      </p>
      <StatusLine id="diagnosis.problems" />
      <div className="tree-layout">
        <div aria-label={t('diagnosis.tree.outline')} role="group" id="diagnosis.problems" tabIndex={-1}>
          <TreeOutline tree="problems" nodes={snapshot.problems} />
        </div>
        <TreeDiagram
          nodes={snapshot.problems}
          title={t('diagnosis.tree.diagramLabel', { title: t('diagnosis.tree.problemsTitle') })}
          prefixes={prefixes}
          coreLabel={t('diagnosis.tree.core.problems')}
          emptyText={t('diagnosis.tree.emptyTree')}
        />
      </div>
      <DeriveButton />
    </section>
  );
}

export function ObjectiveTree() {
  const { t } = useTranslation();
  const { snapshot } = useProgramme();
  const p = useStableProgramme();
  const announce = useAnnounce();
  const prefixes = usePrefixes();
  const problems = useMemo(() => new Map(snapshot.problems.map((x) => [x.id, x.text])), [snapshot.problems]);
  const codes = useMemo(() => logframeCodes(snapshot.logframe), [snapshot.logframe]);
  const extras = useCallback(
    (node: TreeNodeData, placed: PlacedNode): RowExtras => {
      const o = node as Objective;
      const problem = o.problemId ? problems.get(o.problemId) : undefined;
      const code = o.logframeId ? codes.get(o.logframeId) : undefined;
      return {
        hint: problem ? t('diagnosis.tree.fromProblem', { text: problem }) : undefined,
        warn: o.text.startsWith(RESTATE_MARKER) ? t('diagnosis.tree.toRewrite') : undefined,
        badge: code ? t('diagnosis.tree.inLogframe', { code }) : undefined,
        canSend: o.kind === 'core' || (o.kind === 'means' && placed.parentIsCore),
      };
    },
    [problems, codes, t],
  );
  const send = useCallback(
    async (id: string) => {
      try {
        const result = await p.run('trees.sendToLogframe', { programmeId: p.snapshot.id, objectiveId: id });
        announce(t('diagnosis.tree.sent', { created: result.report.createdRows, kept: result.report.keptRows }));
      } catch {
        /* shown by the error banner */
      }
    },
    [p, announce, t],
  );
  return (
    <section aria-labelledby="objectives-title">
      <h2 id="objectives-title">{t('diagnosis.tree.objectivesTitle')}</h2>
      <p className="step-intro">{t('diagnosis.tree.objectivesIntro')}</p>
      <DeriveButton />
      <p className="tree-keys">{t('diagnosis.tree.keys')}</p>
      <p className="field-hint">
        {t('diagnosis.tree.sendHelp')} <a href={hrefOf.programme(snapshot.id, 'logframe')}>{t('diagnosis.tree.openLogframe')}</a>
      </p>
      <StatusLine id="diagnosis.objectives" />
      <div className="tree-layout">
        <div aria-label={t('diagnosis.tree.outline')} role="group" id="diagnosis.objectives" tabIndex={-1}>
          <TreeOutline tree="objectives" nodes={snapshot.objectives} extras={extras} onSend={(id) => void send(id)} />
        </div>
        <TreeDiagram
          nodes={snapshot.objectives}
          title={t('diagnosis.tree.diagramLabel', { title: t('diagnosis.tree.objectivesTitle') })}
          prefixes={prefixes}
          coreLabel={t('diagnosis.tree.core.objectives')}
          emptyText={t('diagnosis.tree.emptyTree')}
        />
      </div>
    </section>
  );
}
