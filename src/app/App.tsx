import { Suspense, useEffect, useState } from 'react';
import { Route, Router, Switch } from 'wouter';
import { openDatabase, type OpenResult } from '../data/open';
import { flushOnPageHide } from '../data/pendingSaves';
import { recoverPendingTexts } from '../data/pendingText';
import { AppShell } from '../ui/AppShell';
import { UpdatePrompt } from './UpdatePrompt';
import { routes } from './routes';
import { RouteErrorBoundary } from './RouteErrorBoundary';

export function App() {
  const [opened, setOpened] = useState<OpenResult | null>(null);
  useEffect(() => {
    flushOnPageHide();
    void openDatabase().then(async (result) => {
      // Text typed just before the tab was closed is written before any screen reads the answers.
      if (result.ok) await recoverPendingTexts().catch(() => 0);
      setOpened(result);
    });
  }, []);

  return (
    <Router>
      <AppShell>
        <UpdatePrompt />
        {opened === null ? (
          <p role="status">Memuat data…</p>
        ) : !opened.ok ? (
          <div role="alert" className="card danger">
            <h1>{opened.reason === 'newer-version' ? 'Perbarui aplikasi' : 'Penyimpanan tidak dapat dibuka'}</h1>
            <p>{opened.message}</p>
          </div>
        ) : (
          <RouteErrorBoundary>
          <Suspense fallback={<p role="status">Memuat…</p>}>
            <Switch>
              {routes.map(({ path, page: Page }) => (
                <Route key={path} path={path} component={Page} />
              ))}
              <Route>
                <div className="card">
                  <h1>Halaman tidak ditemukan</h1>
                  <p>
                    <a href="/">Kembali ke Beranda</a>
                  </p>
                </div>
              </Route>
            </Switch>
          </Suspense>
          </RouteErrorBoundary>
        )}
      </AppShell>
    </Router>
  );
}
