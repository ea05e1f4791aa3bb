import { useState, type ReactNode } from 'react';
import { ErrorBoundary, type FallbackProps } from 'react-error-boundary';
import { useLocation } from 'wouter';

/** What a person can do when a screen failed: reload, go home, and on /rekap clear the stored recap files. */
function Fallback({ error, resetErrorBoundary }: FallbackProps) {
  const [location] = useLocation();
  const [cleared, setCleared] = useState(false);
  const chunk = error instanceof Error && /dynamically imported module|Failed to fetch|ChunkLoadError|Importing a module script failed/i.test(error.message);
  return (
    <div role="alert" className="card danger" data-testid="route-error">
      <h1>Halaman ini tidak dapat ditampilkan</h1>
      <p>
        {chunk
          ? 'Bagian aplikasi untuk halaman ini belum tersimpan di perangkat (mungkin aplikasi baru diperbarui). Muat ulang saat ada sinyal.'
          : 'Terjadi kesalahan saat menampilkan halaman ini. Data yang sudah tersimpan tidak berubah.'}
      </p>
      <div className="actions">
        <button type="button" onClick={() => window.location.reload()}>
          Muat ulang
        </button>
        <a className="button secondary" href="/" onClick={() => resetErrorBoundary()}>
          Ke Beranda
        </a>
        {location.startsWith('/rekap') && !cleared && (
          <button
            type="button"
            className="secondary"
            onClick={async () => {
              // Loaded when pressed: the recap's store (and the bundle schema it checks rows with) stays out of the
              // first screen's scripts.
              const { clearRecapSources } = await import('../data/recap');
              await clearRecapSources();
              setCleared(true);
              resetErrorBoundary();
            }}
          >
            Hapus semua berkas rekap
          </button>
        )}
      </div>
    </div>
  );
}

/** One boundary per route: a failing screen (a bad stored row, a lazy chunk that cannot load) never blanks the app. */
export function RouteErrorBoundary({ children }: { children: ReactNode }) {
  const [location] = useLocation();
  return (
    <ErrorBoundary FallbackComponent={Fallback} resetKeys={[location]}>
      {children}
    </ErrorBoundary>
  );
}
