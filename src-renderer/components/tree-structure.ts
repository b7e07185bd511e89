/** Shape of a problem or objective tree for the outline and the diagram (derived, never stored). */

export interface TreeNodeData {
  id: string;
  parentId: string | null;
  kind: string;
  text: string;
}

export interface PlacedNode<N extends TreeNodeData = TreeNodeData> {
  node: N;
  /** "1", "1.2"… within its branch; "" for the core. */
  code: string;
  depth: number;
  branch: 'core' | 'above' | 'below';
  children: PlacedNode<N>[];
  /** Index among siblings of the same branch, and their count (for move buttons). */
  index: number;
  siblings: number;
  parentIsCore: boolean;
}

const BELOW = new Set(['cause', 'means']);

export function buildTree<N extends TreeNodeData>(nodes: readonly N[]): { core: PlacedNode<N> | null; above: PlacedNode<N>[]; below: PlacedNode<N>[] } {
  const children = new Map<string, N[]>();
  for (const n of nodes) if (n.parentId) children.set(n.parentId, [...(children.get(n.parentId) ?? []), n]);
  const coreNode = nodes.find((n) => n.kind === 'core');
  const place = (list: N[], prefix: string, depth: number, branch: 'above' | 'below', parentIsCore: boolean): PlacedNode<N>[] =>
    list.map((node, i) => {
      const code = prefix ? `${prefix}.${i + 1}` : `${i + 1}`;
      return {
        node,
        code,
        depth,
        branch,
        index: i,
        siblings: list.length,
        parentIsCore,
        children: place(children.get(node.id) ?? [], code, depth + 1, branch, false),
      };
    });
  if (!coreNode) return { core: null, above: [], below: [] };
  const direct = children.get(coreNode.id) ?? [];
  const below = place(direct.filter((n) => BELOW.has(n.kind)), '', 1, 'below', true);
  const above = place(direct.filter((n) => !BELOW.has(n.kind)), '', 1, 'above', true);
  return {
    core: { node: coreNode, code: '', depth: 0, branch: 'core', children: [], index: 0, siblings: 1, parentIsCore: false },
    above,
    below,
  };
}

export function flatten<N extends TreeNodeData>(list: PlacedNode<N>[]): PlacedNode<N>[] {
  return list.flatMap((p) => [p, ...flatten(p.children)]);
}

export function countDescendants<N extends TreeNodeData>(p: PlacedNode<N>): number {
  return p.children.reduce((sum, c) => sum + 1 + countDescendants(c), 0);
}
