import { Link } from 'wouter';
import type { EligibilityResult } from '../../domain/eligibility/check';
import { formatDateId } from '../../ui/format';

const STATUS = { met: 'Terpenuhi', expired: 'Kedaluwarsa', missing: 'Belum ada' } as const;

/** Syarat pengajuan: shown before and beside the score, never as a low score. */
export function EligibilityPanel({ eligibility, assessmentId, institutionId }: { eligibility: EligibilityResult; assessmentId: string; institutionId: string }) {
  return (
    <section className={`card ${eligibility.met ? '' : 'warn'}`} aria-labelledby="syarat-title" data-testid="eligibility">
      <h2 id="syarat-title" style={{ marginTop: 0 }}>
        Syarat pengajuan akreditasi: {eligibility.met ? 'lengkap' : 'belum lengkap'}
      </h2>
      <p className="muted small">
        Syarat ini diperiksa di samping skor dan tidak menurunkan skor. Berkas baru dapat diajukan melalui Dinas Sosial setelah
        semua syarat terpenuhi.
      </p>
      <ul className="eligibility-list">
        {eligibility.requirements.map((r) => (
          <li key={r.requirement.id} data-status={r.status}>
            <strong className={`badge ${r.status === 'met' ? 'final' : 'draft'}`}>{STATUS[r.status]}</strong> {r.requirement.label}
            {r.found?.number ? ` — nomor ${r.found.number}` : ''}
            {r.found?.expiry ? `, berlaku sampai ${formatDateId(r.found.expiry)}` : ''}
            <div className="muted small">
              {r.requirement.check.kind === 'profile' ? (
                <Link href={`/lembaga/${institutionId}`}>Isi di profil lembaga</Link>
              ) : (
                <Link href={`/asesmen/${assessmentId}/bukti`}>Catat di daftar bukti ({r.requirement.check.documentKinds.join(' atau ')})</Link>
              )}{' '}
              · Sumber: {r.requirement.source}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
