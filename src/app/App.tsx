import { Suspense, useEffect, useState } from 'react';
import { Route, Router, Switch } from 'wouter';
import { onDatabaseInterrupted, openDatabase, type DatabaseInterruption, type OpenResult } from '../data/open';
import { flushOnPageHide } from '../data/pendingSaves';
import { recoverPendingTexts } from '../data/pendingText';
import { recoverDrafts } from '../data/drafts';
import { AppShell } from '../ui/AppShell';
import { storeErrorText } from '../ui/messages';
import { UpdatePrompt } from './UpdatePrompt';
import { preloadScreen, preloadScreensOnIntent, routes } from './routes';
import { RouteErrorBoundary } from './RouteErrorBoundary';

export function App() {
  const [opened, setOpened] = useState<OpenResult | null>(null);
  const [interrupted, setInterrupted] = useState<DatabaseInterruption | null>(null);
  useEffect(() => onDatabaseInterrupted(setInterrupted), []);
  useEffect(() => preloadScreensOnIntent(), []);
  useEffect(() => {
    flushOnPageHide();
    // The first screen's module (started by the entry) is awaited with the database, so it renders without suspending.
    const screen = preloadScreen(window.location.pathname);
    void openDatabase().then(async (result) => {
      // Text typed just before the tab was closed is written before any screen reads the answers.
      if (result.ok) await Promise.all([recoverPendingTexts().catch(() => 0), recoverDrafts().catch(() => undefined), screen]);
      setOpened(result);
    });
  }, []);

  return (
    <Router>
      <AppShell>
        <UpdatePrompt />
        {interrupted === 'newer-tab' ? (
          <div role="alert" className="card danger" data-testid="db-replaced">
            <h1>Muat ulang tab ini</h1>
            <p>
              Versi aplikasi yang lebih baru dibuka di tab lain dan sedang memperbarui data. Tab ini berhenti menyimpan agar data
              tidak rusak; yang sudah diketik telah disimpan.
            </p>
            <button type="button" onClick={() => window.location.reload()}>
              Muat ulang
            </button>
          </div>
        ) : opened === null ? (
          interrupted === 'blocked' ? (
            <div role="alert" className="card" data-testid="db-blocked">
              <h1>Menunggu tab lain</h1>
              <p>Aplikasi ini masih terbuka di tab lain dengan versi lama. Tutup tab itu (atau muat ulang) agar pembaruan data dapat selesai.</p>
            </div>
          ) : (
            <p role="status">Memuat data…</p>
          )
        ) : !opened.ok ? (
          <div role="alert" className="card danger">
            <h1>{opened.error.code === 'newer-version' ? 'Perbarui aplikasi' : 'Penyimpanan tidak dapat dibuka'}</h1>
            <p>{storeErrorText(opened.error)}</p>
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
