import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';

/** Live regions: saves are announced politely, errors assertively (RGAA / WCAG 4.1.3). */
const AnnounceContext = createContext<(message: string, kind?: 'status' | 'error') => void>(() => undefined);

export function AnnouncerProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const announce = useCallback((message: string, kind: 'status' | 'error' = 'status') => {
    (kind === 'error' ? setError : setStatus)(message);
  }, []);
  return (
    <AnnounceContext.Provider value={announce}>
      {children}
      <div className="visually-hidden" role="status" aria-live="polite">
        {status}
      </div>
      <div className="visually-hidden" role="alert" aria-live="assertive">
        {error}
      </div>
    </AnnounceContext.Provider>
  );
}

export const useAnnounce = () => useContext(AnnounceContext);
