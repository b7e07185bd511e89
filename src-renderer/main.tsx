import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { watchIncomingFiles } from './archive/incoming';
import { initI18n } from './i18n';
import './styles.css';

void initI18n().then(() => {
  watchIncomingFiles();
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
