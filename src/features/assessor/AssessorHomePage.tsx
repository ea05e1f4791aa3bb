import { useEffect, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { listReviewCopies } from '../../data/reviews';
import { BundleImport } from '../../ui/BundleImport';
import { formatDateTime } from '../../ui/scoreFormat';
import './assessor.css';

type Copy = Awaited<ReturnType<typeof listReviewCopies>>[number];

export default function AssessorHomePage() {
  const [, navigate] = useLocation();
  const [copies, setCopies] = useState<Copy[] | null>(null);
  useEffect(() => {
    void listReviewCopies().then(setCopies);
  }, []);

  return (
    <div className="assessor">
      <h1>Mode asesor</h1>
      <p>
        Buka berkas asesmen mandiri dari lembaga (berkas .json atau PDF laporannya) untuk diverifikasi butir demi butir. Jawaban lembaga
        hanya dapat dibaca; Anda mencatat tingkat terverifikasi, temuan, dan catatan sendiri.
      </p>
      <section className="card" aria-labelledby="buka-berkas">
        <h2 id="buka-berkas">Buka berkas lembaga</h2>
        <BundleImport
          mode="assessor"
          onDone={(ids) => {
            if (ids[0]) navigate(`/asesor/${ids[0]}`);
          }}
        />
      </section>
      <section className="card" aria-labelledby="daftar-verifikasi">
        <h2 id="daftar-verifikasi">Asesmen yang sedang diverifikasi</h2>
        {copies === null ? (
          <p role="status">Memuat…</p>
        ) : copies.length === 0 ? (
          <p className="muted">Belum ada berkas lembaga yang dibuka di perangkat ini.</p>
        ) : (
          <ul className="copy-list">
            {copies.map((c) => (
              <li key={c.id}>
                <Link href={`/asesor/${c.id}`}>{c.label}</Link>
                <span className="muted">
                  {' '}
                  · dibuka {c.importedAt ? formatDateTime(c.importedAt) : '—'} · {c.reviewed} butir diverifikasi
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
