import { CommandError } from '../api/errors';
import type { LogframeRow, Objective, Problem, ProgrammeSnapshot } from '../model';
import { deriveObjectiveTree, type DeriveReport } from '../method/objective-tree';
import type { EditContext } from './context';
import { moveEntity } from './entity';

/**
 * Edits of the problem and objective trees as an outline: one core node (no parent), the "below"
 * branch (causes / means) and the "above" branch (effects / ends). A node's kind always matches its
 * branch, so indenting or moving a node can never mix causes and effects.
 */

export type TreeKey = 'problems' | 'objectives';
type TreeNode = Problem | Objective;
export type Branch = 'below' | 'above';

const BRANCH_KIND = {
  problems: { below: 'cause', above: 'effect' },
  objectives: { below: 'means', above: 'end' },
} as const;

export function branchOf(node: TreeNode): Branch | null {
  if (node.kind === 'core') return null;
  return node.kind === 'cause' || node.kind === 'means' ? 'below' : 'above';
}

const nodes = (s: ProgrammeSnapshot, tree: TreeKey) => s[tree] as TreeNode[];

function find(s: ProgrammeSnapshot, tree: TreeKey, id: string): TreeNode {
  const node = nodes(s, tree).find((n) => n.id === id);
  if (!node) throw new CommandError('not_found', `No node ${id} in the ${tree === 'problems' ? 'problem' : 'objective'} tree.`, { tree, id });
  return node;
}

const siblingsOf = (s: ProgrammeSnapshot, tree: TreeKey, node: TreeNode) =>
  nodes(s, tree).filter((n) => n.parentId === node.parentId && (node.parentId !== null || n.kind === node.kind) && branchOf(n) === branchOf(node));

export type AddPosition =
  | { as: 'core' }
  | { as: 'child'; of: string; branch?: Branch }
  | { as: 'sibling'; of: string };

/** Adds a node; returns its id. Under the core, `branch` says whether it is a cause (below) or an effect (above). */
export function addTreeNode(
  s: ProgrammeSnapshot,
  tree: TreeKey,
  position: AddPosition,
  text: string,
  ctx: EditContext,
): { snapshot: ProgrammeSnapshot; id: string } {
  const list = nodes(s, tree);
  let parentId: string | null;
  let branch: Branch | null;
  let insertAt: number;
  if (position.as === 'core') {
    if (list.some((n) => n.kind === 'core')) {
      throw new CommandError('conflict', 'This tree already has its core node; a tree has only one.', { tree });
    }
    parentId = null;
    branch = null;
    insertAt = 0;
  } else if (position.as === 'child') {
    const parent = find(s, tree, position.of);
    const parentBranch = branchOf(parent);
    branch = parentBranch ?? position.branch ?? 'below';
    if (parentBranch && position.branch && position.branch !== parentBranch) {
      throw new CommandError('invalid_input', 'A cause can only have causes below it, and an effect only effects above it.');
    }
    parentId = parent.id;
    const lastChild = [...list].reverse().find((n) => n.parentId === parent.id && branchOf(n) === branch);
    insertAt = lastChild ? list.indexOf(lastChild) + 1 : list.length;
  } else {
    const sibling = find(s, tree, position.of);
    branch = branchOf(sibling);
    if (branch === null) throw new CommandError('invalid_input', 'The core node has no siblings: add a cause or an effect under it.');
    parentId = sibling.parentId;
    insertAt = list.indexOf(sibling) + 1;
  }
  const kind = branch === null ? 'core' : BRANCH_KIND[tree][branch];
  const node = tree === 'problems'
    ? ({ id: ctx.newId(), parentId, kind, text } as Problem)
    : ({ id: ctx.newId(), parentId, kind, text, problemId: null, logframeId: null } as Objective);
  const next = [...list];
  next.splice(insertAt, 0, node);
  return { snapshot: { ...s, [tree]: next }, id: node.id };
}

/** Indent: the node becomes the last child of the sibling just before it. */
export function indentTreeNode(s: ProgrammeSnapshot, tree: TreeKey, id: string): ProgrammeSnapshot {
  const node = find(s, tree, id);
  if (node.kind === 'core') throw new CommandError('invalid_input', 'The core node cannot be indented.');
  const siblings = siblingsOf(s, tree, node);
  const at = siblings.findIndex((n) => n.id === id);
  if (at <= 0) throw new CommandError('invalid_input', 'Only a node with a sibling before it can be indented under that sibling.');
  const newParent = siblings[at - 1]!;
  const childCount = nodes(s, tree).filter((n) => n.parentId === newParent.id).length;
  return moveEntity(s, tree, id, childCount, newParent.id);
}

/** Outdent: the node leaves its parent and comes right after it. */
export function outdentTreeNode(s: ProgrammeSnapshot, tree: TreeKey, id: string): ProgrammeSnapshot {
  const node = find(s, tree, id);
  const parent = node.parentId ? find(s, tree, node.parentId) : null;
  if (!parent || parent.kind === 'core') {
    throw new CommandError('invalid_input', 'A node directly under the core cannot be outdented further.');
  }
  const parentSiblings = nodes(s, tree).filter((n) => n.parentId === parent.parentId);
  const index = parentSiblings.findIndex((n) => n.id === parent.id) + 1;
  return moveEntity(s, tree, id, index, parent.parentId);
}

