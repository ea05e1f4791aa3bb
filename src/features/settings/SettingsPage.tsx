import { formatDateTimeId } from '../../ui/format';
import { useEffect, useState } from 'react';
import { Link } from 'wouter';
import { storageStatus, type StorageStatus } from '../../data/storage';
import { formatBytes } from '../../domain/format';

import { ROLES, setRole, useRole, type Role } from '../../ui/role';

export default function SettingsPage() {
  const [status, setStatus] = useState<StorageStatus | null>(null);
  useEffect(() => {
    void storageStatus().then(setStatus);
  }, []);
  return (
    <>
      <h1>Pengaturan</h1>
      <RoleSetting />
      <section className="card" aria-labelledby="penyimpanan">
        <h2 id="penyimpanan">Penyimpanan perangkat</h2>
        {status === null ? (
          <p role="status">Memeriksa penyimpanan…</p>
        ) : (
          <dl data-testid="storage-status">
            <dt>Penyimpanan permanen</dt>
            <dd data-testid="storage-persisted">
              {status.persisted === null
                ? 'Tidak didukung browser ini'
                : status.persisted
                  ? 'Ya — browser tidak akan menghapus data ini saat ruang sempit'
                  : 'Belum — browser dapat menghapus data saat ruang sempit. Izin diminta setelah penyimpanan pertama.'}
            </dd>
            <dt>Terpakai</dt>
            <dd data-testid="storage-usage">{formatBytes(status.usage)}</dd>
            <dt>Kuota</dt>
            <dd data-testid="storage-quota">{formatBytes(status.quota)}</dd>
          </dl>
        )}
      </section>
      <section className="card" aria-labelledby="lainnya">
        <h2 id="lainnya">Lainnya</h2>
        <ul className="link-list">
          <li>
            <Link href="/katalog">Katalog instrumen (semua butir dan deskripsi tingkat)</Link>
          </li>
          <li>
            <Link href="/berkas">Cadangkan, pulihkan, impor dan ekspor berkas asesmen</Link>
          </li>
          <li>
            <Link href="/asesor">Mode asesor (verifikasi asesmen lembaga)</Link>
          </li>
          <li>
            <Link href="/rekap">Rekap wilayah (Dinas Sosial)</Link>
          </li>
        </ul>
      </section>
      <section className="card" aria-labelledby="tentang">
        <h2 id="tentang">Tentang aplikasi</h2>
        <p>
          Swanilai Panti versi <span data-testid="app-version">{__APP_VERSION__}</span> (build{' '}
          <span data-testid="app-build">{formatDateTimeId(__APP_BUILD__)}</span>). Semua data tersimpan di perangkat ini dan tidak dikirim
          ke server mana pun.
        </p>
      </section>
    </>
  );
}

/** The role chosen on the first screen, changeable here (it decides the home screen and the menu). */
function RoleSetting() {
  const role = useRole();
  const id = 'peran-pilih';
  return (
    <section className="card" aria-labelledby="peran">
      <h2 id="peran">Peran di perangkat ini</h2>
      <label htmlFor={id}>Saya memakai aplikasi ini sebagai</label>
      <select id={id} value={role ?? ''} onChange={(e) => e.target.value && setRole(e.target.value as Role)}>
        <option value="">— Belum dipilih —</option>
        {ROLES.map((r) => (
          <option key={r.id} value={r.id}>
            {r.label}
          </option>
        ))}
      </select>
      <p className="muted small">{ROLES.find((r) => r.id === role)?.description ?? 'Pilih peran untuk mendapatkan halaman awal dan menu yang sesuai.'}</p>
    </section>
  );
}
