import { useState } from 'react';
import { useRegisterSW } from 'virtual:pwa-register/react';
import { flushPendingSaves } from '../data/pendingSaves';

/**
 * A new version never reloads the page under the user: it waits until they choose "Muat ulang",
 * and every pending save is written first.
 */
export function UpdatePrompt() {
  const [busy, setBusy] = useState(false);
  const {
    needRefresh: [needRefresh],
    updateServiceWorker,
  } = useRegisterSW({
    onRegisteredSW(_url, registration) {
      // Look for a new version when the app regains focus (phones keep PWAs open for days).
      if (!registration) return;
      document.addEventListener('visibilitychange', () => {
        if (document.visibilityState === 'visible' && navigator.onLine) void registration.update();
      });
    },
  });
  if (!needRefresh) return null;
  const reload = async () => {
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
