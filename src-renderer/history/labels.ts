import { useTranslation } from 'react-i18next';

/** "entity.update:stakeholders" → "Modification — acteurs"; unknown commands read as "Modification". */
export function useCommandLabel(): (command: string) => string {
  const { t, i18n } = useTranslation();
  return (command) => {
    const [name = '', part] = command.split(':');
    const verbKey = `history.verbs.${name.replace('.', '_')}`;
    const verb = i18n.exists(verbKey) ? t(verbKey) : t('history.verbs.other');
    const partKey = `history.parts.${part ?? ''}`;
    return part && i18n.exists(partKey) ? `${verb} — ${t(partKey)}` : verb;
  };
}
