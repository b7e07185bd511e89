import { memo, useEffect, useId, useMemo, useRef } from 'react';
import { buildTree, type PlacedNode, type TreeNodeData } from './tree-structure';
import './TreeDiagram.css';

/**
 * The tree drawn as a tree: core in the middle, the "below" branch (causes / means) growing down,
 * the "above" branch (effects / ends) growing up. Each box shows its code, so nothing relies on colour.
 */

const W = 168;
const H = 76;
const GAP_X = 14;
const GAP_Y = 38;
const LINE_CHARS = 26;
const MAX_LINES = 4;

function wrap(text: string): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if ((line + ' ' + word).trim().length > LINE_CHARS && line) {
      lines.push(line);
      line = word;
    } else line = `${line} ${word}`.trim();
  }
  if (line) lines.push(line);
  if (lines.length > MAX_LINES) {
    const kept = lines.slice(0, MAX_LINES);
    kept[MAX_LINES - 1] = `${kept[MAX_LINES - 1]!.slice(0, LINE_CHARS - 1)}…`;
    return kept;
  }
  return lines;
}

interface Box {
  id: string;
  x: number;
  y: number;
  code: string;
  lines: string[];
  branch: 'core' | 'above' | 'below';
  parentId: string | null;
}

/** Leaves get consecutive slots; a parent sits above (or below) the middle of its children. */
function layoutBranch(list: PlacedNode[], dir: 1 | -1, prefix: Record<string, string>, coreId: string): { boxes: Box[]; slots: number } {
  const xs = new Map<string, number>();
  let slot = 0;
  const place = (p: PlacedNode): number => {
    let x: number;
    if (p.children.length === 0) x = slot++ * (W + GAP_X);
    else {
      const childXs = p.children.map(place);
      x = (childXs[0]! + childXs[childXs.length - 1]!) / 2;
    }
    xs.set(p.node.id, x);
    return x;
  };
  list.forEach(place);
  const boxes: Box[] = [];
  const emit = (p: PlacedNode, depth: number, parentId: string) => {
    boxes.push({ id: p.node.id, x: xs.get(p.node.id)!, y: dir * depth * (H + GAP_Y), code: `${prefix[p.node.kind] ?? ''}${p.code}`, lines: wrap(p.node.text), branch: p.branch, parentId });
    for (const c of p.children) emit(c, depth + 1, p.node.id);
  };
  for (const p of list) emit(p, 1, coreId);
  return { boxes, slots: slot };
}

export const TreeDiagram = memo(function TreeDiagram(props: {
  nodes: readonly TreeNodeData[];
  title: string;
  prefixes: Record<string, string>;
  coreLabel: string;
  emptyText: string;
}) {
  const titleId = useId();
  const { boxes, byId, width, top, height } = useMemo(() => {
    const tree = buildTree(props.nodes);
    if (!tree.core) return { boxes: [] as Box[], byId: new Map<string, Box>(), width: W, top: 0, height: H };
    const coreId = tree.core.node.id;
    const below = layoutBranch(tree.below, 1, props.prefixes, coreId);
    const above = layoutBranch(tree.above, -1, props.prefixes, coreId);
    const span = (n: number) => Math.max(n, 1) * (W + GAP_X) - GAP_X;
    const width = span(Math.max(below.slots, above.slots));
    // Centre each branch under / over the core.
    for (const part of [below, above]) {
      const dx = (width - span(part.slots)) / 2;
      for (const b of part.boxes) b.x += dx;
    }
    const boxes: Box[] = [
      { id: coreId, x: (width - W) / 2, y: 0, code: props.coreLabel, lines: wrap(tree.core.node.text), branch: 'core', parentId: null },
      ...below.boxes,
      ...above.boxes,
    ];
    const ys = boxes.map((b) => b.y);
    const top = Math.min(...ys);
    return { boxes, byId: new Map(boxes.map((b) => [b.id, b])), width, top, height: Math.max(...ys) - top + H };
  }, [props.nodes, props.prefixes, props.coreLabel]);

  const pad = 8;
  const frame = useRef<HTMLDivElement>(null);
  // A tree wider than its frame opens centred on the core, where the reader starts.
  useEffect(() => {
    const el = frame.current;
    if (el && el.scrollWidth > el.clientWidth) el.scrollLeft = (el.scrollWidth - el.clientWidth) / 2;
  }, [width]);
  return (
    <div ref={frame} className="tree-diagram" tabIndex={0} role="region" aria-label={props.title}>
      {boxes.length === 0 ? (
        <p className="empty">{props.emptyText}</p>
      ) : (
        <svg
          role="img"
          aria-labelledby={titleId}
          // Shrinks to the frame down to 60 % of its natural size, then scrolls.
          style={{ width: '100%', maxWidth: width + pad * 2, minWidth: (width + pad * 2) * 0.6, height: 'auto' }}
          viewBox={`${-pad} ${top - pad} ${width + pad * 2} ${height + pad * 2}`}
        >
          <title id={titleId}>{props.title}</title>
          {boxes.map((b) => {
            const parent = b.parentId ? byId.get(b.parentId) : undefined;
            return parent ? (
              <line
                key={`l-${b.id}`}
                className="tree-link"
                x1={parent.x + W / 2}
                y1={b.branch === 'below' ? parent.y + H : parent.y}
                x2={b.x + W / 2}
                y2={b.branch === 'below' ? b.y : b.y + H}
              />
            ) : null;
          })}
          {boxes.map((b) => (
            <g key={b.id} className={`tree-box tree-${b.branch}`} transform={`translate(${b.x} ${b.y})`}>
              <rect width={W} height={H} rx={6} />
              <text x={8} y={15} className="tree-code">
                {b.code}
              </text>
              {b.lines.map((line, i) => (
                <text key={i} x={8} y={31 + i * 13} className="tree-text">
                  {line}
                </text>
              ))}
            </g>
          ))}
        </svg>
      )}
    </div>
  );
});
