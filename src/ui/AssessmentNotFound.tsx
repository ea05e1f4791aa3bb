import { Link } from 'wouter';

/** Shown when a link points at an assessment this device does not have (deleted, or a link from another phone). */
export function AssessmentNotFound({ backHref = '/', backLabel = 'Kembali ke Beranda' }: { backHref?: string; backLabel?: string }) {
  return (
    <div className="card danger" role="alert">
      <h1>Asesmen tidak ditemukan</h1>
      <p>
        <Link href={backHref}>{backLabel}</Link>
      </p>
    </div>
  );
}
