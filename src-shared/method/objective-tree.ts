import type { Objective, Problem, ProgrammeSnapshot } from '../model';

/**
 * Derives the objective tree from the problem tree (ADF guide, step 2): each problem becomes the
 * positive state to reach, causes become means, effects become ends, and each objective keeps the id
 * of its problem. Deriving again never overwrites the officer's work: objectives already linked to a
 * problem are left exactly as they are; only problems without an objective get one.
 */

export const OBJECTIVE_KIND = { core: 'core', cause: 'means', effect: 'end' } as const satisfies Record<
  Problem['kind'],
  Objective['kind']
>;

/** What the officer must still rewrite when no rule could restate the problem. */
export const RESTATE_MARKER = '[à reformuler en situation positive]';

type Rule = [RegExp, (m: RegExpExecArray) => string];
const PREP = '(de la |de l’|de l\'|des |du |de |d’|d\')';
const A = '(à la |à l’|à l\'|aux |au |à )';

// Heads of problem statements and the positive state they turn into. The rest of the sentence is
// kept word for word; where the new head would have to agree with a noun of unknown gender, the rule
// picks a wording that needs no agreement ("Davantage de", "en progression", "Levée des").
const FRENCH: Rule[] = [
  [new RegExp(`^manque d[’'](?:accès|acces) ${A}(.+)$`, 'i'), (m) => `Accès facilité ${m[1]}${m[2]}`],
  [new RegExp(`^(?:manque|absence|insuffisance|pénurie|déficit|carence)s? ${PREP}(.+)$`, 'i'), (m) => `Disponibilité suffisante ${m[1]}${m[2]}`],
  [new RegExp(`^(?:faiblesse|fragilité|mauvaise qualité|dégradation)s? ${PREP}(.+)$`, 'i'), (m) => `Renforcement ${m[1]}${m[2]}`],
  [new RegExp(`^(?:augmentation|hausse|accroissement|aggravation|multiplication|progression)s? ${PREP}(.+)$`, 'i'), (m) => `Réduction ${m[1]}${m[2]}`],
  [new RegExp(`^(?:diminution|baisse|recul|réduction)s? ${PREP}(.+)$`, 'i'), (m) => `Augmentation ${m[1]}${m[2]}`],
  [new RegExp(`^perte ${PREP}(.+)$`, 'i'), (m) => `Maintien ${m[1]}${m[2]}`],
  [/^difficultés? d[’']accès (.+)$/i, (m) => `Accès facilité ${m[1]}`],
  [/^difficultés? (?:à|pour) (.+)$/i, (m) => `Capacité renforcée à ${m[1]}`],
  [new RegExp(`^difficultés? ${PREP}(.+)$`, 'i'), (m) => `Levée des difficultés ${m[1]}${m[2]}`],
  [/^accès (?:limité|difficile|insuffisant|restreint|inégal) (.+)$/i, (m) => `Accès facilité ${m[1]}`],
  [/^non[- ]recours (.+)$/i, (m) => `Recours effectif ${m[1]}`],
  [new RegExp(`^(?:exclusion|marginalisation)s? ${PREP}(.+)$`, 'i'), (m) => `Inclusion ${m[1]}${m[2]}`],
  [new RegExp(`^isolement ${PREP}(.+)$`, 'i'), (m) => `Rupture de l’isolement ${m[1]}${m[2]}`],
  [new RegExp(`^chômage ${PREP}(.+)$`, 'i'), (m) => `Accès à l’emploi ${m[1]}${m[2]}`],
  [new RegExp(`^(?:précarité|pauvreté|vulnérabilité) ${PREP}(.+)$`, 'i'), (m) => `Réduction de la ${m[0].split(' ')[0]!.toLowerCase()} ${m[1]}${m[2]}`],
  [new RegExp(`^méconnaissance ${PREP}(.+)$`, 'i'), (m) => `Meilleure connaissance ${m[1]}${m[2]}`],
  [/^peu d[e’'] ?(.+)$/i, (m) => `Davantage ${elide(m[1]!)}`],
  [/^(?:trop )?faible (taux|nombre|niveau|accès|recours) (.+)$/i, (m) => `${capitalise(m[1]!)} ${m[2]} amélioré`],
  [/^(?:trop )?faibles? (.+)$/i, (m) => `${capitalise(m[1]!)} en progression`],
  [/^(mauvaise?s?) (.+)$/i, (m) => `${{ mauvais: 'Meilleur', mauvaise: 'Meilleure', mauvaises: 'Meilleures' }[m[1]!.toLowerCase()] ?? 'Meilleurs'} ${m[2]}`],
  [/^(.+) (insuffisant(?:e|s|es)?)$/i, (m) => `${capitalise(m[1]!)} ${m[2]!.slice(2)}`],
  [/^(.+) limité(e?s?)$/i, (m) => `${capitalise(m[1]!)} élargi${m[2]}`],
];

const ENGLISH: Rule[] = [
  [/^(?:lack|absence|shortage) of (?:access to) (.+)$/i, (m) => `Easier access to ${m[1]}`],
  [/^(?:lack|absence|shortage) of (.+)$/i, (m) => `Adequate ${m[1]}`],
  [/^insufficient (.+)$/i, (m) => `Sufficient ${m[1]}`],
  [/^(?:limited|restricted|difficult) access to (.+)$/i, (m) => `Easier access to ${m[1]}`],
  [/^limited (.+)$/i, (m) => `Wider ${m[1]}`],
  [/^low (.+)$/i, (m) => `Higher ${m[1]}`],
  [/^poor (.+)$/i, (m) => `Better ${m[1]}`],
  [/^weak (.+)$/i, (m) => `Stronger ${m[1]}`],
  [/^few (.+)$/i, (m) => `More ${m[1]}`],
  [/^high (.+)$/i, (m) => `Lower ${m[1]}`],
  [/^difficult(?:y|ies) (?:in )?(.+)$/i, (m) => `Less difficulty ${/^\w+ing\b/.test(m[1]!) ? 'in ' : ''}${m[1]}`],
  [/^(?:increase|rise|growth) (?:in|of) (.+)$/i, (m) => `Reduction in ${m[1]}`],
  [/^(?:decrease|decline|fall) (?:in|of) (.+)$/i, (m) => `Increase in ${m[1]}`],
  [/^(?:exclusion|marginalisation|marginalization) of (.+)$/i, (m) => `Inclusion of ${m[1]}`],
  [/^isolation of (.+)$/i, (m) => `Reduced isolation of ${m[1]}`],
];

const RULES: Rule[] = [...FRENCH, ...ENGLISH];

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "Davantage de structures", "Davantage d’ateliers": "de" elides before a vowel or a mute h. */
function elide(rest: string): string {
  return /^[aeiouyéèêâîôûh]/i.test(rest) ? `d’${rest}` : `de ${rest}`;
}

/** A first positive wording of a problem, for the officer to edit; a visible marker when no rule fits. */
export function restateAsObjective(problem: string): string {
  const text = problem.trim().replace(/\s+/g, ' ').replace(/[.;]$/, '');
  if (text === '') return '';
  for (const [pattern, make] of RULES) {
    const m = pattern.exec(text);
    if (m) return make(m);
  }
  return `${RESTATE_MARKER} ${text}`;
}

export interface DeriveReport {
  created: number;
  /** Objectives already linked to their problem, left as the officer wrote them. */
  kept: number;
  /** An unlinked core objective now linked to the core problem. */
  linked: number;
}

/** Problems in tree order (parents before children), so each new objective finds its parent. */
function topDown(problems: readonly Problem[]): Problem[] {
  const children = new Map<string | null, Problem[]>();
  for (const p of problems) children.set(p.parentId, [...(children.get(p.parentId) ?? []), p]);
  const out: Problem[] = [];
  const visit = (parent: string | null) => {
    for (const p of children.get(parent) ?? []) {
      out.push(p);
      visit(p.id);
    }
  };
  visit(null);
  return out;
}

export function deriveObjectiveTree(
  s: ProgrammeSnapshot,
  newId: () => string,
): { snapshot: ProgrammeSnapshot; report: DeriveReport } {
  const report: DeriveReport = { created: 0, kept: 0, linked: 0 };
  let objectives: Objective[] = [...s.objectives];
  const byProblem = new Map<string, Objective>();
  for (const o of objectives) if (o.problemId) byProblem.set(o.problemId, o);

  for (const problem of topDown(s.problems)) {
    if (byProblem.has(problem.id)) {
      report.kept++;
      continue;
    }
    const kind = OBJECTIVE_KIND[problem.kind];
    if (kind === 'core') {
      const existingCore = objectives.find((o) => o.kind === 'core');
      if (existingCore) {
        // The officer wrote a core objective before deriving: link it, keep its words.
        if (existingCore.problemId === null) {
          const linked = { ...existingCore, problemId: problem.id };
          objectives = objectives.map((o) => (o.id === linked.id ? linked : o));
          byProblem.set(problem.id, linked);
          report.linked++;
        }
        continue;
      }
    }
    const parentObjective = problem.parentId ? byProblem.get(problem.parentId) : undefined;
    const parentId = kind === 'core' ? null : (parentObjective?.id ?? objectives.find((o) => o.kind === 'core')?.id ?? null);
    if (kind !== 'core' && parentId === null) continue; // no core objective to hang it on
    const created: Objective = {
      id: newId(),
      parentId,
      kind,
      text: restateAsObjective(problem.text),
      problemId: problem.id,
      logframeId: null,
    };
    objectives = [...objectives, created];
    byProblem.set(problem.id, created);
    report.created++;
  }
  return { snapshot: { ...s, objectives }, report };
}
