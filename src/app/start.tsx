import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { startDatabase } from '../data/startup';

/** React, the shell and the database: loaded by the entry (src/main.tsx) beside the first screen, not before it. */
export function start(root: HTMLElement): void {
  void startDatabase();
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
