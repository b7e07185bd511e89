import { memo, useMemo, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnounce } from './announcer';
import { confirmOnce, useFocusLater, useStableProgramme } from './authoring-hooks';
import { useDraft as useCellDraft } from './kit/draft';
import { useHelp } from './help';
import { buildTree, countDescendants, flatten, type PlacedNode, type TreeNodeData } from './tree-structure';
import './TreeOutline.css';
import { MissingMark } from './kit';

/**
 * A problem or objective tree edited as an outline, entirely by keyboard: Enter = sibling,
 * Alt+Enter = child, Alt+→/← = indent/outdent, Alt+↑/↓ = move, ↑/↓ = previous/next item,
 * Backspace on an empty item = delete. Every action also has a visible button.
 */

export type TreeKey = 'problems' | 'objectives';
const DOM_PREFIX: Record<TreeKey, string> = { problems: 'problem', objectives: 'objective' };

export interface RowExtras {
  hint?: string | undefined;
  warn?: string | undefined;
  badge?: string | undefined;
  canSend?: boolean | undefined;
}

interface Actions {
  addChild(id: string, branch?: 'below' | 'above'): void;
  addSibling(id: string): void;
  indent(id: string): void;
  outdent(id: string): void;
  shift(id: string, direction: 'up' | 'down'): void;
  remove(id: string, text: string, descendants: number, focusAfter: string | null): void;
  setText(id: string, text: string): void;
  send?: ((id: string) => void) | undefined;
}

function useActions(tree: TreeKey, onSend?: (id: string) => void): Actions {
  const p = useStableProgramme();
  const focusLater = useFocusLater();
  const { t } = useTranslation();
  const tRef = useRef(t);
  tRef.current = t;
  const sendRef = useRef(onSend);
  sendRef.current = onSend;
  return useMemo(() => {
    const programmeId = () => p.snapshot.id;
    const domId = (id: string) => `${DOM_PREFIX[tree]}.${id}`;
    const add = async (position: { as: 'child'; of: string; branch?: 'below' | 'above' } | { as: 'sibling'; of: string }) => {
      const result = await p.run('tree.addNode', { programmeId: programmeId(), tree, position, text: '' });
      if (result.createdId) focusLater(domId(result.createdId));
    };
    const keepFocus = (id: string) => () => focusLater(domId(id));
    const quiet = () => undefined;
    return {
      addChild: (id, branch) => void add({ as: 'child', of: id, ...(branch ? { branch } : {}) }).catch(quiet),
      addSibling: (id) => void add({ as: 'sibling', of: id }).catch(quiet),
      indent: (id) => void p.run('tree.indent', { programmeId: programmeId(), tree, id }).then(keepFocus(id), quiet),
      outdent: (id) => void p.run('tree.outdent', { programmeId: programmeId(), tree, id }).then(keepFocus(id), quiet),
      shift: (id, direction) => void p.run('tree.shift', { programmeId: programmeId(), tree, id, direction }).then(keepFocus(id), quiet),
      remove: (id, text, descendants, focusAfter) => {
        if ((text.trim() || descendants > 0) && !confirmOnce(tRef.current('diagnosis.tree.removeConfirm', { count: descendants, text: text.trim() || tRef.current('diagnosis.tree.empty') }))) return;
        void p.remove(tree, id).then(() => focusAfter && focusLater(focusAfter), quiet);
      },
      setText: (id, text) => void p.update(tree, id, { text }).catch(quiet),
      send: (id) => sendRef.current?.(id),
    };
  }, [p, tree, focusLater]);
}

/** Moves focus to the previous / next item input of the same outline. */
function focusNeighbour(from: HTMLElement, step: -1 | 1): void {
  const outline = from.closest('.outline');
  if (!outline) return;
  const inputs = [...outline.querySelectorAll<HTMLTextAreaElement>('.outline-input')];
  inputs[inputs.indexOf(from as HTMLTextAreaElement) + step]?.focus();
}

interface RowProps extends RowExtras {
  tree: TreeKey;
  node: TreeNodeData;
  label: string;
  depth: number;
  isCore: boolean;
  index: number;
  siblings: number;
  parentIsCore: boolean;
  descendants: number;
  placeholder?: string | undefined;
  actions: Actions;
}

