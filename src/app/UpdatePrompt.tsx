import { useRef, useState } from 'react';
import { hasUnsavedInput } from '../ui/unsavedInput';
import { useRegisterSW } from 'virtual:pwa-register/react';
import { flushPendingSaves } from '../data/pendingSaves';

/**
 * A new version never reloads the page under the user: it waits until they choose "Muat ulang",
 * and every pending save is written first. When "Muat ulang" in another tab activates the new version, this tab
 * reloads too (after writing its pending saves), unless it holds unsaved input: then it says so and waits.
 */
export function UpdatePrompt() {
  const [busy, setBusy] = useState(false);
  const [deferred, setDeferred] = useState(false);
  const chosen = useRef(false);
  const reloadNow = async () => {
    await flushPendingSaves();
    window.location.reload();
  };
  const {
    needRefresh: [needRefresh],
    updateServiceWorker,
  } = useRegisterSW({
    // The new version took control (this tab's "Muat ulang", or another tab's).
    onNeedReload() {
      if (!chosen.current && hasUnsavedInput()) setDeferred(true);
      else void reloadNow();
    },
    onRegisteredSW(_url, registration) {
      // Look for a new version when the app regains focus (phones keep PWAs open for days).
      if (!registration) return;
      document.addEventListener('visibilitychange', () => {
        if (document.visibilityState === 'visible' && navigator.onLine) void registration.update();
      });
    },
  });
  if (deferred)
    return (
      <div role="alert" className="update-banner" data-testid="update-deferred">
        <span>Versi baru sudah aktif. Isian di halaman ini belum disimpan: simpan dulu, lalu muat ulang.</span>
        <button type="button" onClick={() => void reloadNow()}>
          Muat ulang sekarang
        </button>
      </div>
    );
  if (!needRefresh) return null;
  const reload = async () => {
    chosen.current = true;
    setBusy(true);
    await flushPendingSaves();
    // Reload once the new worker controls the page. The plugin only does this when the page already had a
    // controller at start-up, which is not the case on the very first visit (the worker claimed it later).
    navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
    await updateServiceWorker(true);
  };
  return (
    <div role="alert" className="update-banner">
      <span>Versi baru tersedia</span>
      <button type="button" onClick={() => void reload()} disabled={busy}>
        {busy ? 'Menyimpan…' : 'Muat ulang'}
      </button>
    </div>
  );
}
