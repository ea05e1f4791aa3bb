import { useEffect, useRef, useState } from 'react';
import { hasUnsavedInput } from '../ui/unsavedInput';
import { runsInstalled, useInstallOffer } from '../ui/installOffer';
import { useRole } from '../ui/role';
import { useRegisterSW } from 'virtual:pwa-register/react';
import { flushPendingSaves } from '../data/pendingSaves';

/**
 * A new version never reloads the page under the user: it waits until they choose "Muat ulang",
 * and every pending save is written first. When "Muat ulang" in another tab activates the new version, this tab
 * reloads too (after writing its pending saves), unless it holds unsaved input: then it says so and waits.
 */
/** localStorage: the first-visit 'siap tanpa internet' notice was seen. */
const OFFLINE_NOTICE_KEY = 'swanilai.offlineReadyNoticeSeen';

export function UpdatePrompt() {
  const [busy, setBusy] = useState(false);
  const [deferred, setDeferred] = useState(false);
  const chosen = useRef(false);
  const reloadNow = async () => {
    await flushPendingSaves();
    window.location.reload();
  };
  const installOffer = useInstallOffer();
  const role = useRole();
  const [offlineSeen, setOfflineSeen] = useState(() => localStorage.getItem(OFFLINE_NOTICE_KEY) === '1');
  // An active service worker has finished precaching every asset: from then on the app opens without internet.
  const [offlineReady, setOfflineReady] = useState(false);
  useEffect(() => {
    if (offlineSeen || !('serviceWorker' in navigator)) return;
    let live = true;
    const ready = navigator.serviceWorker?.ready as Promise<ServiceWorkerRegistration> | undefined;
    void ready?.then((r) => live && r.active && setOfflineReady(true));
    return () => {
      live = false;
    };
  }, [offlineSeen]);
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
  if (!needRefresh) {
    // Not before the first screen's question (who uses the app) is answered: that comes first.
    if (!offlineReady || offlineSeen || role === null) return null;
    const close = () => {
      localStorage.setItem(OFFLINE_NOTICE_KEY, '1');
      setOfflineSeen(true);
    };
    // First visit: the app is stored on the device. Say so once, and offer to install it.
    return (
      <div role="status" className="card ok offline-ready" data-testid="offline-ready">
        <p style={{ marginTop: 0 }}>
          <strong>Aplikasi siap dipakai tanpa internet.</strong> Semua isian tersimpan di perangkat ini.
        </p>
        {!runsInstalled() &&
          (installOffer.canPrompt ? (
            <p>Pasang aplikasi agar dapat dibuka dari layar utama seperti aplikasi lain.</p>
          ) : (
            <p className="muted small" data-testid="install-howto">
              Untuk memasangnya di layar utama: buka menu browser (⋮ di Chrome Android) lalu pilih “Instal aplikasi” atau “Tambahkan ke
              layar utama”. Di iPhone: tombol Bagikan, lalu “Tambah ke Layar Utama”.
            </p>
          ))}
        <div className="actions">
          {!runsInstalled() && installOffer.canPrompt && (
            <button type="button" onClick={() => void installOffer.install().then(close)}>
              Pasang aplikasi
            </button>
          )}
          <button type="button" className="secondary" onClick={close}>
            Tutup
          </button>
        </div>
      </div>
    );
  }
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