const OutlineRow = memo(function OutlineRow(props: RowProps) {
  const { t } = useTranslation();
  const { setHelp } = useHelp();
  const { node, actions, isCore } = props;
  const id = `${DOM_PREFIX[props.tree]}.${node.id}`;
  const { draft, change, blur, flush } = useCellDraft(node.text, (text) => actions.setText(node.id, text));
  const canIndent = !isCore && props.index > 0;
  const canOutdent = !isCore && !props.parentIsCore;
  const canUp = !isCore && props.index > 0;
  const canDown = !isCore && props.index < props.siblings - 1;

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    const plain = !e.altKey && !e.ctrlKey && !e.metaKey && !e.shiftKey;
    if (e.key === 'Enter' && !e.ctrlKey && !e.metaKey && !e.shiftKey) {
      e.preventDefault();
      flush();
      if (e.altKey || isCore) actions.addChild(node.id, isCore ? 'below' : undefined);
      else actions.addSibling(node.id);
    } else if (e.altKey && !e.ctrlKey && e.key.startsWith('Arrow')) {
      e.preventDefault();
      flush();
      if (e.key === 'ArrowRight' && canIndent) actions.indent(node.id);
      else if (e.key === 'ArrowLeft' && canOutdent) actions.outdent(node.id);
      else if (e.key === 'ArrowUp' && canUp) actions.shift(node.id, 'up');
      else if (e.key === 'ArrowDown' && canDown) actions.shift(node.id, 'down');
    } else if (plain && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
      // Within a wrapped text the arrows move the caret; at its start / end they go to the next item.
      const el = e.currentTarget;
      const atEdge = e.key === 'ArrowUp' ? el.selectionStart === 0 : el.selectionEnd === el.value.length;
      if (!atEdge) return;
      e.preventDefault();
      focusNeighbour(el, e.key === 'ArrowUp' ? -1 : 1);
    } else if (plain && e.key === 'Backspace' && draft === '' && !isCore && props.descendants === 0) {
      e.preventDefault();
      const inputs = [...(e.currentTarget.closest('.outline')?.querySelectorAll<HTMLTextAreaElement>('.outline-input') ?? [])];
      const previous = inputs[inputs.indexOf(e.currentTarget) - 1];
      actions.remove(node.id, '', 0, previous?.id ?? null);
    }
  };

  const tool = (key: string, label: string, symbol: string, onClick: () => void, enabled = true) => (
    <button key={key} type="button" className="outline-tool" onClick={onClick} disabled={!enabled} aria-label={`${label} — ${props.label}`} title={label}>
      <span aria-hidden="true">{symbol}</span>
    </button>
  );

  return (
    <li className={`outline-row ${isCore ? 'outline-core' : ''}`} style={{ ['--depth' as string]: props.depth }}>
      <div className="outline-line">
        <label htmlFor={id} className="outline-code">
          {props.label}
        </label>
        <textarea
          id={id}
          className="outline-input"
          rows={1}
          value={draft}
          placeholder={props.placeholder}
          onChange={(e) => change(e.target.value)}
          onBlur={blur}
          onKeyDown={onKeyDown}
          onFocus={() => setHelp({ title: props.label, text: t('diagnosis.tree.keys') })}
          aria-describedby={props.warn || props.hint || props.badge ? `${id}-extra` : undefined}
        />
        <div className="row-tools" role="group" aria-label={t('diagnosis.tree.toolsFor', { label: props.label })}>
          {tool('child', t('diagnosis.tree.addChild'), '↳', () => actions.addChild(node.id, isCore ? 'below' : undefined))}
          {isCore ? null : tool('sibling', t('diagnosis.tree.addSibling'), '+', () => actions.addSibling(node.id))}
          {isCore ? null : tool('indent', t('diagnosis.tree.indent'), '⇥', () => actions.indent(node.id), canIndent)}
          {isCore ? null : tool('outdent', t('diagnosis.tree.outdent'), '⇤', () => actions.outdent(node.id), canOutdent)}
          {isCore ? null : tool('up', t('diagnosis.tree.up'), '↑', () => actions.shift(node.id, 'up'), canUp)}
          {isCore ? null : tool('down', t('diagnosis.tree.down'), '↓', () => actions.shift(node.id, 'down'), canDown)}
          {tool('remove', t('diagnosis.tree.remove'), '✕', () => actions.remove(node.id, draft, props.descendants, null))}
        </div>
      </div>
      {props.warn || props.hint || props.badge || props.canSend ? (
        <div className="outline-extra" id={`${id}-extra`}>
          {/*
            First in the line, and keeping the focus where it is on mouse-down: saving the text being typed
            (on blur) used to remove the "to rewrite" mark before the mouse was released, the button slid
            left under the pointer and the first click did nothing. The click saves the text, then sends.
          */}
          {props.canSend && actions.send ? (
            <button
              type="button"
              className="outline-send"
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => {
                flush();
                actions.send?.(node.id);
              }}
              aria-label={`${t('diagnosis.tree.sendToLogframe')} — ${props.label}`}
            >
              {t('diagnosis.tree.sendToLogframe')}
            </button>
          ) : null}
          {props.warn ? (
            <MissingMark as="span">{props.warn}</MissingMark>
          ) : null}
          {props.hint ? <span className="outline-hint">{props.hint}</span> : null}
          {props.badge ? (
            <span className="status-ok">
              <span aria-hidden="true">✓ </span>
              {props.badge}
            </span>
          ) : null}
        </div>
      ) : null}
    </li>
  );
});