/** Moves a node one place up or down among its siblings of the same branch. */
export function shiftTreeNode(s: ProgrammeSnapshot, tree: TreeKey, id: string, direction: 'up' | 'down'): ProgrammeSnapshot {
  const node = find(s, tree, id);
  if (node.kind === 'core') throw new CommandError('invalid_input', 'The core node does not move.');
  const branchSiblings = siblingsOf(s, tree, node);
  const at = branchSiblings.findIndex((n) => n.id === id);
  const target = direction === 'up' ? at - 1 : at + 1;
  if (target < 0 || target >= branchSiblings.length) {
    throw new CommandError('invalid_input', direction === 'up' ? 'This node is already the first of its branch.' : 'This node is already the last of its branch.');
  }
  // moveEntity counts every sibling (causes and effects share the core as parent): convert the index.
  const allSiblings = nodes(s, tree).filter((n) => n.parentId === node.parentId && n.id !== id);
  const anchor = branchSiblings[target]!;
  const anchorIndex = allSiblings.findIndex((n) => n.id === anchor.id);
  return moveEntity(s, tree, id, direction === 'up' ? anchorIndex : anchorIndex + 1, node.parentId);
}

export function deriveObjectives(s: ProgrammeSnapshot, ctx: EditContext): { snapshot: ProgrammeSnapshot; report: DeriveReport } {
  if (!s.problems.some((p) => p.kind === 'core')) {
    throw new CommandError('invalid_input', 'Write the core problem first: the objective tree is derived from the problem tree.');
  }
  return deriveObjectiveTree(s, ctx.newId);
}

export interface SendReport {
  specificId: string;
  createdRows: number;
  keptRows: number;
}

/**
 * Sends a branch of the objective tree to the logical framework (EU PCM reading of the tree): the
 * chosen node (the core objective or a means) becomes a specific objective, its means become
 * results and their means become activities. A goal row is created when the matrix has none, from
 * the first end above the core. Objectives already sent (their row still exists) keep their row
 * untouched, so sending again only adds what is new.
 */
export function sendToLogframe(s: ProgrammeSnapshot, objectiveId: string, ctx: EditContext): { snapshot: ProgrammeSnapshot; report: SendReport } {
  const root = find(s, 'objectives', objectiveId) as Objective;
  if (root.kind === 'end') {
    throw new CommandError('invalid_input', 'Ends describe the overall goal: send the core objective or one of its means.');
  }
  const rowIds = new Set(s.logframe.map((r) => r.id));
  const rows: LogframeRow[] = [...s.logframe];
  const updates = new Map<string, string>();
  let createdRows = 0;
  let keptRows = 0;
  const row = (fields: Pick<LogframeRow, 'parentId' | 'level' | 'text'>): LogframeRow => ({
    id: ctx.newId(),
    sources: '',
    assumptions: '',
    means: '',
    cost: null,
    purposeCode: null,
    responsiblePartyId: null,
    startDate: null,
    endDate: null,
    ...fields,
  });

  let goal = rows.find((r) => r.level === 'goal');
  if (!goal) {
    const core = s.objectives.find((o) => o.kind === 'core');
    const end = core ? s.objectives.find((o) => o.parentId === core.id && o.kind === 'end') : undefined;
    goal = row({ parentId: null, level: 'goal', text: end?.text ?? (root.kind === 'core' ? '' : (core?.text ?? '')) });
    rows.unshift(goal);
    createdRows++;
  }
  const place = (objective: Objective, parentId: string, level: LogframeRow['level']): string => {
    if (objective.logframeId && rowIds.has(objective.logframeId)) {
      keptRows++;
      return objective.logframeId;
    }
    const created = row({ parentId, level, text: objective.text });
    rows.push(created);
    updates.set(objective.id, created.id);
    createdRows++;
    return created.id;
  };
  const childrenOf = (id: string) => s.objectives.filter((o) => o.parentId === id && o.kind === 'means');
  const specificId = place(root, goal.id, 'specific');
  const specificRow = rows.find((r) => r.id === specificId)!;
  if (specificRow.level !== 'specific') {
    throw new CommandError('conflict', 'This objective is already in the logical framework at another level.', { logframeId: specificId });
  }
  for (const result of childrenOf(root.id)) {
    const resultId = place(result, specificId, 'result');
    if (rows.find((r) => r.id === resultId)?.level !== 'result') continue;
    for (const activity of childrenOf(result.id)) place(activity, resultId, 'activity');
  }
  const objectives = s.objectives.map((o) => (updates.has(o.id) ? { ...o, logframeId: updates.get(o.id)! } : o));
  return { snapshot: { ...s, logframe: rows, objectives }, report: { specificId, createdRows, keptRows } };
}
