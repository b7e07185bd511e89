import { createContext, useContext, useState, type ReactNode } from 'react';

export interface HelpContent {
  title: string;
  text: string;
  example?: string;
}

const HelpContext = createContext<{ help: HelpContent | null; setHelp: (h: HelpContent | null) => void }>({
  help: null,
  setHelp: () => undefined,
});

/** The right-hand panel shows help for the field in focus (UI.md). */
export function HelpProvider({ children }: { children: ReactNode }) {
  const [help, setHelp] = useState<HelpContent | null>(null);
  return <HelpContext.Provider value={{ help, setHelp }}>{children}</HelpContext.Provider>;
}

export const useHelp = () => useContext(HelpContext);