export function TreeOutline(props: {
  tree: TreeKey;
  nodes: readonly TreeNodeData[];
  extras?: ((node: TreeNodeData, placed: PlacedNode) => RowExtras) | undefined;
  onSend?: ((id: string) => void) | undefined;
}) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const p = useStableProgramme();
  const focusLater = useFocusLater();
  const actions = useActions(props.tree, props.onSend);
  const structure = useMemo(() => buildTree(props.nodes), [props.nodes]);
  const tree = props.tree;
  const labelOf = (placed: PlacedNode) =>
    placed.branch === 'core'
      ? t(`diagnosis.tree.core.${tree}`)
      : t('diagnosis.tree.nodeLabel', { kind: t(`diagnosis.tree.kind.${placed.node.kind}`), code: `${t(`diagnosis.tree.prefix.${placed.node.kind}`)}${placed.code}` });

  const rows = (list: PlacedNode[]) =>
    flatten(list).map((placed) => (
      <OutlineRow
        key={placed.node.id}
        tree={tree}
        node={placed.node}
        label={labelOf(placed)}
        depth={placed.depth}
        isCore={placed.branch === 'core'}
        index={placed.index}
        siblings={placed.siblings}
        parentIsCore={placed.parentIsCore}
        descendants={countDescendants(placed)}
        actions={actions}
        {...(props.extras ? props.extras(placed.node, placed) : {})}
      />
    ));

  const addCore = async () => {
    try {
      const result = await p.run('tree.addNode', { programmeId: p.snapshot.id, tree, position: { as: 'core' }, text: '' });
      if (result.createdId) focusLater(`${DOM_PREFIX[tree]}.${result.createdId}`);
    } catch {
      announce(t('errors.conflict'), 'error');
    }
  };

  if (!structure.core) {
    return (
      <div className="outline outline-empty">
        <p className="empty">{t('diagnosis.tree.emptyTree')}</p>
        <button type="button" className="button-primary" onClick={() => void addCore()}>
          {t(`diagnosis.tree.addCore.${tree}`)}
        </button>
      </div>
    );
  }
  const core = structure.core;
  return (
    <div className="outline">
      <h3 className="outline-heading" id={`${tree}-above-heading`}>
        {t(tree === 'problems' ? 'diagnosis.tree.effectsHeading' : 'diagnosis.tree.endsHeading')}
      </h3>
      <ul className="outline-list" aria-labelledby={`${tree}-above-heading`}>
        {rows(structure.above)}
      </ul>
      <button type="button" className="outline-add" onClick={() => actions.addChild(core.node.id, 'above')}>
        <span aria-hidden="true">+ </span>
        {t(`diagnosis.tree.addAbove.${tree}`)}
      </button>
      <ul className="outline-list outline-core-list">
        <OutlineRow
          tree={tree}
          node={core.node}
          label={labelOf(core)}
          depth={0}
          isCore
          index={0}
          siblings={1}
          parentIsCore={false}
          descendants={props.nodes.length - 1}
          placeholder={t(`diagnosis.tree.corePlaceholder.${tree}`)}
          actions={actions}
          {...(props.extras ? props.extras(core.node, core) : {})}
        />
      </ul>
      <h3 className="outline-heading" id={`${tree}-below-heading`}>
        {t(tree === 'problems' ? 'diagnosis.tree.causesHeading' : 'diagnosis.tree.meansHeading')}
      </h3>
      <ul className="outline-list" aria-labelledby={`${tree}-below-heading`}>
        {rows(structure.below)}
      </ul>
      <button type="button" className="outline-add" onClick={() => actions.addChild(core.node.id, 'below')}>
        <span aria-hidden="true">+ </span>
        {t(`diagnosis.tree.addBelow.${tree}`)}
      </button>
    </div>
  );
}
