import { useEffect, useState } from 'react';

/**
 * Hash routes: #/ (programmes), #/settings, #/backups, #/import, #/p/<id>/<page>[?focus=<dom id>].
 * Hash routing works the same from file:// (desktop) and http:// (browser mode).
 */
export type Route =
  | { name: 'list' }
  | { name: 'settings' }
  | { name: 'backups' }
  | { name: 'import' }
  | { name: 'programme'; id: string; page: string; focus: string | null };

export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#/, '').split('?');
  const parts = path.split('/').filter(Boolean);
  const focus = new URLSearchParams(query).get('focus');
  if (parts[0] === 'p' && parts[1]) return { name: 'programme', id: parts[1], page: parts[2] ?? 'framing', focus };
  if (parts[0] === 'settings') return { name: 'settings' };
  if (parts[0] === 'backups') return { name: 'backups' };
  if (parts[0] === 'import') return { name: 'import' };
  return { name: 'list' };
}

export const hrefOf = {
  list: () => '#/',
  settings: () => '#/settings',
  backups: () => '#/backups',
  import: () => '#/import',
  programme: (id: string, page = 'framing', focus?: string) =>
    `#/p/${id}/${page}${focus ? `?focus=${encodeURIComponent(focus)}` : ''}`,
};

export function navigate(href: string): void {
  window.location.hash = href.replace(/^#/, '');
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
