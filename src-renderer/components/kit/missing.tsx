import type { ReactNode } from 'react';

/**
 * The « ◔ à compléter » mark: what the readiness check (or a soft check of the screen) still expects
 * here, in the "to complete" colour with its icon, never colour alone. Renders nothing when there is
 * nothing to say. `className` adds to `status-todo` (e.g. "field-status" under a field).
 */
export function MissingMark(props: { children: ReactNode; id?: string | undefined; as?: 'p' | 'div' | 'span' | 'li'; className?: string }) {
  if (props.children === null || props.children === undefined || props.children === '' || props.children === false) return null;
  const Tag = props.as ?? 'p';
  return (
    <Tag id={props.id} className={props.className ? `${props.className} status-todo` : 'status-todo'}>
      <span aria-hidden="true">◔ </span>
      {props.children}
    </Tag>
  );
}
