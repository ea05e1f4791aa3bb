import { Link } from 'wouter';
import type { Assessment } from '../../domain/records';
import { currentKhususFor, currentUmum } from '../../domain/standard/registry';
import { newerThan } from '../../domain/migration/plan';

/** Offers the move to the newest instrument (a final assessment is reopened first, never moved silently). */
export function NewerVersion({ assessment, institutionType, final }: { assessment: Assessment; institutionType: string; final: boolean }) {
  const latest = currentUmum();
  if (!newerThan(assessment, { umum: latest, khusus: currentKhususFor(institutionType, latest.version) })) return null;
  return (
    <section className="card warn" data-testid="newer-version">
      <p style={{ marginTop: 0 }}>
        Tersedia {latest.title} versi {latest.version}. Asesmen ini tetap memakai versi {assessment.standardVersion} sampai
        dipindahkan.
      </p>
      {final ? (
        <p>
          Asesmen ini final: untuk memindahkannya, buka kembali lebih dulu (tombol “Buka kembali” di halaman finalisasi). Versi
          finalnya tetap tersimpan di riwayat.
        </p>
      ) : (
        <Link className="button secondary" href={`/asesmen/${assessment.id}/pindah`}>
          Lihat perubahan dan pindahkan ke versi terbaru
        </Link>
      )}
    </section>
  );
}
