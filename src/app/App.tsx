import { useEffect, useState, useSyncExternalStore } from 'react';
import { Route, Router, Switch } from 'wouter';
import type { OpenResult } from '../data/open';
import { databaseInterruption, startDatabase } from '../data/startup';
import { flushOnPageHide } from '../data/pendingSaves';
import { AppShell } from '../ui/AppShell';
import { storeErrorText } from '../ui/messages';
import { UpdatePrompt } from './UpdatePrompt';
import { routes } from './routes';
import { preloadScreen, preloadScreensOnIntent } from './screens';
import { RouteErrorBoundary } from './RouteErrorBoundary';

export function App() {
  const [opened, setOpened] = useState<OpenResult | null>(null);
  const interrupted = useSyncExternalStore(databaseInterruption.subscribe, databaseInterruption.get);
  useEffect(() => preloadScreensOnIntent(), []);
  useEffect(() => {
    flushOnPageHide();
    // The database (text typed just before a tab was closed written back) and the first screen's module, both started
    // by the entry: the screen renders once both are in, without suspending.
    void Promise.all([startDatabase(), preloadScreen(window.location.pathname)]).then(([result]) => setOpened(result));
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
          </RouteErrorBoundary>
        )}
      </AppShell>
    </Router>
  );
}
