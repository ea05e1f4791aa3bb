import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { preloadScreen } from './app/routes';
import { preloadNewestUmum } from './domain/standard/lazy';
import { startDatabase } from './data/startup';
import './ui/styles.css';

// The database, a deep link's screen and, for a screen of one assessment, the newest Standar Umum start before the
// first render: on a cold load they open and download while React starts instead of after it (see preloadScreen).
void startDatabase();
void preloadScreen(location.pathname);
if (/^\/(asesmen|hasil|laporan|asesor)\/[^/]+/.test(location.pathname)) preloadNewestUmum();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
